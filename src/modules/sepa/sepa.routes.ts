/** SEPA direct debit (art. 10.1): mandates, collection runs and their pain.008 files, returned debits. */
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { generateRun } from './generate-run.ts';
import { mandatePdf } from './mandate-pdf.ts';
import { amendMandate, createMandate, getMandate, listMandates, revokeMandate } from './mandates.ts';
import { previewRun } from './preview-run.ts';
import { listReturns, recordReturn, recordReturnsFromStatement } from './record-return.ts';
import { getRun, listRuns, markRunSent, runFile } from './runs.ts';
import {
  AmendMandateBody,
  CreateMandateBody,
  IdParams,
  MandateOut,
  ReturnBody,
  ReturnListOut,
  ReturnOut,
  ReturnsFromStatementOut,
  ReturnStatementBody,
  RevokeMandateBody,
  RunBody,
  RunFileParams,
  RunOut,
  RunPreviewOut,
  RunSummaryOut,
} from './sepa.schemas.ts';
import { z } from 'zod';

const READERS = ['admin', 'accounting', 'sales'] as const;
const WRITERS = ['admin', 'accounting'] as const;

export function sepaRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/clients/:id/sepa-mandates',
    {
      config: { access: READERS },
      schema: {
        tags: ['sepa'],
        summary: 'The SEPA mandates of a client, with their amendments',
        params: IdParams,
        response: { 200: z.array(MandateOut) },
      },
    },
    async (req) => listMandates(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/api/clients/:id/sepa-mandates',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary: 'Record a SEPA mandate signed by the client (UMR unique, IBAN and BIC checked)',
        params: IdParams,
        body: CreateMandateBody,
        response: { 201: MandateOut },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createMandate(ctx, actorOf(req), { ...req.body, clientId: req.params.id })),
  );
  app.get(
    '/api/sepa/mandates/:id',
    {
      config: { access: READERS },
      schema: { tags: ['sepa'], summary: 'A SEPA mandate', params: IdParams, response: { 200: MandateOut } },
    },
    async (req) => getMandate(ctx, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/sepa/mandates/:id',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary: 'Amend a mandate (reference, debtor name or account); the previous values are kept',
        params: IdParams,
        body: AmendMandateBody,
        response: { 200: MandateOut },
      },
    },
    async (req) => amendMandate(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/sepa/mandates/:id/revoke',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary: 'Revoke a mandate',
        params: IdParams,
        body: RevokeMandateBody,
        response: { 200: MandateOut },
      },
    },
    async (req) => revokeMandate(ctx, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/sepa/mandates/:id/pdf',
    {
      config: { access: WRITERS },
      schema: { tags: ['sepa'], summary: 'The mandate form for the debtor to sign (PDF)', params: IdParams },
    },
    async (req, reply) => {
      const pdf = await mandatePdf(ctx, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${pdf.filename.replace(/"/g, '')}"`)
        .send(Buffer.from(pdf.bytes));
    },
  );

  app.post(
    '/api/sepa/collection-runs/preview',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary:
          'What a collection run would collect: the direct-debit invoices due by the date, grouped by scheme and collection date (delays of art. 10.1), FRST/RCUR, and the invoices skipped; writes nothing',
        body: RunBody,
        response: { 200: RunPreviewOut },
      },
    },
    async (req) => previewRun(ctx, actorOf(req), req.body.dueBy),
  );
  app.post(
    '/api/sepa/collection-runs',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary:
          'Generate a collection run: one pain.008.001.02 file per scheme and collection date, and the pre-notification of each debtor',
        body: RunBody,
        response: { 201: RunOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await generateRun(ctx, actor, req.body.dueBy);
      return reply.code(201).send(await getRun(ctx, actor, id));
    },
  );
  app.get(
    '/api/sepa/collection-runs',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary: 'The collection runs, newest first',
        response: { 200: z.array(RunSummaryOut) },
      },
    },
    async (req) => listRuns(ctx, actorOf(req)),
  );
  app.get(
    '/api/sepa/collection-runs/:id',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary: 'A collection run: files, debits, skipped invoices',
        params: IdParams,
        response: { 200: RunOut },
      },
    },
    async (req) => getRun(ctx, actorOf(req), req.params.id),
  );
  app.get(
    '/api/sepa/collection-runs/:id/files/:fileId',
    {
      config: { access: WRITERS },
      schema: { tags: ['sepa'], summary: 'Download a pain.008.001.02 file of a run', params: RunFileParams },
    },
    async (req, reply) => {
      const file = await runFile(ctx, actorOf(req), req.params.id, req.params.fileId);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename.replace(/"/g, '')}"`)
        .send(file.xml);
    },
  );
  app.post(
    '/api/sepa/collection-runs/:id/mark-sent',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary:
          'Mark a run sent to the bank; refused while a pre-notification is not accepted by the mail transport (art. 10.1)',
        params: IdParams,
        response: { 200: RunOut },
      },
    },
    async (req) => markRunSent(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/api/sepa/returns',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary: 'The returned direct debits (R-transactions)',
        response: { 200: ReturnListOut },
      },
    },
    async (req) => listReturns(ctx, actorOf(req)),
  );
  app.post(
    '/api/sepa/returns',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary:
          'Record a returned direct debit by hand: the payment is reversed, the invoice open again (art. 10.3 applies)',
        body: ReturnBody,
        response: { 201: ReturnOut },
      },
    },
    async (req, reply) => reply.code(201).send(await recordReturn(ctx, actorOf(req), req.body)),
  );
  app.post(
    '/api/sepa/returns/statement',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['sepa'],
        summary: 'Record the returned direct debits of a camt.053 statement (entries with a return reason), once each',
        body: ReturnStatementBody,
        response: { 200: ReturnsFromStatementOut },
      },
    },
    async (req) => recordReturnsFromStatement(ctx, actorOf(req), req.body.xml),
  );
}
