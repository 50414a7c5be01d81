import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { loadWritableClient } from './client-access.ts';
import * as repo from './clients.repo.ts';
import type { ClientDetail } from './clients.schemas.ts';
import { getClient } from './get-client.ts';

/**
 * Sets (or clears, when the client comes back) the end date of the commercial relationship.
 * The personal-data sweep counts the 5-year retention of art. 17.2 from this date, so who set it
 * and when is kept on the client and in the evidence log, in the same transaction.
 */
export async function setRelationshipEnd(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  endedOn: string | null,
  /** Why it is entered by hand rather than derived from contracts and invoices (privacy module). */
  reason: string | null = null,
): Promise<ClientDetail> {
  await loadWritableClient(ctx, actor, clientId);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockClient(trx, ctx.dialect, actor.orgId, clientId);
    if (!row) throw new AppError('client.not_found');
    if (row.anonymised_at !== null) throw new AppError('client.anonymised');
    if (row.relationship_ended_on === endedOn && (row.relationship_end_reason ?? null) === reason) return;
    const at = ctx.now().toISOString();
    await repo.updateClient(trx, actor.orgId, clientId, {
      relationship_ended_on: endedOn,
      relationship_end_set_by: actor.userId,
      relationship_end_set_at: at,
      relationship_end_reason: reason,
      updated_at: at,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'client.relationship-end',
      objectType: 'client',
      objectId: clientId,
      actor: actor.userId,
      at,
      decision: { article: '17.2', endedOn, previous: row.relationship_ended_on, ...(reason ? { reason } : {}) },
    });
  });
  return getClient(ctx, actor, clientId);
}
