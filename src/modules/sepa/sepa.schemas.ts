/** Request and response shapes of the `sepa` routes. */
import { z } from 'zod';
import { civilDateSchema } from '../../kernel/schemas.ts';

const id = z.string().min(1).max(100);
const scheme = z.enum(['CORE', 'B2B']);
const sequence = z.enum(['FRST', 'RCUR']);

export const IdParams = z.strictObject({ id });
export const RunFileParams = z.strictObject({ id, fileId: id });

export const CreateMandateBody = z.strictObject({
  /** The unique mandate reference (RUM); generated when absent. */
  reference: z.string().min(1).max(100).optional(),
  scheme,
  signedOn: civilDateSchema,
  /** Default: the client's legal name. */
  debtorName: z.string().min(1).max(200).optional(),
  debtorIban: z.string().min(1).max(60),
  debtorBic: z.string().max(20).nullable().optional(),
});

export const AmendMandateBody = z.strictObject({
  reference: z.string().min(1).max(100).optional(),
  debtorName: z.string().min(1).max(200).optional(),
  debtorIban: z.string().min(1).max(60).optional(),
  debtorBic: z.string().max(20).nullable().optional(),
  reason: z.string().trim().min(1).max(1000),
});

export const RevokeMandateBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

export const MandateOut = z.object({
  id: z.string(),
  clientId: z.string(),
  reference: z.string(),
  scheme,
  signedOn: z.string(),
  debtorName: z.string(),
  debtorIban: z.string(),
  debtorBic: z.string().nullable(),
  status: z.enum(['active', 'revoked']),
  revokedOn: z.string().nullable(),
  nextSequence: sequence,
  firstUsedOn: z.string().nullable(),
  lastUsedOn: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  amendments: z.array(
    z.object({
      version: z.number(),
      before: z.record(z.string(), z.unknown()),
      after: z.record(z.string(), z.unknown()),
      reason: z.string(),
      amendedAt: z.string(),
    }),
  ),
});

export const RunBody = z.strictObject({ dueBy: civilDateSchema });

const Skipped = z.object({
  invoiceId: z.string(),
  number: z.string().nullable(),
  clientName: z.string(),
  reason: z.string(),
  reasonFr: z.string(),
});

export const RunPreviewOut = z.object({
  dueBy: z.string(),
  today: z.string(),
  termsVersion: z.string(),
  article: z.literal('10.1'),
  preNotificationDays: z.number(),
  earliest: z.object({ CORE: z.string(), B2B: z.string() }),
  files: z.array(
    z.object({
      scheme,
      collectionDate: z.string(),
      count: z.number(),
      totalCents: z.number(),
      debits: z.array(
        z.object({
          invoiceId: z.string(),
          number: z.string(),
          clientId: z.string(),
          dueDate: z.string(),
          mandateReference: z.string(),
          sequence,
          amountCents: z.number(),
        }),
      ),
    }),
  ),
  count: z.number(),
  totalCents: z.number(),
  skipped: z.array(Skipped.extend({ clientId: z.string() })),
});

export const RunSummaryOut = z.object({
  id: z.string(),
  dueBy: z.string(),
  status: z.enum(['generated', 'sent']),
  count: z.number(),
  totalCents: z.number(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  skippedCount: z.number(),
});

export const RunOut = z.object({
  id: z.string(),
  dueBy: z.string(),
  status: z.enum(['generated', 'sent']),
  count: z.number(),
  totalCents: z.number(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  files: z.array(
    z.object({
      id: z.string(),
      scheme,
      collectionDate: z.string(),
      messageId: z.string(),
      filename: z.string(),
      count: z.number(),
      totalCents: z.number(),
    }),
  ),
  debits: z.array(
    z.object({
      id: z.string(),
      invoiceId: z.string(),
      number: z.string().nullable(),
      clientId: z.string(),
      clientName: z.string(),
      mandateReference: z.string(),
      sequence,
      amountCents: z.number(),
      collectionDate: z.string(),
      preNotifiedAt: z.string().nullable(),
      status: z.enum(['pending', 'returned']),
    }),
  ),
  skipped: z.array(Skipped),
});

export const ReturnBody = z.strictObject({
  paymentId: id.optional(),
  invoiceId: id.optional(),
  /** ISO 20022 return reason code (AC04, AM04, MD06, MS02…). */
  reasonCode: z.string().regex(/^[A-Z0-9]{4}$/, 'an ISO reason code of 4 letters or digits, such as AM04'),
  returnedOn: civilDateSchema,
});

export const ReturnStatementBody = z.strictObject({
  filename: z.string().min(1).max(255),
  xml: z.string().min(1).max(10_000_000),
});

export const ReturnOut = z.object({ returnId: z.string(), paymentId: z.string(), invoiceId: z.string().nullable() });

export const ReturnsFromStatementOut = z.object({
  recorded: z.array(ReturnOut.extend({ bankReference: z.string() })),
  ignored: z.array(z.object({ bankReference: z.string(), reason: z.string() })),
});

export const ReturnListOut = z.array(
  z.object({
    id: z.string(),
    paymentId: z.string(),
    invoiceId: z.string().nullable(),
    number: z.string().nullable(),
    reasonCode: z.string(),
    returnedOn: z.string(),
    source: z.enum(['bank', 'manual']),
    bankReference: z.string().nullable(),
    createdAt: z.string(),
  }),
);
