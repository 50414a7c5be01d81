import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { EU_COUNTRIES } from './processor-articles.ts';
import * as repo from './processor.repo.ts';

/** The sub-processors, current and past, each with the notices its change produced. */
export async function listSubProcessors(ctx: AppContext, actor: Actor) {
  const rows = await repo.listSubProcessors(ctx.db, actor.orgId);
  return Promise.all(
    rows.map(async (s) => ({
      id: s.id,
      name: s.name,
      addressLine: s.address_line,
      country: s.country,
      outsideEu: !EU_COUNTRIES.has(s.country),
      activity: s.activity,
      solutionIds: JSON.parse(s.solution_ids_json) as string[],
      transferSafeguard: s.transfer_safeguard,
      replacesId: s.replaces_id,
      active: s.active === 1,
      createdAt: s.created_at,
      endedAt: s.ended_at,
      notices: (await repo.noticesOf(ctx.db, actor.orgId, s.id)).map((n) => ({
        clientId: n.client_id,
        legalName: n.legal_name,
        change: n.change,
        sentOn: n.sent_on,
        objectionUntil: n.objection_until,
        outboxMessageId: n.outbox_message_id,
        objectedOn: n.objected_on,
      })),
    })),
  );
}
