import { z } from 'zod';
import { NOTHING_TO_CHANGE } from '../../kernel/schemas.ts';
import { ROLES } from '../auth/index.ts';

export const UserOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type UserOut = z.infer<typeof UserOut>;

export const MIN_PASSWORD_LENGTH = 10;

export const CreateUserBody = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  clientId: z.string().min(1).max(100).optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    clientId: z.string().min(1).max(100).nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, NOTHING_TO_CHANGE);
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;

export const UserIdParams = z.strictObject({ id: z.string().min(1).max(100) });

/** A user changes its own password; the new one follows the same length rule as at creation (10 characters at least). */
export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(10).max(200),
});
