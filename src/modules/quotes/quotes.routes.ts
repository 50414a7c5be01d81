import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { createQuote } from './create-quote.ts';
import { deleteDraft } from './delete-draft.ts';
import { issueQuote } from './issue-quote.ts';
import { allQuotes, getQuote, listQuotePage, quotePdf } from './read-quotes.ts';
import { quoteExportColumns } from './quote-export.ts';
import { sendTable } from '../../http/table-export.ts';
import { reviseQuote } from './revise-quote.ts';
import { sendQuote } from './send-quote.ts';
import { updateQuote } from './update-quote.ts';
import { SendBody, SendResultOut } from '../shared/index.ts';
import {
  QuoteBody,
  QuoteDetailOut,
  QuoteExportQuery,
  QuoteIdParams,
  QuoteListQuery,
  QuoteOut,
  QuoteSummary,
} from './quotes.schemas.ts';

/** Sales build, issue and send quotes (admins too). */
export const QUOTE_WRITERS: readonly Role[] = ['admin', 'sales'];
/**
 * Who reads quotes (ADR 0015): the commercial roles, and the client its own. A quote is prices
 * through and through; the technician works from the contract's lines, the data protection
 * officer from the client's account.
 */
export const QUOTE_READERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting', 'client'];

/** Quotes: staff see all, a client user only its company's issued quotes (others are 404). */
export function quotesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/quotes',
    {
      config: { access: QUOTE_READERS },
      schema: {
        tags: ['quotes'],
        summary:
          'List quotes, one keyset page in the asked sort (filters: status, client, search, expiry dates, awaiting; a client user: its own, drafts excluded)',
        querystring: QuoteListQuery,
        response: { 200: z.object({ items: z.array(QuoteSummary), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listQuotePage(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/quotes/export',
    {
      config: { access: QUOTE_READERS },
      schema: {
        tags: ['quotes'],
        summary:
          'The filtered quotes list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order (same filters and sort)',
        querystring: QuoteExportQuery,
      },
    },
    async (req, reply) => {
      const { format, lang, ...filters } = req.query;
      return sendTable(reply, {
        format,
        basename: lang === 'fr' ? 'devis' : 'quotes',
        sheet: lang === 'fr' ? 'Devis' : 'Quotes',
        columns: quoteExportColumns(lang),
        rows: await allQuotes(ctx, actorOf(req), filters),
      });
    },
  );

  app.post(
    '/api/quotes',
    {
      config: { access: QUOTE_WRITERS },
      schema: {
        tags: ['quotes'],
        summary: 'Create a draft quote; lines copy label, SKU and price from the catalogue (art. 9.1)',
        body: QuoteBody,
        response: { 201: z.object({ quote: QuoteOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ quote: await createQuote(ctx, actorOf(req), req.body) }),
  );

  app.get(
    '/api/quotes/:id',
    {
      config: { access: QUOTE_READERS },
      schema: {
        tags: ['quotes'],
        summary: 'One quote with its lines, decisions and evidence',
        params: QuoteIdParams,
        response: { 200: QuoteDetailOut },
      },
    },
    async (req) => getQuote(ctx, actorOf(req), req.params.id),
  );

  app.put(
    '/api/quotes/:id',
    {
      config: { access: QUOTE_WRITERS },
      schema: {
        tags: ['quotes'],
        summary: 'Replace a draft (an issued quote never changes: 409 quote.not_draft)',
        params: QuoteIdParams,
        body: QuoteBody,
        response: { 200: z.object({ quote: QuoteOut }) },
      },
    },
    async (req) => ({ quote: await updateQuote(ctx, actorOf(req), req.params.id, req.body) }),
  );

  app.delete(
    '/api/quotes/:id',
    {
      config: { access: QUOTE_WRITERS },
      schema: {
        tags: ['quotes'],
        summary: 'Delete a draft (an issued quote is kept: 409 quote.not_draft)',
        params: QuoteIdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteDraft(ctx, actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/quotes/:id/issue',
    {
      config: { access: QUOTE_WRITERS },
      schema: {
        tags: ['quotes'],
        summary: 'Issue a draft: number, terms version, validity (art. 3.1), PDF in the evidence log',
        params: QuoteIdParams,
        response: { 200: z.object({ quote: QuoteOut }) },
      },
    },
    async (req) => ({ quote: await issueQuote(ctx, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/quotes/:id/revise',
    {
      config: { access: QUOTE_WRITERS },
      schema: {
        tags: ['quotes'],
        summary: 'Start a new version (a draft); issuing it supersedes this one',
        params: QuoteIdParams,
        response: { 201: z.object({ quote: QuoteOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ quote: await reviseQuote(ctx, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/quotes/:id/send',
    {
      config: { access: QUOTE_WRITERS },
      schema: {
        tags: ['quotes'],
        summary:
          'Queue an e-mail of an issued quote with its PDF (default recipient: the designated contact); the outbox delivers it, the evidence log keeps it',
        params: QuoteIdParams,
        body: SendBody,
        response: { 200: SendResultOut },
      },
    },
    async (req) => sendQuote(ctx, actorOf(req), req.params.id, req.body ?? {}),
  );

  app.get(
    '/api/quotes/:id/pdf',
    {
      config: { access: QUOTE_READERS },
      schema: {
        tags: ['quotes'],
        summary: 'The issued quote PDF, as stored in the evidence log',
        params: QuoteIdParams,
      },
    },
    async (req, reply) => {
      const { bytes, filename } = await quotePdf(ctx, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename.replace(/"/g, '')}"`)
        .send(Buffer.from(bytes));
    },
  );
}
