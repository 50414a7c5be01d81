import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './clients.repo.ts';

/** Clients visible to the actor: a client user sees only its own company. */
export async function listClients(ctx: AppContext, actor: Actor) {
  const rows = await repo.listClients(ctx.db, actor.orgId, actor.role === 'client' ? (actor.clientId ?? '') : null);
  return rows.map((r) => ({ id: r.id, legalName: r.legal_name, siren: r.siren, city: r.city }));
}

/** One client of the organisation, or undefined. */
export async function findClient(ctx: AppContext, orgId: string, id: string) {
  return repo.findClient(ctx.db, orgId, id);
}
