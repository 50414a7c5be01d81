import { z } from 'zod';

export const DUNNING_CHANNELS = ['email', 'letter', 'formal-notice'] as const;

export const LadderStep = z.strictObject({
  position: z.number().int().min(1).max(20),
  /** Days after the due date (day 1 = the first day of delay). */
  daysAfterDue: z.number().int().min(1).max(3650),
  /** 'email' (reminder email), 'letter' (reminder letter PDF), 'formal-notice' (registered letter, art. 15.2). */
  channel: z.enum(DUNNING_CHANNELS),
  label: z.string().trim().min(1).max(200),
});
export type LadderStep = z.infer<typeof LadderStep>;

export const LadderBody = z.strictObject({ steps: z.array(LadderStep).min(1).max(20) });
export const LadderOut = z.object({ steps: z.array(LadderStep) });

export const DashboardQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  /** true: only the invoices with a dunning step due and not done (the home dashboard's figure). */
  stepDue: z.enum(['true', 'false']).optional(),
});

const StepRef = z.object({ position: z.number(), label: z.string(), channel: z.enum(DUNNING_CHANNELS) });

export const DashboardOut = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({
      invoiceId: z.string(),
      invoiceNumber: z.string().nullable(),
      clientId: z.string(),
      clientName: z.string(),
      contractNumber: z.string().nullable(),
      dueDate: z.string().nullable(),
      daysLate: z.number(),
      openCents: z.number(),
      /** As stored by the late-payment sweep on `lateAsOf`. */
      interestCents: z.number(),
      indemnityCents: z.number(),
      lateAsOf: z.string().nullable(),
      lastStep: StepRef.extend({
        doneOn: z.string(),
        channelUsed: z.enum(DUNNING_CHANNELS),
        documentSha256: z.string(),
        /** The e-mail of the step: 'queued' until a transport accepted it (doneOn is then its delivery date). Null for a letter. */
        delivery: z
          .object({
            messageId: z.string(),
            status: z.enum(['queued', 'sent', 'failed', 'cancelled']),
            sentAt: z.string().nullable(),
            error: z.string().nullable(),
            attempts: z.number(),
          })
          .nullable(),
      }).nullable(),
      nextStep: StepRef.extend({ date: z.string() }).nullable(),
    }),
  ),
});
