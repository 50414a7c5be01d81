import { parisDate, type AppContext } from '../../context.ts';
import { addDays, addMonths } from '../../kernel/dates.ts';
import type { Actor, Role } from '../auth/index.ts';
import * as repo from './dashboard.repo.ts';
import type { DashboardOut } from './dashboard.schemas.ts';

/** Which sections each role works on (a section is only computed for the roles that read its lists). */
const SECTIONS = {
  receivables: ['admin', 'accounting'],
  quotes: ['admin', 'sales', 'order-admin'],
  operations: ['admin', 'order-admin', 'technician'],
  failedMails: ['admin'],
  dataRequests: ['admin', 'dpo'],
} as const satisfies Record<string, readonly Role[]>;

const sees = (actor: Actor, section: keyof typeof SECTIONS) =>
  (SECTIONS[section] as readonly Role[]).includes(actor.role);

/** The twelve months ending with today's, oldest first, as YYYY-MM. */
function lastTwelveMonths(today: string): string[] {
  const first = `${today.slice(0, 7)}-01`;
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i - 11).slice(0, 7));
}

/** `GET /api/dashboard`: what to do today for the actor's role, every figure an aggregate query. */
export async function getDashboard(ctx: AppContext, actor: Actor): Promise<DashboardOut> {
  const today = parisDate(ctx.now());
  const bounds = {
    late30: addDays(today, -30),
    late60: addDays(today, -60),
    late90: addDays(today, -90),
    week: addDays(today, 6),
    in7: addDays(today, 7),
    in30: addDays(today, 30),
    in60: addDays(today, 60),
    in90: addDays(today, 90),
  };
  const org = actor.orgId;
  const months = lastTwelveMonths(today);
  const [receivables, quotes, operations, failedMails, dataRequestsDue] = await Promise.all([
    sees(actor, 'receivables')
      ? Promise.all([
          repo.receivables(ctx.db, org, { today, ...bounds }),
          repo.overdueByClient(ctx.db, org, today),
          repo.monthly(ctx.db, org, `${months[0]}-01`, today),
          repo.dunningStepsDue(ctx.db, org, today),
        ]).then(([r, byClient, monthly, dunning]) => ({
          overdue: { count: r.overdueCount, cents: r.overdueCents },
          ageing: r.buckets,
          dueThisWeek: r.dueThisWeek,
          expected: r.expected,
          overdueByClient: byClient,
          monthly: months.map((month) => ({
            month,
            invoicedCents: monthly.invoiced.get(month) ?? 0,
            collectedCents: monthly.collected.get(month) ?? 0,
          })),
          dunningStepsDue: { count: dunning },
        }))
      : null,
    sees(actor, 'quotes')
      ? repo.quoteWork(ctx.db, org, { today, in7: bounds.in7 }).then((q) => ({
          expiringSoon: { count: q.expiring },
          acceptedToAcknowledge: { count: q.toAcknowledge },
          rentalFilesAwaitingLessor: { count: q.rentalFiles },
        }))
      : null,
    sees(actor, 'operations')
      ? repo.fieldWork(ctx.db, org, today).then((f) => ({
          deliveriesToMake: { count: f.deliveries },
          interventionsToConfirm: { count: f.interventions },
          insuranceMissing: { count: f.insurance },
        }))
      : null,
    sees(actor, 'failedMails') ? repo.failedMails(ctx.db, org).then((count) => ({ count })) : null,
    sees(actor, 'dataRequests') ? repo.dataRequestsDue(ctx.db, org, bounds.in7).then((count) => ({ count })) : null,
  ]);
  return { asOf: today, bounds, receivables, quotes, operations, failedMails, dataRequestsDue };
}
