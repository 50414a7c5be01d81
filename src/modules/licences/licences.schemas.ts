import { z } from 'zod';
import { civilDateSchema } from '../../kernel/schemas.ts';

const id = z.string().min(1).max(100);

export const LicenceIdParams = z.strictObject({ id });
export const LicenceListQuery = z.strictObject({ contractId: id.optional() });

export const UsageOut = z.object({
  id: z.string(),
  observedOn: z.string(),
  usersCount: z.number(),
  overLimit: z.boolean(),
  recordedAt: z.string(),
});

export const LicenceOut = z.object({
  id: z.string(),
  contractId: z.string(),
  clientId: z.string(),
  solution: z.string(),
  sku: z.string(),
  licensedUsers: z.number(),
  /** Always false: a personal, non-transferable right of use (art. 14.5). */
  transferable: z.literal(false),
  termsVersion: z.string(),
  createdAt: z.string(),
  usages: z.array(UsageOut),
  /** Art. 5.2: the solution is installed once its price is collected (art. 9.1). */
  installation: z.object({
    allowed: z.boolean(),
    invoiceNumber: z.string().nullable(),
    paidOn: z.string().nullable(),
    article: z.literal('5.2'),
  }),
});
export type LicenceOut = z.infer<typeof LicenceOut>;

export const RecordUsageBody = z.strictObject({
  usersCount: z.int().min(0).max(10_000_000),
  /** The day the usage was observed (default: today). */
  observedOn: civilDateSchema.optional(),
});
export type RecordUsageInput = z.infer<typeof RecordUsageBody>;
