import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { answerRequest } from './answer-request.ts';
import { exportSubjectData } from './export-subject-data.ts';
import { extendRequest } from './extend-request.ts';
import { liftRestriction } from './lift-restriction.ts';
import { PERSONAL_DATA_INVENTORY } from './inventory.ts';
import { overrideRelationshipEnd } from './override-relationship-end.ts';
import { portalExport } from './portal-export.ts';
import {
  AnswerBody,
  CreateRequestBody,
  ExportQuery,
  ExtendBody,
  IdentityBody,
  IdParams,
  InventoryItemOut,
  ListRequestsQuery,
  PortalExportQuery,
  PortalRequestBody,
  RelationshipOverrideBody,
  RequestOut,
  RetentionRowOut,
  SettingsBody,
  SettingsOut,
} from './privacy.schemas.ts';
import { getRequest, listMyRequests, listRequests } from './read-requests.ts';
import { recordPortalRequest, recordRequest } from './record-request.ts';
import { retentionCalendar } from './retention-calendar.ts';
import { getPrivacySettings, setPrivacySettings } from './settings.ts';
import { setIdentityStatus } from './verify-identity.ts';

/** Personal data leaves, and requests are handled, by the administrators and the data protection officer only. */
export const PRIVACY_STAFF: readonly Role[] = ['admin', 'dpo'];

const RequestBody = z.object({ request: RequestOut });

/** Personal data (art. 17, GDPR): inventory, retention calendar, exports, data-subject requests. */
export function privacyRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/privacy/inventory',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: 'Every column and document holding personal data, with its legal basis and retention (art. 17.1)',
        response: { 200: z.object({ items: z.array(InventoryItemOut) }) },
      },
    },
    async () => ({ items: [...PERSONAL_DATA_INVENTORY] }),
  );

  app.get(
    '/api/privacy/retention',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary:
          'Retention calendar: per client, the end of the relationship, retainUntil and the erasure day (art. 17.2)',
        response: { 200: z.object({ items: z.array(RetentionRowOut) }) },
      },
    },
    async (req) => ({ items: await retentionCalendar(ctx, actorOf(req)) }),
  );

  app.put(
    '/api/privacy/clients/:id/relationship-end',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: 'Override the derived end of the relationship, with a reason (null: back to the derived end)',
        params: IdParams,
        body: RelationshipOverrideBody,
        response: { 200: z.object({ items: z.array(RetentionRowOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await overrideRelationshipEnd(ctx, actor, req.params.id, req.body.endedOn, req.body.reason);
      return { items: (await retentionCalendar(ctx, actor)).filter((r) => r.clientId === req.params.id) };
    },
  );

  app.get(
    '/api/privacy/settings',
    {
      config: { access: PRIVACY_STAFF },
      schema: { tags: ['privacy'], summary: 'Privacy settings', response: { 200: SettingsOut } },
    },
    async (req) => getPrivacySettings(ctx, actorOf(req).orgId),
  );

  app.put(
    '/api/privacy/settings',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: 'Set how long login failures (e-mail, IP) are kept: 1 to 365 days',
        body: SettingsBody,
        response: { 200: SettingsOut },
      },
    },
    async (req) => setPrivacySettings(ctx, actorOf(req), req.body.connectionLogRetentionDays),
  );

  app.get(
    '/api/privacy/subject-export',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: 'What we hold about this person (JSON or PDF); each export is logged in the evidence chain',
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const out = await exportSubjectData(ctx, actorOf(req), req.query.email, req.query.format);
      return reply
        .type(out.mediaType)
        .header('content-disposition', `attachment; filename="${out.filename}"`)
        .send(Buffer.from(out.pdf ?? out.json));
    },
  );

  app.get(
    '/api/privacy/requests',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: 'Data-subject requests; dueSoon=true: the open ones due within 7 days or overdue',
        querystring: ListRequestsQuery,
        response: { 200: z.object({ items: z.array(RequestOut) }) },
      },
    },
    async (req) => ({ items: await listRequests(ctx, actorOf(req), req.query) }),
  );

  app.post(
    '/api/privacy/requests',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: 'Record a request received by e-mail or letter (art. 17.3); due one month after receipt',
        body: CreateRequestBody,
        response: { 201: RequestBody },
      },
    },
    async (req, reply) => reply.code(201).send({ request: await recordRequest(ctx, actorOf(req), req.body) }),
  );

  app.get(
    '/api/privacy/requests/:id',
    {
      config: { access: PRIVACY_STAFF },
      schema: { tags: ['privacy'], summary: 'One request', params: IdParams, response: { 200: RequestBody } },
    },
    async (req) => ({ request: await getRequest(ctx, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/privacy/requests/:id/identity',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: "Record the outcome of the requester's identity check (GDPR art. 12(6))",
        params: IdParams,
        body: IdentityBody,
        response: { 200: RequestBody },
      },
    },
    async (req) => ({ request: await setIdentityStatus(ctx, actorOf(req), req.params.id, req.body.status) }),
  );

  app.post(
    '/api/privacy/requests/:id/extend',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: 'Extend the deadline by two months with a reason; the letter is stored as evidence (GDPR art. 12(3))',
        params: IdParams,
        body: ExtendBody,
        response: { 200: RequestBody },
      },
    },
    async (req) => ({ request: await extendRequest(ctx, actorOf(req), req.params.id, req.body.reason) }),
  );

  app.post(
    '/api/privacy/requests/:id/answer',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary: 'Answer or refuse; an erasure answered erases what is not legally retained and says what is kept',
        params: IdParams,
        body: AnswerBody,
        response: { 200: RequestBody },
      },
    },
    async (req) => ({ request: await answerRequest(ctx, actorOf(req), req.params.id, req.body) }),
  );

  app.post(
    '/api/privacy/requests/:id/lift',
    {
      config: { access: PRIVACY_STAFF },
      schema: {
        tags: ['privacy'],
        summary:
          'Lift a restriction in force, with a reason; the letter telling the person is stored as evidence (GDPR art. 18(3))',
        params: IdParams,
        body: ExtendBody,
        response: { 200: RequestBody },
      },
    },
    async (req) => ({ request: await liftRestriction(ctx, actorOf(req), req.params.id, req.body.reason) }),
  );

  // Portal: the client user's own requests only.

  app.get(
    '/api/portal/privacy/requests',
    {
      config: { access: ['client'] },
      schema: {
        tags: ['privacy'],
        summary: 'My requests about my personal data',
        response: { 200: z.object({ items: z.array(RequestOut) }) },
      },
    },
    async (req) => ({ items: await listMyRequests(ctx, actorOf(req)) }),
  );

  app.post(
    '/api/portal/privacy/requests',
    {
      config: { access: ['client'] },
      schema: {
        tags: ['privacy'],
        summary: 'Make a request about my personal data (art. 17.3)',
        body: PortalRequestBody,
        response: { 201: RequestBody },
      },
    },
    async (req, reply) => reply.code(201).send({ request: await recordPortalRequest(ctx, actorOf(req), req.body) }),
  );

  app.get(
    '/api/portal/privacy/requests/:id',
    {
      config: { access: ['client'] },
      schema: { tags: ['privacy'], summary: 'One of my requests', params: IdParams, response: { 200: RequestBody } },
    },
    async (req) => ({ request: await getRequest(ctx, actorOf(req), req.params.id) }),
  );

  app.get(
    '/api/portal/privacy/requests/:id/export',
    {
      config: { access: ['client'] },
      schema: {
        tags: ['privacy'],
        summary: 'Download my data once my access request is answered (JSON or PDF); logged in the evidence chain',
        params: IdParams,
        querystring: PortalExportQuery,
      },
    },
    async (req, reply) => {
      const out = await portalExport(ctx, actorOf(req), req.params.id, req.query.format);
      return reply
        .type(out.mediaType)
        .header('content-disposition', `attachment; filename="${out.filename}"`)
        .send(Buffer.from(out.pdf ?? out.json));
    },
  );
}
