import { z } from 'zod';
import { NOTHING_TO_CHANGE } from '../../kernel/schemas.ts';

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

const siren = z.string().regex(/^\d{9}$/, 'expected 9 digits');
const country = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code such as FR');
const email = z.email().max(254);

export const CreateLessorBody = z.strictObject({
  name: text(200),
  siren: siren.optional(),
  addressLine: text(200),
  postalCode: text(20),
  city: text(100),
  country: country.default('FR'),
  email: email.optional(),
});
export type CreateLessorInput = z.infer<typeof CreateLessorBody>;

/** A change names only what changes: no default applies (the country stays), null clears SIREN or email. */
export const UpdateLessorBody = z
  .strictObject({
    name: text(200).optional(),
    siren: siren.nullable().optional(),
    addressLine: text(200).optional(),
    postalCode: text(20).optional(),
    city: text(100).optional(),
    country: country.optional(),
    email: email.nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, NOTHING_TO_CHANGE);
export type UpdateLessorInput = z.infer<typeof UpdateLessorBody>;

export const LessorIdParams = z.strictObject({ id: z.string().min(1).max(100) });
