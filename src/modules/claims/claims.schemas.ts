import { z } from 'zod';
import { centsSchema } from '../../kernel/schemas.ts';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { DecisionBody } from '../shared/index.ts';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const IdParams = z.strictObject({ id });
export const ListQuery = z.strictObject({ contractId: id.optional() });

/** The exclusions of the manufacturer's warranty (art. 11.2), the reason of a refusal. */
export const WARRANTY_EXCLUSIONS = [
  'client-specifications',
  'force-majeure',
  'normal-wear',
  'storage-negligence',
  'non-compliant-use',
  'unauthorised-repair',
  'lack-of-maintenance',
] as const;

export const WarrantyClaimBody = z.strictObject({
  contractId: id,
  /** The contract line of the unit (the equipment register, issue 10, will give the unit itself). */
  contractLineId: id,
  serial: text(100).optional(),
  /** The written notification with its justification (art. 11.2). */
  description: text(4000),
  /** When the claim was notified in writing (default: today). */
  notifiedOn: civilDateSchema.optional(),
});
export type WarrantyClaimBody = z.infer<typeof WarrantyClaimBody>;

export const WarrantyDecisionBody = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('accepted'), note: text(2000).optional(), signatoryName: text(200) }),
  z.strictObject({
    outcome: z.literal('refused'),
    exclusion: z.enum(WARRANTY_EXCLUSIONS),
    note: text(2000).optional(),
    signatoryName: text(200),
  }),
]);
export type WarrantyDecisionBody = z.infer<typeof WarrantyDecisionBody>;

export const WarrantyClaimOut = z.object({
  id: z.string(),
  clientId: z.string(),
  contractId: z.string(),
  contractLineId: z.string(),
  serial: z.string().nullable(),
  description: z.string(),
  notifiedOn: z.string(),
  warrantyEndsOn: z.string().nullable(),
  withinWarranty: z.boolean().nullable(),
  status: z.enum(['pending', 'accepted', 'refused']),
  exclusion: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  letterSha256: z.string().nullable(),
  createdAt: z.string(),
});

export const ReturnRequestBody = z.strictObject({
  contractId: id,
  contractLineId: id,
  serial: text(100).optional(),
  reason: text(4000),
});
export type ReturnRequestBody = z.infer<typeof ReturnRequestBody>;

export const ReturnDecisionBody = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('agreed'),
    /** Transport is at the client's cost unless agreed otherwise (art. 12). */
    transportPaidBy: z.enum(['client', 'alleo']).default('client'),
    note: text(2000).optional(),
  }),
  z.strictObject({ outcome: z.literal('refused'), note: text(2000) }),
]);
export const ReturnReceiptBody = z.strictObject({ receivedOn: civilDateSchema });
export const InspectionBody = z.strictObject({
  state: z.enum(['perfect', 'damaged', 'incomplete']),
  note: text(2000).optional(),
});

export const ReturnOut = z.object({
  id: z.string(),
  clientId: z.string(),
  contractId: z.string(),
  contractLineId: z.string(),
  serial: z.string().nullable(),
  reason: z.string(),
  requestedOn: z.string(),
  status: z.enum(['requested', 'agreed', 'refused', 'received', 'inspected', 'credited']),
  transportPaidBy: z.enum(['client', 'alleo']).nullable(),
  decisionNote: z.string().nullable(),
  receivedOn: z.string().nullable(),
  inspectionState: z.enum(['perfect', 'damaged', 'incomplete']).nullable(),
  inspectionNote: z.string().nullable(),
  creditNoteId: z.string().nullable(),
  createdAt: z.string(),
});

export const ContestationBody = z.strictObject({
  contractId: id,
  description: text(4000),
  /** The alleged failure. */
  failureDate: civilDateSchema,
  /** When the contestation reached ALLEO. */
  receivedOn: civilDateSchema,
  form: z.enum(['registered-letter', 'letter', 'email', 'other']),
  wilfulMisconduct: z.boolean().default(false),
  claimedCents: centsSchema.optional(),
  /** Indirect damages claimed: excluded (art. 11.3), shown as such. */
  indirectDamagesCents: centsSchema.optional(),
});
export type ContestationBody = z.infer<typeof ContestationBody>;

export const ContestationOut = z.object({
  id: z.string(),
  clientId: z.string(),
  contractId: z.string(),
  description: z.string(),
  failureDate: z.string(),
  receivedOn: z.string(),
  form: z.string(),
  outcome: z.enum(['in-time', 'out-of-time', 'invalid-form']),
  deadline: z.string(),
  paidUnderContractCents: z.number(),
  wilfulMisconduct: z.boolean(),
  capCents: z.number().nullable(),
  claimedCents: z.number().nullable(),
  indirectDamagesCents: z.number().nullable(),
  indirectDamagesExcluded: z.boolean(),
  createdAt: z.string(),
});

export const ContestationResult = z.object({
  contestation: ContestationOut,
  decisions: z.object({ contestation: DecisionBody, liabilityCap: DecisionBody }),
});
