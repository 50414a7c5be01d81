import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, prefersMinimal, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { createCreditNote } from './credit-notes.ts';
import { createFromContract } from './create-from-contract.ts';
import { createManualInvoice } from './create-manual-invoice.ts';
import { deleteDraftInvoice } from './delete-draft-invoice.ts';
import { issueInvoice } from './issue-invoice.ts';
import { allInvoices, getInvoice, invoicePdf, listInvoicePage, newDraftDetail } from './read-invoices.ts';
import { invoiceExportColumns } from './invoice-export.ts';
import { toInvoiceRef } from './invoice-mapper.ts';
import { sendTable } from '../../http/table-export.ts';
import { sendInvoice } from './send-invoice.ts';
import { SendBody, SendResultOut } from '../shared/index.ts';
import {
  CreditNoteBody,
  FromContractBody,
  InvoiceDetailOut,
  InvoiceIdParams,
  InvoiceExportQuery,
  InvoiceListQuery,
  InvoiceRefOut,
  InvoiceSummary,
  ManualInvoiceBody,
} from './invoices.schemas.ts';

/** Accounting invoices (admins too); order administration drafts invoices from contracts. */
export const INVOICE_WRITERS: readonly Role[] = ['admin', 'accounting'];
const DRAFTERS: readonly Role[] = ['admin', 'accounting', 'order-admin'];
const STAFF_READERS: readonly Role[] = ['admin', 'accounting', 'order-admin', 'sales'];

/** Invoices and credit notes: staff see all, a client user only its company's issued ones. */
export function invoicesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/invoices',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['invoices'],
        summary: 'List invoices and credit notes (filters: draft, issued, due, overdue, paid)',
        querystring: InvoiceListQuery,
        response: { 200: z.object({ items: z.array(InvoiceSummary), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listInvoicePage(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/invoices/export',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['invoices'],
        summary:
          'The filtered invoices list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order (same filters and sort as the list)',
        querystring: InvoiceExportQuery,
      },
    },
    async (req, reply) => {
      const { format, lang, ...filters } = req.query;
      const rows = await allInvoices(ctx, actorOf(req), filters);
      return sendTable(reply, {
        format,
        basename: lang === 'fr' ? 'factures' : 'invoices',
        sheet: lang === 'fr' ? 'Factures' : 'Invoices',
        columns: invoiceExportColumns(lang),
        rows,
      });
    },
  );

  app.get(
    '/api/invoices/:id',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['invoices'],
        summary: 'One invoice with its lines, credit notes, payments, decisions and evidence',
        params: InvoiceIdParams,
        response: { 200: InvoiceDetailOut },
      },
    },
    async (req) => getInvoice(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/invoices/from-contract',
    {
      config: { access: DRAFTERS },
      schema: {
        tags: ['invoices'],
        summary:
          "Draft the invoice of a contract event (order, delivery, completion) from the contract's billing terms (art. 10.1)",
        body: FromContractBody,
        response: { 201: InvoiceDetailOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await createFromContract(ctx, actor, req.body);
      return reply.code(201).send(await getInvoice(ctx, actor, id));
    },
  );

  app.post(
    '/api/invoices',
    {
      config: { access: INVOICE_WRITERS },
      schema: {
        tags: ['invoices'],
        summary:
          'Draft a manual invoice (indemnities, repairs, shipping re-invoiced). With `Prefer: return=minimal` the answer is only what the draft fixed (id, status, total)',
        body: ManualInvoiceBody,
        response: { 201: z.union([InvoiceRefOut, InvoiceDetailOut]) },
      },
    },
    async (req, reply) => {
      const draft = await createManualInvoice(ctx, actorOf(req), req.body);
      if (!prefersMinimal(req)) return reply.code(201).send(newDraftDetail(ctx, draft));
      return reply.code(201).header('preference-applied', 'return=minimal').send(toInvoiceRef(draft.row));
    },
  );

  app.delete(
    '/api/invoices/:id',
    {
      config: { access: INVOICE_WRITERS },
      schema: {
        tags: ['invoices'],
        summary: 'Delete a draft (an issued invoice can never be deleted: 409)',
        params: InvoiceIdParams,
      },
    },
    async (req, reply) => {
      await deleteDraftInvoice(ctx, actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/invoices/:id/issue',
    {
      config: { access: INVOICE_WRITERS },
      schema: {
        tags: ['invoices'],
        summary:
          'Issue a draft: next gapless number, due date (art. 10.1), frozen and recorded in the evidence log; its Factur-X PDF is rendered and stored on first use (ADR 0031). With `Prefer: return=minimal` the answer is only what the issue fixed (number, dates, total)',
        params: InvoiceIdParams,
        response: { 200: z.union([InvoiceRefOut, InvoiceDetailOut]) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const issued = await issueInvoice(ctx, actor, req.params.id);
      if (!prefersMinimal(req)) return getInvoice(ctx, actor, req.params.id);
      return reply.header('preference-applied', 'return=minimal').send(issued);
    },
  );

  app.post(
    '/api/invoices/:id/credit-notes',
    {
      config: { access: INVOICE_WRITERS },
      schema: {
        tags: ['invoices'],
        summary: 'Draft a credit note correcting an issued invoice (never more than what remains of it)',
        params: InvoiceIdParams,
        body: CreditNoteBody,
        response: { 201: InvoiceDetailOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await createCreditNote(ctx, actor, req.params.id, req.body);
      return reply.code(201).send(await getInvoice(ctx, actor, id));
    },
  );

  app.get(
    '/api/invoices/:id/pdf',
    {
      config: { access: [...STAFF_READERS, 'client'] },
      schema: {
        tags: ['invoices'],
        summary: 'The Factur-X PDF of an issued invoice or credit note (CII XML embedded)',
        params: InvoiceIdParams,
      },
    },
    async (req, reply) => {
      const { bytes, filename } = await invoicePdf(ctx, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename.replace(/"/g, '')}"`)
        .send(Buffer.from(bytes));
    },
  );

  app.post(
    '/api/invoices/:id/send',
    {
      config: { access: INVOICE_WRITERS },
      schema: {
        tags: ['invoices'],
        summary:
          "Queue an e-mail of an issued invoice or credit note with its Factur-X PDF (default recipient: the client's billing address); the outbox delivers it, the evidence log keeps it",
        params: InvoiceIdParams,
        body: SendBody,
        response: { 200: SendResultOut },
      },
    },
    async (req) => sendInvoice(ctx, actorOf(req), req.params.id, req.body ?? {}),
  );
}
