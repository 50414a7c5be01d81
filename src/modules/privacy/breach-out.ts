import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './processor.repo.ts';

const HOUR = 3_600_000;
/** A processor breach without notice to its clients this long is flagged ("sans délai"). */
export const CLIENT_NOTICE_FLAG_HOURS = 48;
/** GDPR art. 33(1): the controller notifies the CNIL within 72 hours of becoming aware. */
export const CNIL_DEADLINE_HOURS = 72;

export function toBreachOut(r: repo.BreachRow, now: Date) {
  const discovered = new Date(r.discovered_at).getTime();
  const cnilDeadline = r.role === 'controller' ? new Date(discovered + CNIL_DEADLINE_HOURS * HOUR).toISOString() : null;
  return {
    id: r.id,
    role: r.role,
    discoveredAt: r.discovered_at,
    facts: r.facts,
    dataCategories: r.data_categories,
    subjects: r.subjects,
    consequences: r.consequences,
    measures: r.measures,
    clientIds: JSON.parse(r.client_ids_json) as string[],
    clientsNotifiedAt: r.clients_notified_at,
    cnilNotifiedAt: r.cnil_notified_at,
    noticeOverdue:
      r.role === 'processor' &&
      r.clients_notified_at === null &&
      now.getTime() - discovered >= CLIENT_NOTICE_FLAG_HOURS * HOUR,
    cnilDeadline,
    cnilOverdue: cnilDeadline !== null && r.cnil_notified_at === null && now.toISOString() > cnilDeadline,
  };
}

export async function listBreaches(ctx: AppContext, actor: Actor) {
  const now = ctx.now();
  return (await repo.listBreaches(ctx.db, actor.orgId)).map((r) => toBreachOut(r, now));
}
