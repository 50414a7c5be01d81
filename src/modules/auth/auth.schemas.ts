import { z } from 'zod';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from './api-tokens.ts';
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
  csrfToken: z
    .string()
    .nullable()
    .describe('Echo it in the x-csrf-token header on POST/PUT/PATCH/DELETE with a cookie session'),
});

export const CreateTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(MAX_TOKEN_DAYS)
    .optional()
    .describe(`Days until the token is refused (default ${DEFAULT_TOKEN_DAYS})`),
});
export const TokenOut = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable().describe('null: created before tokens expired (no expiry)'),
});
export const CreatedToken = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export const IdParams = z.strictObject({ id: z.string().min(1).max(100) });
