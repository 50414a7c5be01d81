import { z } from 'zod';
import { civilDateSchema } from '../../kernel/schemas.ts';
import { idSchema, multiLineText, singleLineText } from '../../kernel/text-schemas.ts';
import { MAX_CONNECTION_LOG_DAYS } from './settings.ts';

export const REQUEST_KINDS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'post-mortem',
] as const;
export const REQUEST_CHANNELS = ['email', 'letter', 'portal'] as const;
export const IDENTITY_STATUSES = ['pending', 'verified', 'failed'] as const;
export const REQUEST_STATUSES = ['open', 'answered', 'refused'] as const;

const email = z.email().max(254);

export const IdParams = z.strictObject({ id: idSchema });

export const CreateRequestBody = z.strictObject({
  subjectEmail: email,
  subjectName: singleLineText(1, 200).optional(),
  kind: z.enum(REQUEST_KINDS),
  channel: z.enum(['email', 'letter']),
  receivedOn: civilDateSchema,
  details: multiLineText(0, 4000).optional(),
  clientId: idSchema.optional(),
});
export type CreateRequestInput = z.infer<typeof CreateRequestBody>;

export const PortalRequestBody = z.strictObject({
  kind: z.enum(REQUEST_KINDS),
  details: multiLineText(0, 4000).optional(),
});
export type PortalRequestInput = z.infer<typeof PortalRequestBody>;

export const IdentityBody = z.strictObject({ status: z.enum(['verified', 'failed']) });

export const ExtendBody = z.strictObject({ reason: singleLineText(5, 1000) });

/** The corrected values of a rectification request (GDPR art. 16); null clears an optional field. */
export const RectificationBody = z.strictObject({
  name: singleLineText(1, 200).optional(),
  title: singleLineText(1, 200).nullable().optional(),
  email: email.optional(),
  phone: singleLineText(1, 40).nullable().optional(),
});
export type Rectification = z.infer<typeof RectificationBody>;

export const AnswerBody = z.strictObject({
  outcome: z.enum(['answered', 'refused']),
  answer: multiLineText(1, 4000),
  /** Required to answer a rectification request: what is corrected. */
  rectification: RectificationBody.optional(),
});
export type AnswerInput = z.infer<typeof AnswerBody>;

export const ListRequestsQuery = z.strictObject({
  status: z.enum(REQUEST_STATUSES).optional(),
  /** Only the open requests due within 7 days (or overdue): the dashboard. */
  dueSoon: z.enum(['true', 'false']).optional(),
});

export const RequestOut = z.object({
  id: z.string(),
  clientId: z.string().nullable(),
  subjectEmail: z.string(),
  subjectName: z.string().nullable(),
  kind: z.enum(REQUEST_KINDS),
  channel: z.enum(REQUEST_CHANNELS),
  details: z.string().nullable(),
  receivedOn: z.string(),
  identityStatus: z.enum(IDENTITY_STATUSES),
  dueOn: z.string(),
  /** The deadline in force: the extended one when extended. */
  effectiveDueOn: z.string(),
  extendedDueOn: z.string().nullable(),
  extensionReason: z.string().nullable(),
  extensionLetterSha256: z.string().nullable(),
  daysLeft: z.number(),
  overdue: z.boolean(),
  status: z.enum(REQUEST_STATUSES),
  answer: z.string().nullable(),
  result: z.unknown().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type RequestOut = z.infer<typeof RequestOut>;

export const ExportQuery = z.strictObject({
  email,
  format: z.enum(['json', 'pdf']).default('json'),
});

export const PortalExportQuery = z.strictObject({ format: z.enum(['json', 'pdf']).default('json') });

export const RelationshipOverrideBody = z.strictObject({
  endedOn: civilDateSchema.nullable(),
  reason: singleLineText(5, 1000),
});

export const SettingsBody = z.strictObject({
  connectionLogRetentionDays: z.number().int().min(1).max(MAX_CONNECTION_LOG_DAYS),
});

export const SettingsOut = z.object({
  connectionLogRetentionDays: z.number(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const RetentionRowOut = z.object({
  clientId: z.string(),
  legalName: z.string(),
  endedOn: z.string().nullable(),
  source: z.enum(['override', 'derived', 'ongoing', 'no-contract']),
  derivedEndedOn: z.string().nullable(),
  overrideReason: z.string().nullable(),
  retainUntil: z.string().nullable(),
  /** The first day the sweep erases (the day after retainUntil). */
  erasedOn: z.string().nullable(),
  outcome: z.string(),
});

export const InventoryItemOut = z.object({
  id: z.string(),
  personal: z.boolean(),
  category: z.string(),
  legalBasis: z.string(),
  retention: z.string(),
  handling: z.string(),
});
