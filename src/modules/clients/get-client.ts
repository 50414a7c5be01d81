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
  const [contacts, history] = await Promise.all([
    contactsRepo.listContacts(ctx.db, actor.orgId, id),
    actor.role === 'client' ? Promise.resolve([]) : repo.listStatusChanges(ctx.db, actor.orgId, id),
  ]);
  return toClientDetail(row, contacts, history, actor);
}
