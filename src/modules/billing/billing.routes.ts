import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { getBillingRun, listBillingRuns, startBillingRun } from './billing-runs.ts';
import { BillingRunBody, BillingRunIdParams, BillingRunListQuery, BillingRunOut } from './billing.schemas.ts';

/** Accounting (and admins) bill the rents. */
const BILLERS: readonly Role[] = ['admin', 'accounting'];

/** Monthly rent billing runs (art. 10.1: rents invoiced in advance). */
export function billingRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/billing-runs',
    {
      config: { access: BILLERS },
      schema: {
        tags: ['billing'],
        summary:
          'Bill the rents of a month (in advance, art. 10.1): one invoice per contract, issued at once; runs in the background (202), idempotent per contract and month',
        body: BillingRunBody,
        response: { 202: z.object({ run: BillingRunOut }) },
      },
    },
    async (req, reply) => reply.code(202).send({ run: await startBillingRun(ctx, actorOf(req), req.body.period) }),
  );

  app.get(
    '/api/billing-runs',
    {
      config: { access: BILLERS },
      schema: {
        tags: ['billing'],
        summary: 'The billing runs, latest first, with their progress and figures',
        querystring: BillingRunListQuery,
        response: { 200: z.object({ items: z.array(BillingRunOut) }) },
      },
    },
    async (req) => ({ items: await listBillingRuns(ctx, actorOf(req).orgId, req.query) }),
  );

  app.get(
    '/api/billing-runs/:id',
    {
      config: { access: BILLERS },
      schema: {
        tags: ['billing'],
        summary: 'One billing run: status, progress, invoices created, contracts skipped',
        params: BillingRunIdParams,
        response: { 200: z.object({ run: BillingRunOut }) },
      },
    },
    async (req) => ({ run: await getBillingRun(ctx, actorOf(req).orgId, req.params.id) }),
  );
}
