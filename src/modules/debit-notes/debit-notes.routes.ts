import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import {
  CreateDebitNoteBody,
  DebitNoteDetailOut,
  DebitNoteExportQuery,
  DebitNoteIdParams,
  DebitNoteListQuery,
  DebitNotePreviewOut,
  DebitNoteSummary,
} from './debit-notes.schemas.ts';
import { issueDebitNoteOnDemand } from './issue-debit-note.ts';
import { previewDebitNote } from './preview-debit-note.ts';
import { allDebitNotes, debitNotePdf, getDebitNote, listDebitNotePage } from './read-debit-notes.ts';
import { debitNoteExportColumns } from './debit-note-export.ts';
import { sendTable } from '../../http/table-export.ts';
import { sendDebitNote } from './send-debit-note.ts';
import { SendBody, SendResultOut } from '../shared/index.ts';

export const DEBIT_NOTE_WRITERS: readonly Role[] = ['admin', 'accounting'];
const READERS: readonly Role[] = ['admin', 'accounting', 'order-admin', 'sales', 'client'];

/** Debit notes (notes de débit): late-payment interest and the EUR 40, no VAT (art. 10.3; R11). */
export function debitNotesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/debit-notes',
    {
      config: { access: READERS },
      schema: {
        tags: ['debit-notes'],
        summary:
          'List debit notes (a client user sees its own); filters, sort by number, client, issue date, amount or status; keyset paged',
        querystring: DebitNoteListQuery,
        response: { 200: z.object({ items: z.array(DebitNoteSummary), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listDebitNotePage(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/debit-notes/export',
    {
      config: { access: READERS },
      schema: {
        tags: ['debit-notes'],
        summary: 'The filtered debit notes list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order',
        querystring: DebitNoteExportQuery,
      },
    },
    async (req, reply) => {
      const { format, lang, ...filters } = req.query;
      return sendTable(reply, {
        format,
        basename: lang === 'fr' ? 'notes-de-debit' : 'debit-notes',
        sheet: lang === 'fr' ? 'Notes de débit' : 'Debit notes',
        columns: debitNoteExportColumns(lang),
        rows: await allDebitNotes(ctx, actorOf(req), filters),
      });
    },
  );

  app.post(
    '/api/debit-notes/preview',
    {
      config: { access: DEBIT_NOTE_WRITERS },
      schema: {
        tags: ['debit-notes'],
        summary:
          'What POST /api/debit-notes would claim today, invoice by invoice (days late, interest, indemnity), without issuing anything; 409 when nothing is left to claim',
        body: CreateDebitNoteBody,
        response: { 200: DebitNotePreviewOut },
      },
    },
    async (req) => previewDebitNote(ctx, actorOf(req), req.body),
  );

  app.post(
    '/api/debit-notes',
    {
      config: { access: DEBIT_NOTE_WRITERS },
      schema: {
        tags: ['debit-notes'],
        summary:
          "Claim on a debit note what has accrued today on the client's late invoices: interest not yet claimed and the EUR 40 once per invoice (art. 10.3); 409 when nothing is left to claim",
        body: CreateDebitNoteBody,
        response: { 201: DebitNoteDetailOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { id } = await issueDebitNoteOnDemand(ctx, actor, req.body);
      return reply.code(201).send(await getDebitNote(ctx, actor, id));
    },
  );

  app.get(
    '/api/debit-notes/:id',
    {
      config: { access: READERS },
      schema: {
        tags: ['debit-notes'],
        summary: 'One debit note with its rows and the decisions they claim from',
        params: DebitNoteIdParams,
        response: { 200: DebitNoteDetailOut },
      },
    },
    async (req) => getDebitNote(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/api/debit-notes/:id/pdf',
    {
      config: { access: READERS },
      schema: {
        tags: ['debit-notes'],
        summary: 'The debit note PDF, as stored in the evidence log',
        params: DebitNoteIdParams,
      },
    },
    async (req, reply) => {
      const { bytes, filename } = await debitNotePdf(ctx, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename.replace(/"/g, '')}"`)
        .send(Buffer.from(bytes));
    },
  );

  app.post(
    '/api/debit-notes/:id/send',
    {
      config: { access: DEBIT_NOTE_WRITERS },
      schema: {
        tags: ['debit-notes'],
        summary:
          "Queue an e-mail of the debit note with its PDF (default recipient: the client's billing address); the outbox delivers it, the evidence log keeps it",
        params: DebitNoteIdParams,
        body: SendBody,
        response: { 200: SendResultOut },
      },
    },
    async (req) => sendDebitNote(ctx, actorOf(req), req.params.id, req.body ?? {}),
  );
}
