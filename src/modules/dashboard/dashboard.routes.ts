import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { STAFF_ROLES } from '../auth/index.ts';
import { DashboardOut } from './dashboard.schemas.ts';
import { getDashboard } from './get-dashboard.ts';

/** The home page of the back-office: what to do today, per role. */
export function dashboardRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/dashboard',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['dashboard'],
        summary:
          'What to do today for the role: overdue by ageing bucket, due this week, quotes, field work, failed e-mails, data requests, charts',
        response: { 200: DashboardOut },
      },
    },
    async (req) => getDashboard(ctx, actorOf(req)),
  );
}
