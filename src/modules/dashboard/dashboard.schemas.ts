import { z } from 'zod';

const Count = z.object({ count: z.number().int() });
const Amount = z.object({ count: z.number().int(), cents: z.number().int() });

/** The home page's figures; a section the role does not work on is null (not computed). */
export const DashboardOut = z.object({
  /** Today (Europe/Paris) and the bounds the figures were computed with: the web builds the list links from them. */
  asOf: z.string(),
  bounds: z.object({
    late30: z.string(),
    late60: z.string(),
    late90: z.string(),
    week: z.string(),
    in7: z.string(),
    in30: z.string(),
    in60: z.string(),
    in90: z.string(),
  }),
  receivables: z
    .object({
      overdue: Amount,
      /** 0–30, 31–60, 61–90, more than 90 days late. */
      ageing: z.array(Amount).length(4),
      dueThisWeek: Amount,
      /** Cash expected from due dates: in 0–30, 31–60, 61–90 days. */
      expected: z.array(z.number().int()).length(3),
      overdueByClient: z.array(
        z.object({ clientId: z.string(), name: z.string(), cents: z.number().int(), count: z.number().int() }),
      ),
      /** The last 12 months, oldest first (YYYY-MM). */
      monthly: z.array(
        z.object({ month: z.string(), invoicedCents: z.number().int(), collectedCents: z.number().int() }),
      ),
      dunningStepsDue: Count,
    })
    .nullable(),
  quotes: z.object({ expiringSoon: Count, acceptedToAcknowledge: Count, rentalFilesAwaitingLessor: Count }).nullable(),
  operations: z.object({ deliveriesToMake: Count, interventionsToConfirm: Count, insuranceMissing: Count }).nullable(),
  failedMails: Count.nullable(),
  dataRequestsDue: Count.nullable(),
});
export type DashboardOut = z.infer<typeof DashboardOut>;
