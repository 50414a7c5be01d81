import { z } from 'zod';

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

export const BillingRunBody = z.strictObject({ period });
export const BillingRunIdParams = z.strictObject({ id: z.string().min(1).max(100) });
export const BillingRunListQuery = z.strictObject({
  period: period.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const BillingRunOut = z.object({
  id: z.string(),
  period: z.string(),
  /** running → done | failed; interrupted: the process stopped before the end (rerun the period). */
  status: z.enum(['running', 'done', 'failed', 'interrupted']),
  issueDate: z.string().nullable(),
  contractsTotal: z.number().nullable(),
  contractsSeen: z.number(),
  invoicesCreated: z.number(),
  /** Financed by a lessor: the lessor invoices the rent (LEGAL.md §6.2). */
  skippedLessor: z.number(),
  alreadyBilled: z.number(),
  batchesCommitted: z.number(),
  firstNumber: z.string().nullable(),
  lastNumber: z.string().nullable(),
  error: z.string().nullable(),
  startedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type BillingRunOut = z.infer<typeof BillingRunOut>;
