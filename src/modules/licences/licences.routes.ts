import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { DecisionBody } from '../shared/index.ts';
import { getLicence, listLicences } from './read-licences.ts';
import { recordUsage } from './record-usage.ts';
import { LicenceIdParams, LicenceListQuery, LicenceOut, RecordUsageBody } from './licences.schemas.ts';

/** Licences of virtualized solutions (art. 8, 14): read by staff and by the client they belong to. */
export function licencesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/licences',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['licences'],
        summary: 'List licences (a client user: its own)',
        querystring: LicenceListQuery,
        response: { 200: z.object({ items: z.array(LicenceOut) }) },
      },
    },
    async (req) => ({ items: await listLicences(ctx, actorOf(req), req.query) }),
  );

  app.get(
    '/api/licences/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['licences'],
        summary: 'One licence with its usage reports',
        params: LicenceIdParams,
        response: { 200: z.object({ licence: LicenceOut }) },
      },
    },
    async (req) => ({ licence: await getLicence(ctx, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/licences/:id/usage',
    {
      config: { access: ['admin', 'order-admin', 'technician'] },
      schema: {
        tags: ['licences'],
        summary: 'Record the users observed; above the licence it is flagged (art. 14.4)',
        params: LicenceIdParams,
        body: RecordUsageBody,
        response: { 201: z.object({ licence: LicenceOut, flagged: z.boolean(), decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await recordUsage(ctx, actorOf(req), req.params.id, req.body)),
  );
}
