import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { UPLOAD_BODY_LIMIT } from '../shared/index.ts';
import { listBreaches } from './breach-out.ts';
import { notifyBreachClients } from './notify-breach-clients.ts';
import { recordBreach } from './record-breach.ts';
import { recordCnilNotification } from './record-cnil-notification.ts';
import { changeSubProcessor } from './change-sub-processor.ts';
import { openReturnTask } from './open-return-task.ts';
import { recordDataDestroyed } from './record-data-destroyed.ts';
import { recordDataReturned } from './record-data-returned.ts';
import { listReturnTasks, returnTaskCertificate } from './return-task.ts';
import { listAudits } from './list-audits.ts';
import { listSubProcessors } from './list-sub-processors.ts';
import { IdParams } from './privacy.schemas.ts';
import { exportRegister } from './export-register.ts';
import { processingRegister } from './processing-register.ts';
import {
  AuditBody,
  AuditOut,
  AuditReportBody,
  BreachBody,
  BreachOut,
  ChangeOut,
  CnilBody,
  RegisterQuery,
  RegisterRowOut,
  ReturnStepBody,
  ReturnTaskBody,
  ReturnTaskOut,
  SubProcessorBody,
  SubProcessorOut,
} from './processor.schemas.ts';
import { PRIVACY_STAFF } from './privacy.routes.ts';
import { requestAudit } from './request-audit.ts';
import { storeAuditReport } from './store-audit-report.ts';

/** ALLEO as processor of its clients' data (annex; GDPR art. 28, 30(2), 33). */
export function processorRoutes(app: App, ctx: AppContext) {
  const tags = ['privacy'];
  app.get(
    '/api/privacy/register',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'Register of processing carried out as processor (art. 30(2)): JSON, CSV or PDF',
        querystring: RegisterQuery,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (req.query.format !== 'json') {
        const out = await exportRegister(ctx, actor, req.query.format);
        return reply
          .type(out.mediaType)
          .header('content-disposition', `attachment; filename="${out.filename}"`)
          .send(typeof out.body === 'string' ? out.body : Buffer.from(out.body));
      }
      const rows = await processingRegister(ctx, actor);
      return { items: z.array(RegisterRowOut).parse(rows) };
    },
  );

  app.get(
    '/api/privacy/sub-processors',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'Sub-processors and their notices',
        response: { 200: z.object({ items: z.array(SubProcessorOut) }) },
      },
    },
    async (req) => ({ items: await listSubProcessors(ctx, actorOf(req)) }),
  );

  app.post(
    '/api/privacy/sub-processors',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary:
          'Add or replace a sub-processor: every client using its solutions gets the notice (e-mail, evidence, objection period)',
        body: SubProcessorBody,
        response: { 201: ChangeOut },
      },
    },
    async (req, reply) => reply.code(201).send(await changeSubProcessor(ctx, actorOf(req), req.body)),
  );

  app.get(
    '/api/privacy/breaches',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'Personal-data breaches, with the 48 h flag and the 72 h CNIL deadline',
        response: { 200: z.object({ items: z.array(BreachOut) }) },
      },
    },
    async (req) => ({ items: await listBreaches(ctx, actorOf(req)) }),
  );

  app.post(
    '/api/privacy/breaches',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'Record a personal-data breach (GDPR art. 33(5))',
        body: BreachBody,
        response: { 201: z.object({ breach: BreachOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ breach: await recordBreach(ctx, actorOf(req), req.body) }),
  );

  app.post(
    '/api/privacy/breaches/:id/notify-clients',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'Notify the affected clients by e-mail, kept as evidence',
        params: IdParams,
        response: { 200: z.object({ breach: BreachOut }) },
      },
    },
    async (req) => ({ breach: await notifyBreachClients(ctx, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/privacy/breaches/:id/cnil',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'Record the notification to the CNIL (own breaches)',
        params: IdParams,
        body: CnilBody,
        response: { 200: z.object({ breach: BreachOut }) },
      },
    },
    async (req) => ({ breach: await recordCnilNotification(ctx, actorOf(req), req.params.id, req.body.notifiedAt) }),
  );

  app.get(
    '/api/privacy/audits',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: "Clients' audits of ALLEO as processor",
        response: { 200: z.object({ items: z.array(AuditOut) }) },
      },
    },
    async (req) => ({ items: await listAudits(ctx, actorOf(req)) }),
  );

  app.post(
    '/api/privacy/audits',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'Record an audit request; a second inside 12 months is refused (annex)',
        body: AuditBody,
        response: { 201: z.object({ audit: AuditOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ audit: await requestAudit(ctx, actorOf(req), req.body) }),
  );

  app.post(
    '/api/privacy/audits/:id/report',
    {
      config: { access: PRIVACY_STAFF },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        summary: "Store the audit's report (evidence)",
        params: IdParams,
        body: AuditReportBody,
        response: { 200: z.object({ audit: AuditOut }) },
      },
    },
    async (req) => ({ audit: await storeAuditReport(ctx, actorOf(req), req.params.id, req.body.report) }),
  );

  app.get(
    '/api/privacy/return-tasks',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'End-of-contract return and destruction tasks',
        response: { 200: z.object({ items: z.array(ReturnTaskOut) }) },
      },
    },
    async (req) => ({ items: await listReturnTasks(ctx, actorOf(req)) }),
  );

  app.post(
    '/api/privacy/return-tasks',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: "Open the return-then-destruction task of a client's data",
        body: ReturnTaskBody,
        response: { 201: z.object({ task: ReturnTaskOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ task: await openReturnTask(ctx, actorOf(req), req.body) }),
  );

  app.post(
    '/api/privacy/return-tasks/:id/returned',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'The data was returned to the client',
        params: IdParams,
        body: ReturnStepBody,
        response: { 200: z.object({ task: ReturnTaskOut }) },
      },
    },
    async (req) => ({ task: await recordDataReturned(ctx, actorOf(req), req.params.id, req.body.on) }),
  );

  app.post(
    '/api/privacy/return-tasks/:id/destroyed',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags,
        summary: 'Every copy was destroyed: the certificate is produced',
        params: IdParams,
        body: ReturnStepBody,
        response: { 200: z.object({ task: ReturnTaskOut }) },
      },
    },
    async (req) => ({ task: await recordDataDestroyed(ctx, actorOf(req), req.params.id, req.body.on) }),
  );

  app.get(
    '/api/privacy/return-tasks/:id/certificate',
    {
      config: { access: PRIVACY_STAFF },
      schema: { tags, summary: 'The certificate of return and destruction (PDF)', params: IdParams },
    },
    async (req, reply) => {
      const { bytes, filename } = await returnTaskCertificate(ctx, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename.replace(/"/g, '')}"`)
        .send(Buffer.from(bytes));
    },
  );
}
