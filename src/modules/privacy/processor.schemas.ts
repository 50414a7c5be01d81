import { z } from 'zod';
import { civilDateSchema, timestampSchema } from '../../kernel/schemas.ts';
import { idSchema, multiLineText, singleLineText } from '../../kernel/text-schemas.ts';
import { UploadedDocument } from '../shared/index.ts';

export const SubProcessorBody = z.strictObject({
  name: singleLineText(1, 200),
  addressLine: singleLineText(1, 300).optional(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Za-z]{2}$/, 'expected a two-letter country code'),
  activity: singleLineText(1, 500),
  solutionIds: z.array(idSchema).min(1).max(100),
  transferSafeguard: singleLineText(1, 500).optional(),
  replacesId: idSchema.optional(),
  /** Days the affected clients have to object (the terms set none). */
  objectionDays: z.number().int().min(1).max(90).default(30),
});
export type SubProcessorInput = z.infer<typeof SubProcessorBody>;

export const SubProcessorOut = z.object({
  id: z.string(),
  name: z.string(),
  addressLine: z.string().nullable(),
  country: z.string(),
  outsideEu: z.boolean(),
  activity: z.string(),
  solutionIds: z.array(z.string()),
  transferSafeguard: z.string().nullable(),
  replacesId: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  notices: z.array(
    z.object({
      clientId: z.string(),
      legalName: z.string(),
      change: z.string(),
      sentOn: z.string(),
      objectionUntil: z.string(),
      outboxMessageId: z.string().nullable(),
      objectedOn: z.string().nullable(),
    }),
  ),
});

export const ChangeOut = z.object({
  subProcessorId: z.string(),
  notices: z.array(
    z.object({
      clientId: z.string(),
      legalName: z.string(),
      outboxMessageId: z.string().nullable(),
      objectionUntil: z.string(),
    }),
  ),
});

export const BreachBody = z.strictObject({
  role: z.enum(['processor', 'controller']),
  discoveredAt: timestampSchema,
  facts: multiLineText(1, 4000),
  dataCategories: singleLineText(1, 1000),
  subjects: singleLineText(1, 1000),
  consequences: multiLineText(1, 4000),
  measures: multiLineText(1, 4000),
  clientIds: z.array(idSchema).max(1000).default([]),
});
export type BreachInput = z.infer<typeof BreachBody>;

export const BreachOut = z.object({
  id: z.string(),
  role: z.enum(['processor', 'controller']),
  discoveredAt: z.string(),
  facts: z.string(),
  dataCategories: z.string(),
  subjects: z.string(),
  consequences: z.string(),
  measures: z.string(),
  clientIds: z.array(z.string()),
  clientsNotifiedAt: z.string().nullable(),
  cnilNotifiedAt: z.string().nullable(),
  /** Open 48 hours without notice to the clients (processor). */
  noticeOverdue: z.boolean(),
  /** ALLEO's own breaches (controller): the CNIL within 72 hours (GDPR art. 33(1)). */
  cnilDeadline: z.string().nullable(),
  cnilOverdue: z.boolean(),
});

export const CnilBody = z.strictObject({ notifiedAt: timestampSchema });

export const AuditBody = z.strictObject({
  clientId: idSchema,
  requestedOn: civilDateSchema,
  auditor: singleLineText(1, 300),
});

export const AuditOut = z.object({
  id: z.string(),
  clientId: z.string(),
  legalName: z.string(),
  requestedOn: z.string(),
  auditor: z.string(),
  reportSha256: z.string().nullable(),
  createdAt: z.string(),
});

export const AuditReportBody = z.strictObject({ report: UploadedDocument });

export const ReturnTaskBody = z.strictObject({ clientId: idSchema, contractId: idSchema.optional() });
export const ReturnStepBody = z.strictObject({ on: civilDateSchema });

export const ReturnTaskOut = z.object({
  id: z.string(),
  clientId: z.string(),
  legalName: z.string(),
  contractId: z.string().nullable(),
  status: z.enum(['open', 'returned', 'destroyed']),
  returnedOn: z.string().nullable(),
  destroyedOn: z.string().nullable(),
  certificateSha256: z.string().nullable(),
  createdAt: z.string(),
});

export const RegisterQuery = z.strictObject({ format: z.enum(['json', 'csv', 'pdf']).default('json') });

export const RegisterRowOut = z.object({
  clientId: z.string(),
  client: z.string(),
  solution: z.string(),
  contracts: z.array(z.string()),
  dataCategories: z.string(),
  dataSubjects: z.string(),
  subProcessors: z.array(z.string()),
  transfersOutsideEu: z.array(z.string()),
  securityMeasures: z.string(),
});
export type RegisterRow = z.infer<typeof RegisterRowOut>;
