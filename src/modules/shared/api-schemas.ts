/** Response and body shapes shared by the API of several modules. */
import { z } from 'zod';

/** A quote or contract line (contract lines share the quote's columns). */
export const QuoteLineOut = z.object({
  id: z.string(),
  position: z.number(),
  kind: z.enum(['sale', 'rental', 'service']),
  /** Null on a free-text service line (art. 6.8): no catalogue item, SKU or category. */
  catalogueItemId: z.string().nullable(),
  sku: z.string().nullable(),
  label: z.string(),
  category: z.string().nullable(),
  quantity: z.string(),
  unitPriceCents: z.number(),
  discountPercent: z.string().nullable(),
  rentCents: z.number().nullable(),
  maintenanceFeeCents: z.number().nullable(),
  monthlyRentCents: z.number().nullable(),
  rentalMonths: z.number().nullable(),
  vatRatePercent: z.string(),
  netCents: z.number(),
  licensedUsers: z.number().nullable(),
});

export const TotalsOut = z.object({
  netCents: z.number(),
  vatCents: z.number(),
  grossCents: z.number(),
  monthlyRentCents: z.number().nullable(),
  vatBreakdown: z.array(z.object({ ratePercent: z.string(), taxableCents: z.number(), vatCents: z.number() })),
});

export const DecisionOut = z.object({
  rule: z.string(),
  outcome: z.string(),
  asOf: z.string(),
  article: z.string(),
  termsVersion: z.string(),
  explanation: z.object({ fr: z.string(), en: z.string() }),
  actor: z.string(),
  /** The user's name (or the daily sweep); null when unknown. */
  actorName: z.string().nullable(),
  at: z.string(),
});

export const EvidenceOut = z.object({
  seq: z.number(),
  kind: z.string(),
  at: z.string(),
  actor: z.string(),
  actorName: z.string().nullable(),
  documentSha256: z.string().nullable(),
});

/** A decision as rules return it (RULES.md "Conventions"), with the rule's own fields. */
export const DecisionBody = z.looseObject({
  rule: z.string(),
  asOf: z.string(),
  outcome: z.string(),
  citation: z.object({ article: z.string(), termsVersion: z.string() }),
  explanation: z.object({ fr: z.string(), en: z.string() }),
  parameters: z.record(z.string(), z.unknown()),
});

/** A document e-mail queued in the outbox: 'queued' until the delivery worker hands it to a transport. */
export const SendResultOut = z.object({
  messageId: z.string(),
  to: z.array(z.string()),
  emlSha256: z.string(),
  status: z.literal('queued'),
});
/** The body of a document e-mail: the recipients, or none for the client's default address. */
export const SendBody = z.strictObject({ to: z.array(z.email().max(254)).min(1).max(10).optional() }).nullish();
