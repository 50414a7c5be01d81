import { z } from 'zod';
import { ROLES } from './roles.ts';

export const LoginBody = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const MeUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  clientId: z.string().nullable(),
  disabled: z.boolean(),
});

export const MeResponse = z.object({
  user: MeUser,
  organisation: z.object({ id: z.string(), name: z.string() }),
  csrfToken: z.string().nullable().describe('Echo it in the x-csrf-token header on POST/PUT/PATCH/DELETE with a cookie session'),
});

export const CreateTokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const TokenOut = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export const CreatedToken = z.object({ id: z.string(), name: z.string(), token: z.string(), createdAt: z.string() });
export const IdParams = z.strictObject({ id: z.string().min(1).max(100) });
