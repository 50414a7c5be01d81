import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { loadVisibleClient } from './client-access.ts';
import { toClientDetail } from './client-mapper.ts';
import * as repo from './clients.repo.ts';
import type { ClientDetail } from './clients.schemas.ts';
import * as contactsRepo from './contacts.repo.ts';

/** A client with its contacts, correspondent and financial status history (404 if not visible). */
export async function getClient(ctx: AppContext, actor: Actor, id: string): Promise<ClientDetail> {
  const row = await loadVisibleClient(ctx, actor, id);
  const setBy = actor.role === 'client' ? null : row.relationship_end_set_by;
  const [contacts, history, setterName] = await Promise.all([
    contactsRepo.listContacts(ctx.db, actor.orgId, id),
    actor.role === 'client' ? Promise.resolve([]) : repo.listStatusChanges(ctx.db, actor.orgId, id),
    setBy ? repo.userName(ctx.db, actor.orgId, setBy) : Promise.resolve(null),
  ]);
  return toClientDetail(
    row,
    contacts,
    history,
    actor,
    setBy && setterName !== null ? { id: setBy, name: setterName } : null,
  );
}
