import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { dunningDashboard } from './dashboard.ts';
import { DashboardOut, DashboardQuery, LadderBody, LadderOut } from './dunning.schemas.ts';
import { ensureLadder, replaceLadder } from './ladder.ts';

/** Dunning is accounting's (administrators too). */
export const DUNNING_ROLES: readonly Role[] = ['admin', 'accounting'];

export function dunningRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/dunning',
    {
      config: { access: DUNNING_ROLES },
      schema: {
        tags: ['dunning'],
        summary:
          'Overdue invoices: days late, open amount, interest and EUR 40, last dunning step done and the next one with its date',
        querystring: DashboardQuery,
        response: { 200: DashboardOut },
      },
    },
    async (req) => dunningDashboard(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/dunning/steps',
    {
      config: { access: DUNNING_ROLES },
      schema: {
        tags: ['dunning'],
        summary:
          'The dunning ladder (default: day 1 and day 15 reminder emails, day 30 formal notice by registered letter)',
        response: { 200: LadderOut },
      },
    },
    async (req) => ({ steps: await ensureLadder(ctx, actorOf(req).orgId) }),
  );

  app.put(
    '/api/dunning/steps',
    {
      config: { access: DUNNING_ROLES },
      schema: {
        tags: ['dunning'],
        summary: 'Replace the dunning ladder: positions 1..n in order, days after the due date increasing',
        body: LadderBody,
        response: { 200: LadderOut },
      },
    },
    async (req) => ({ steps: await replaceLadder(ctx, actorOf(req), req.body.steps) }),
  );
}
