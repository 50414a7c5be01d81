import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { clientStatement, portalStatement } from './account-statement.ts';
import { allocateCredit } from './allocate-credit.ts';
import { confirmLine, ignoreLine } from './bank-line-actions.ts';
import { importStatement } from './import-statement.ts';
import { getImport, listImports } from './read-bank-imports.ts';
import { allPayments, getPayment, listPaymentPage } from './read-payments.ts';
import { paymentExportColumns } from './payment-export.ts';
import { sendTable } from '../../http/table-export.ts';
import { recordPayment } from './record-payment.ts';
import { reversePayment } from './reverse-payment.ts';
import { statementPdf } from './statement-pdf.ts';
import {
  AllocateBody,
  BANK_IMPORT_BODY_LIMIT,
  BankImportBody,
  BankImportDetailOut,
  BankImportListQuery,
  BankImportParams,
  BankImportSummary,
  BankLineParams,
  ConfirmLineBody,
  PaymentBody,
  PaymentDetailOut,
  PaymentIdParams,
  PaymentExportQuery,
  PaymentListQuery,
  PaymentOut,
  ReverseBody,
  StatementOut,
  StatementParams,
  StatementQuery,
} from './payments.schemas.ts';

/** Accounting records payments and imports bank statements (admins too). */
export const PAYMENT_WRITERS: readonly Role[] = ['admin', 'accounting'];
const STAFF_READERS: readonly Role[] = ['admin', 'accounting', 'order-admin', 'sales'];

/** Payments, bank statement imports and client account statements. */
export function paymentsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/payments',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['payments'],
        summary:
          "List payments received (a client user: its own company's); filters, sort by received date, client, amount, means or reference; keyset paged",
        querystring: PaymentListQuery,
        response: { 200: z.object({ items: z.array(PaymentOut), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listPaymentPage(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/payments/export',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['payments'],
        summary: 'The filtered payments list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order',
        querystring: PaymentExportQuery,
      },
    },
    async (req, reply) => {
      const { format, lang, ...filters } = req.query;
      return sendTable(reply, {
        format,
        basename: lang === 'fr' ? 'paiements' : 'payments',
        sheet: lang === 'fr' ? 'Paiements' : 'Payments',
        columns: paymentExportColumns(lang),
        rows: await allPayments(ctx, actorOf(req), filters),
      });
    },
  );

  app.get(
    '/api/payments/:id',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['payments'],
        summary: 'One payment with its allocations',
        params: PaymentIdParams,
        response: { 200: PaymentDetailOut },
      },
    },
    async (req) => getPayment(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/payments',
    {
      config: { access: PAYMENT_WRITERS },
      schema: {
        tags: ['payments'],
        summary:
          'Record a payment received (R3: counts on the date the funds were received); allocated as given or to the oldest due invoices first',
        body: PaymentBody,
        response: { 201: PaymentDetailOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await recordPayment(ctx, actor, req.body);
      return reply.code(201).send(await getPayment(ctx, actor, id));
    },
  );

  app.post(
    '/api/payments/:id/allocations',
    {
      config: { access: PAYMENT_WRITERS },
      schema: {
        tags: ['payments'],
        summary: "Allocate what a payment left as the client's credit",
        params: PaymentIdParams,
        body: AllocateBody,
        response: { 200: PaymentDetailOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await allocateCredit(ctx, actor, req.params.id, req.body.allocations);
      return getPayment(ctx, actor, req.params.id);
    },
  );

  app.post(
    '/api/payments/:id/reverse',
    {
      config: { access: PAYMENT_WRITERS },
      schema: {
        tags: ['payments'],
        summary: 'Reverse a payment taken back by the bank (bounced direct debit): its invoices are open again',
        params: PaymentIdParams,
        body: ReverseBody,
        response: { 200: PaymentDetailOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await reversePayment(ctx, actor, req.params.id, req.body);
      return getPayment(ctx, actor, req.params.id);
    },
  );

  app.get(
    '/api/bank-imports',
    {
      config: { access: PAYMENT_WRITERS },
      schema: {
        tags: ['payments'],
        summary: 'Bank statement imports, most recent first',
        querystring: BankImportListQuery,
        response: { 200: z.object({ items: z.array(BankImportSummary) }) },
      },
    },
    async (req) => ({ items: await listImports(ctx, actorOf(req), req.query.limit) }),
  );

  app.post(
    '/api/bank-imports',
    {
      config: { access: PAYMENT_WRITERS },
      bodyLimit: BANK_IMPORT_BODY_LIMIT,
      schema: {
        tags: ['payments'],
        summary:
          'Import a bank statement CSV (date, amount, label, reference): a match is proposed for each credit; a file is imported once',
        body: BankImportBody,
        response: { 201: BankImportDetailOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await importStatement(ctx, actor, req.body);
      return reply.code(201).send(await getImport(ctx, actor, id));
    },
  );

  app.get(
    '/api/bank-imports/:id',
    {
      config: { access: PAYMENT_WRITERS },
      schema: {
        tags: ['payments'],
        summary: 'One import with its lines and proposed matches',
        params: BankImportParams,
        response: { 200: BankImportDetailOut },
      },
    },
    async (req) => getImport(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/bank-imports/:id/lines/:lineId/confirm',
    {
      config: { access: PAYMENT_WRITERS },
      schema: {
        tags: ['payments'],
        summary:
          'Confirm a line (optionally correcting client and allocations): records the payment received by transfer on the line date',
        params: BankLineParams,
        body: ConfirmLineBody,
        response: { 200: PaymentDetailOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const paymentId = await confirmLine(ctx, actor, req.params.id, req.params.lineId, req.body ?? {});
      return getPayment(ctx, actor, paymentId);
    },
  );

  app.post(
    '/api/bank-imports/:id/lines/:lineId/ignore',
    {
      config: { access: PAYMENT_WRITERS },
      schema: {
        tags: ['payments'],
        summary: 'Ignore a line (not a client payment)',
        params: BankLineParams,
        response: { 200: BankImportDetailOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await ignoreLine(ctx, actor, req.params.id, req.params.lineId);
      return getImport(ctx, actor, req.params.id);
    },
  );

  app.get(
    '/api/clients/:id/statement',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['payments'],
        summary: "The client's account statement as of a date (default today)",
        params: StatementParams,
        querystring: StatementQuery,
        response: { 200: StatementOut },
      },
    },
    async (req) => clientStatement(ctx, actorOf(req), req.params.id, req.query.asOf),
  );

  app.get(
    '/api/clients/:id/statement.pdf',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['payments'],
        summary: 'The account statement as a PDF (relevé de compte)',
        params: StatementParams,
        querystring: StatementQuery,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { bytes, filename } = await statementPdf(
        ctx,
        actor,
        await clientStatement(ctx, actor, req.params.id, req.query.asOf),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(Buffer.from(bytes));
    },
  );

  app.get(
    '/api/portal/statement',
    {
      config: { access: ['client'] },
      schema: {
        tags: ['portal'],
        summary: "The client user's own account statement",
        querystring: StatementQuery,
        response: { 200: StatementOut },
      },
    },
    async (req) => portalStatement(ctx, actorOf(req), req.query.asOf),
  );

  app.get(
    '/api/portal/statement.pdf',
    {
      config: { access: ['client'] },
      schema: {
        tags: ['portal'],
        summary: "The client user's own account statement as a PDF",
        querystring: StatementQuery,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { bytes, filename } = await statementPdf(ctx, actor, await portalStatement(ctx, actor, req.query.asOf));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(Buffer.from(bytes));
    },
  );
}
