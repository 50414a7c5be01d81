import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { toClientSummary } from './client-mapper.ts';
import * as repo from './clients.repo.ts';
import type { ClientSummary, ListClientsQuery } from './clients.schemas.ts';

/**
 * A page of the clients visible to the actor: a client user sees only its own company, and its
 * financial-status filter is ignored (an empty page would reveal ALLEO's assessment).
 */
export async function listClients(
  ctx: AppContext,
  actor: Actor,
  query: ListClientsQuery = { limit: 100, offset: 0 },
): Promise<{ items: ClientSummary[]; total: number; limit: number; offset: number }> {
  const isClient = actor.role === 'client';
  const filters: repo.ClientFilters = {
    onlyId: isClient ? (actor.clientId ?? '') : null,
    ...(query.q ? { search: query.q } : {}),
    ...(query.financialStatus && !isClient ? { financialStatus: query.financialStatus } : {}),
  };
  const [rows, total] = await Promise.all([
    repo.listClients(ctx.db, actor.orgId, filters, query.limit, query.offset),
    repo.countClients(ctx.db, actor.orgId, filters),
  ]);
  return { items: rows.map((r) => toClientSummary(r, actor)), total, limit: query.limit, offset: query.offset };
}

/** One client of the organisation, or undefined (no visibility check: for other modules' own checks). */
export async function findClient(ctx: AppContext, orgId: string, id: string) {
  return repo.findClient(ctx.db, orgId, id);
}
