import { z } from 'zod';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { DecisionBody } from '../shared/index.ts';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const NoticeParams = z.strictObject({ id, noticeId: id });
export const EventParams = z.strictObject({ id });

export const BREACHES = ['non-payment', 'obligations', 'confidentiality', 'intellectual-property', 'other'] as const;

export const FormalNoticeBody = z.strictObject({
  /** What the client failed to do: payment (art. 10), its obligations (art. 7), confidentiality (13), IP (14). */
  breach: z.enum(BREACHES),
  description: text(2000),
  /** The day the registered letter is sent (default: today). */
  sentOn: civilDateSchema.optional(),
  /** A breach that cannot be remedied allows termination without the 30 days (art. 15.2). */
  curable: z.boolean().default(true),
  signatoryName: text(200),
});
export type FormalNoticeBody = z.infer<typeof FormalNoticeBody>;

export const NoticeReceiptBody = z.strictObject({ receivedOn: civilDateSchema });
export const NoticeCureBody = z.strictObject({ curedOn: civilDateSchema });

export const FormalNoticeOut = z.object({
  id: z.string(),
  breach: z.string(),
  description: z.string(),
  sentOn: z.string(),
  curable: z.boolean(),
  receivedOn: z.string().nullable(),
  terminableFrom: z.string().nullable(),
  curedOn: z.string().nullable(),
  terminableFlaggedOn: z.string().nullable(),
  letterSha256: z.string().nullable(),
});

export const TERMINATION_GROUNDS = ['breach', 'incurable-breach', 'financial-situation', 'force-majeure'] as const;

export const TerminationBody = z.strictObject({
  /**
   * breach: after a formal notice unheeded for 30 days (art. 15.2); incurable-breach: without the
   * 30 days; financial-situation: an adverse change in the client's financial situation (15.2);
   * force-majeure: an event lasting more than 60 days (16.1), without indemnity.
   */
  ground: z.enum(TERMINATION_GROUNDS),
  formalNoticeId: id.optional(),
  forceMajeureEventId: id.optional(),
  reason: text(2000),
  /** The first day the contract no longer runs (default: today). */
  effectiveOn: civilDateSchema.optional(),
  /** The termination is the client's fault: sums paid for orders not executed are not refunded. */
  clientFault: z.boolean(),
  refund: z.strictObject({ choice: z.enum(['credit-note', 'none']), reason: text(1000) }),
  signatoryName: text(200),
});
export type TerminationBody = z.infer<typeof TerminationBody>;

export const RefundItem = z.object({
  invoiceId: z.string(),
  invoiceNumber: z.string().nullable(),
  invoiceLineId: z.string(),
  label: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  daysNotExecuted: z.number(),
  netCents: z.number(),
  /** The credit note drafted for it when the refund is by credit note (art. 15.2). */
  creditNoteId: z.string().nullable(),
});

export const TerminationOut = z.object({
  id: z.string(),
  ground: z.string(),
  formalNoticeId: z.string().nullable(),
  forceMajeureEventId: z.string().nullable(),
  effectiveOn: z.string(),
  reason: z.string(),
  clientFault: z.boolean(),
  refundChoice: z.enum(['credit-note', 'none']),
  refundReason: z.string(),
  refundItems: z.array(RefundItem),
  refundCents: z.number(),
  letterSha256: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

export const EndBody = z.strictObject({ reason: text(2000), effectiveOn: civilDateSchema.optional() });

export const FM_TYPES = [
  'lock-out',
  'strike',
  'epidemic',
  'pandemic',
  'embargo',
  'accident',
  'exceptional-weather',
  'transport-interruption',
  'supply-impossibility',
  'raw-material-defect',
  'communications-blockage',
  'other',
] as const;

/** How a decision's explanation names each case of art. 16.2 (the screens have their own labels). */
export const FM_TYPE_WORDS: Record<(typeof FM_TYPES)[number], { fr: string; en: string }> = {
  'lock-out': { fr: 'lock-out', en: 'lock-out' },
  strike: { fr: 'grève', en: 'strike' },
  epidemic: { fr: 'épidémie', en: 'epidemic' },
  pandemic: { fr: 'pandémie', en: 'pandemic' },
  embargo: { fr: 'embargo', en: 'embargo' },
  accident: { fr: 'accident', en: 'accident' },
  'exceptional-weather': { fr: 'intempéries exceptionnelles', en: 'exceptional weather' },
  'transport-interruption': { fr: 'interruption des transports', en: 'transport interruption' },
  'supply-impossibility': { fr: 'impossibilité d’approvisionnement', en: 'supply impossible' },
  'raw-material-defect': { fr: 'défaut de matières premières', en: 'raw-material defect' },
  'communications-blockage': { fr: 'blocage des télécommunications', en: 'communications blockage' },
  other: { fr: 'autre cas de l’art. 16.2', en: 'other case of art. 16.2' },
};

/** The words for a stored event type (a type the list no longer has is shown as stored). */
export function fmTypeWords(type: string): { fr: string; en: string } {
  return FM_TYPE_WORDS[type as keyof typeof FM_TYPE_WORDS] ?? { fr: type, en: type };
}

export const ForceMajeureBody = z.strictObject({
  /** A case of art. 16.2. */
  type: z.enum(FM_TYPES),
  description: text(2000),
  invokedBy: z.enum(['alleo', 'client']),
  startDate: civilDateSchema,
  endDate: civilDateSchema.optional(),
  contractIds: z.array(id).min(1).max(500),
});
export type ForceMajeureBody = z.infer<typeof ForceMajeureBody>;

export const ForceMajeureEndBody = z.strictObject({ endDate: civilDateSchema });

export const ForceMajeureOut = z.object({
  id: z.string(),
  type: z.string(),
  description: z.string(),
  invokedBy: z.enum(['alleo', 'client']),
  startDate: z.string(),
  endDate: z.string().nullable(),
  contractIds: z.array(z.string()),
  /** Rule force-majeure as of today. */
  decision: DecisionBody,
});

export const StatusChangeOut = z.object({
  from: z.string(),
  to: z.string(),
  effectiveOn: z.string(),
  article: z.string(),
  /** Why, in both languages. */
  reason: z.object({ fr: z.string(), en: z.string() }),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const LifecycleOut = z.object({
  contractId: z.string(),
  status: z.string(),
  endedOn: z.string().nullable(),
  /** What the actor may do now, by role and status. */
  actions: z.array(z.string()),
  changes: z.array(StatusChangeOut),
  formalNotices: z.array(FormalNoticeOut),
  termination: TerminationOut.nullable(),
  forceMajeure: z.array(ForceMajeureOut.omit({ contractIds: true })),
  /** Days of force majeure from the effective date to today (deadlines are pushed by them). */
  suspendedDays: z.number(),
  /** Each rental line's return due date, pushed by the days of force majeure (art. 15.3, 16.1). */
  rentalReturns: z.array(
    z.object({ lineId: z.string(), rentalEndsOn: z.string(), suspendedDays: z.number(), returnDueOn: z.string() }),
  ),
});
