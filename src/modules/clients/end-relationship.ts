import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { loadWritableClient } from './client-access.ts';
import * as repo from './clients.repo.ts';
import type { ClientDetail } from './clients.schemas.ts';
import { getClient } from './get-client.ts';

/**
 * Sets (or clears, when the client comes back) the end date of the commercial relationship.
 * The personal-data sweep counts the 5-year retention of art. 17.2 from this date.
 */
export async function setRelationshipEnd(ctx: AppContext, actor: Actor, clientId: string, endedOn: string | null): Promise<ClientDetail> {
  await loadWritableClient(ctx, actor, clientId);
  await repo.updateClient(ctx.db, actor.orgId, clientId, { relationship_ended_on: endedOn, updated_at: ctx.now().toISOString() });
  return getClient(ctx, actor, clientId);
}
