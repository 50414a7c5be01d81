import { z } from 'zod';
import { daysBetween } from '../../kernel/dates.ts';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { hhmmSchema } from '../../terms/index.ts';
import { DecisionBody } from '../shared/index.ts';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const IdParams = z.strictObject({ id });

/** The slot of an intervention: a Europe/Paris civil date and wall times. */
const slot = {
  date: civilDateSchema,
  start: hhmmSchema,
  end: hhmmSchema,
};

export const ScheduleBody = z.strictObject({
  contractLineId: id,
  technicianIds: z.array(id).min(1).max(10),
  ...slot,
  mode: z.enum(['on-site', 'remote']),
  /** Outside ALLEO working days and hours: the surcharge shown by the preview, accepted (art. 6.9). */
  acceptSurcharge: z.boolean().optional(),
  /** Maintenance tickets this intervention costs (per-ticket maintenance, art. 6.6, 11.2); default 1. */
  tickets: z.int().min(1).max(1000).optional(),
  /**
   * The serial of the delivered unit concerned (equipment register): under the manufacturer's
   * warranty on the intervention date, a maintenance intervention consumes no ticket (art. 11.2).
   */
  serial: text(100).optional(),
});
export type ScheduleInput = z.infer<typeof ScheduleBody>;

export const PreviewBody = ScheduleBody.omit({ acceptSurcharge: true, mode: true }).extend({
  mode: z.enum(['on-site', 'remote']).optional(),
});
export type PreviewInput = z.infer<typeof PreviewBody>;

export const MoveBody = z.strictObject({
  ...slot,
  technicianIds: z.array(id).min(1).max(10).optional(),
  acceptSurcharge: z.boolean().optional(),
});
export type MoveInput = z.infer<typeof MoveBody>;

export const ListQuery = z.strictObject({
  from: civilDateSchema.optional(),
  to: civilDateSchema.optional(),
  technicianId: id.optional(),
  clientId: id.optional(),
  contractId: id.optional(),
  /** The dashboard's "to confirm": status=scheduled&confirmation=pending&from=<today>. */
  status: z.enum(['scheduled', 'to-reschedule', 'cancelled', 'completed', 'received']).optional(),
  confirmation: z.enum(['pending', 'guaranteed', 'not-guaranteed']).optional(),
});
export type ListFilter = z.infer<typeof ListQuery>;

/** A period of the planning board: at most 62 days (a week, or a month view). */
export const BoardQuery = z
  .strictObject({ from: civilDateSchema, to: civilDateSchema, technicianId: id.optional() })
  .refine((q) => q.to >= q.from, { message: 'must be on or after from', path: ['to'] })
  .refine((q) => daysBetween(q.from, q.to) <= 62, {
    message: 'at most 62 days after from',
    path: ['to'],
  });
export type BoardQuery = z.infer<typeof BoardQuery>;

/** What the planning board draws of an intervention: only these columns are read (the board's query is hot). */
export const BoardItemOut = z.object({
  id: z.string(),
  contractLineId: z.string(),
  clientName: z.string(),
  serviceKind: z.string(),
  label: z.string(),
  mode: z.enum(['on-site', 'remote']),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  offHours: z.boolean(),
  status: z.enum(['scheduled', 'to-reschedule', 'cancelled', 'completed', 'received']),
  confirmation: z.enum(['pending', 'guaranteed', 'not-guaranteed']),
  technicians: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type BoardItemOut = z.infer<typeof BoardItemOut>;

export const ConfirmBody = z.strictObject({
  /** Staff recording a confirmation received by mail or phone: the day the client confirmed (default today). */
  confirmedOn: civilDateSchema.optional(),
});

export const CancelKind = z.enum(['cancel', 'postpone']);
export const CancelPreviewQuery = z.strictObject({ kind: CancelKind.default('cancel') });
export const CancelBody = z.strictObject({
  kind: CancelKind,
  /** The cost the client was shown by the preview (art. 6.9): refused when it differs. */
  acceptedChargeCents: z.int().min(0),
  reason: z.string().trim().max(1000).optional(),
});
export type CancelInput = z.infer<typeof CancelBody>;

export const DELAY_CAUSES = ['prerequisites', 'inputs', 'site-access', 'other'] as const;
export const DelayBody = z.strictObject({
  cause: z.enum(DELAY_CAUSES),
  note: text(2000),
  occurredOn: civilDateSchema.optional(),
});
export type DelayInput = z.infer<typeof DelayBody>;

export const PenaltyBody = z.strictObject({
  amountCents: z.int().min(0).optional(),
  reason: z.string().max(2000).optional(),
});

export const CompleteBody = z.strictObject({
  workDone: text(5000),
  minutesSpent: z.int().min(1).max(100_000),
  /** Units touched, by serial number (the equipment register links them later). */
  serials: z.array(text(100)).max(500).default([]),
  /** Training: who attended. */
  attendees: z.array(text(200)).max(500).default([]),
  /** Diagnostic (art. 6.3): the existing setup and the recommendations. */
  existingSetup: z.string().trim().max(10_000).optional(),
  recommendations: z.array(text(2000)).max(100).default([]),
});
export type CompleteInput = z.infer<typeof CompleteBody>;

export const SignBody = z.strictObject({ signatoryName: text(200) });
export const ReceiveBody = z.strictObject({ receivedOn: civilDateSchema.optional() });

export const TechnicianBody = z
  .strictObject({ userId: id.optional(), name: text(200).optional() })
  .refine((b) => b.userId !== undefined || b.name !== undefined, {
    message: 'give a userId (a technician user) or a name (a named resource)',
    path: ['userId'],
  });

export const TechnicianPatchBody = z
  .strictObject({ name: text(200).optional(), active: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.active !== undefined, {
    message: 'give a name or active',
    path: ['name'],
  });
export type TechnicianPatchBody = z.infer<typeof TechnicianPatchBody>;

/** One working day of a technician's week: ISO weekday (1 = Monday) and wall times. */
const DayHours = z.strictObject({ weekday: z.int().min(1).max(7), start: hhmmSchema, end: hhmmSchema });

/** A technician's week (days absent: not working); null: ALLEO's days and hours (art. 6.9). */
export const HoursBody = z.strictObject({ hours: z.array(DayHours).max(7).nullable() });
export type HoursBody = z.infer<typeof HoursBody>;

export const TechnicianOut = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  /** A staff user with the technician role, or a named resource without an account. */
  kind: z.enum(['user', 'resource']),
  name: z.string(),
  active: z.boolean(),
  feedActive: z.boolean(),
  /** The technician's week; null when not set (ALLEO's working days and hours apply). */
  hours: z.array(z.object({ weekday: z.number(), start: z.string(), end: z.string() })).nullable(),
});
export type TechnicianOut = z.infer<typeof TechnicianOut>;

export const SlotCheckOut = z.object({
  date: z.string(),
  start: z.string(),
  end: z.string(),
  offHours: z.boolean(),
  /** Why the slot is outside ALLEO working days and hours (weekend, public holiday, hours). */
  reasons: z.array(z.object({ fr: z.string(), en: z.string() })),
  workingHours: z.object({ start: z.string(), end: z.string() }),
  surchargePercent: z.string().nullable(),
  servicePriceCents: z.number(),
  surchargeCents: z.number(),
  confirmBy: z.string(),
  article: z.literal('6.9'),
});
export type SlotCheckOut = z.infer<typeof SlotCheckOut>;

export const EventOut = z.object({
  id: z.string(),
  kind: z.string(),
  cause: z.string().nullable(),
  note: z.string().nullable(),
  occurredOn: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const ReportOut = z.object({
  workDone: z.string(),
  minutesSpent: z.number(),
  serials: z.array(z.string()),
  attendees: z.array(z.string()),
  existingSetup: z.string().nullable(),
  recommendations: z.array(z.string()),
});
export type ReportOut = z.infer<typeof ReportOut>;

export const InterventionOut = z.object({
  id: z.string(),
  contractId: z.string(),
  contractLineId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  serviceKind: z.string(),
  label: z.string(),
  mode: z.enum(['on-site', 'remote']),
  siteAddress: z.string().nullable(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  technicians: z.array(z.object({ id: z.string(), name: z.string() })),
  offHours: z.boolean(),
  surchargePercent: z.string().nullable(),
  surchargeCents: z.number(),
  servicePriceCents: z.number(),
  indemnityCents: z.number(),
  tickets: z.number(),
  status: z.enum(['scheduled', 'to-reschedule', 'cancelled', 'completed', 'received']),
  confirmation: z.enum(['pending', 'guaranteed', 'not-guaranteed']),
  /** The client's confirmation deadline (art. 6.9), pushed by the contract's force majeure (art. 16.1). */
  confirmBy: z.string(),
  /** The days force majeure added to confirmBy (0 without any). */
  confirmByPushedDays: z.number(),
  confirmedOn: z.string().nullable(),
  chargeCents: z.number(),
  chargeInvoiceId: z.string().nullable(),
  report: ReportOut.nullable(),
  completedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  signedAt: z.string().nullable(),
  receivedOn: z.string().nullable(),
  invoiceId: z.string().nullable(),
  termsVersion: z.string(),
});
export type InterventionOut = z.infer<typeof InterventionOut>;

export const TimelineItemOut = z.object({
  at: z.string(),
  kind: z.string(),
  text: z.object({ fr: z.string(), en: z.string() }),
  article: z.string().nullable(),
  actorName: z.string().nullable(),
});

export const InterventionDetailOut = z.object({
  intervention: InterventionOut,
  events: z.array(EventOut),
  timeline: z.array(TimelineItemOut),
});

export const ScheduleResultOut = z.object({ intervention: InterventionOut, slot: SlotCheckOut });

export const CancelPreviewOut = z.object({ decision: DecisionBody, chargeCents: z.number() });

export const TicketsOut = z.object({
  clientId: z.string(),
  balance: z.number(),
  movements: z.array(
    z.object({
      id: z.string(),
      delta: z.number(),
      reason: z.string(),
      interventionId: z.string().nullable(),
      invoiceId: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
  /** Contract lines of per-ticket maintenance the client may buy tickets on, at the contract tariff. */
  tariffs: z.array(
    z.object({ contractId: z.string(), contractLineId: z.string(), label: z.string(), unitPriceCents: z.number() }),
  ),
});

export const BuyTicketsBody = z.strictObject({ contractLineId: id, quantity: z.int().min(1).max(1000) });
