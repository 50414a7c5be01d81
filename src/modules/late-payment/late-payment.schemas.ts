import { z } from 'zod';

const id = z.string().min(1).max(100);

export const ClientIdParams = z.strictObject({ id });
export const ContractIdParams = z.strictObject({ id });

export const CancelForNonPaymentBody = z.strictObject({
  /** Why ALLEO cancels the order in progress (kept in the decision). */
  reason: z.string().trim().min(1).max(2000),
});

const Bilingual = z.object({ fr: z.string(), en: z.string() });
const Citation = z.object({ article: z.string(), termsVersion: z.string() });

/** A decision as rules return it (RULES.md "Conventions"), with its own fields. */
export const LateDecisionOut = z.looseObject({
  rule: z.string(),
  asOf: z.string(),
  outcome: z.string(),
  citation: Citation,
  explanation: Bilingual,
  parameters: z.record(z.string(), z.unknown()),
});

export const EnforcementOut = z.object({
  clientId: z.string(),
  legalName: z.string(),
  asOf: z.string(),
  financialStatus: z.string(),
  overdueInvoices: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      dueDate: z.string().nullable(),
      daysLate: z.number(),
      openCents: z.number(),
      /** As of today, by rule invoice.late-payment. */
      interestCents: z.number(),
      indemnityCents: z.number(),
      explanation: Bilingual.nullable(),
    }),
  ),
  notYetDueInvoices: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      dueDate: z.string().nullable(),
      acceleratedOn: z.string().nullable(),
      openCents: z.number(),
    }),
  ),
  contracts: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      status: z.string(),
      cancelledForNonPayment: z.object({ on: z.string(), by: z.string(), at: z.string() }).nullable(),
      /** The terms allow cancelling it now (something overdue, not cancelled yet). */
      canCancel: z.boolean(),
    }),
  ),
  measures: z.array(
    z.object({
      measure: z.enum(['late-interest', 'recovery-indemnity', 'acceleration', 'prepayment', 'order-cancellation']),
      citation: Citation,
      available: z.boolean(),
      done: z.boolean(),
      explanation: Bilingual,
    }),
  ),
});

export const CancellationOut = z.object({
  decision: LateDecisionOut,
  decidedBy: z.object({ id: z.string(), name: z.string() }),
});
