import { z } from 'zod';

export const LessorOut = z.object({
  id: z.string(),
  name: z.string(),
  siren: z.string().nullable(),
  addressLine: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  email: z.string().nullable(),
  active: z.boolean(),
});
export type LessorOut = z.infer<typeof LessorOut>;

const text = (max: number) => z.string().trim().min(1).max(max);

export const CreateLessorBody = z.strictObject({
  name: text(200),
  siren: z.string().regex(/^\d{9}$/, 'expected 9 digits').optional(),
  addressLine: text(200),
  postalCode: text(20),
  city: text(100),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code such as FR').default('FR'),
  email: z.email().max(254).optional(),
});
export type CreateLessorInput = z.infer<typeof CreateLessorBody>;

export const UpdateLessorBody = CreateLessorBody.partial()
  .extend({ active: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change' });
export type UpdateLessorInput = z.infer<typeof UpdateLessorBody>;

export const LessorIdParams = z.strictObject({ id: z.string().min(1).max(100) });
