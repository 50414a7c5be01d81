import type { AppContext } from '../../context.ts';
import { cutPage, everyPage, readAfter } from '../../kernel/list-page.ts';
import type { Actor } from '../auth/index.ts';
import { toClientSummary } from './client-mapper.ts';
import * as repo from './clients.repo.ts';
import type { ClientSummary, ListClientsQuery } from './clients.schemas.ts';

export type ListClientsOptions = Omit<ListClientsQuery, 'sort' | 'dir'> &
  Partial<Pick<ListClientsQuery, 'sort' | 'dir'>>;

/**
 * A page of the clients visible to the actor: a client user sees only its own company, and its
 * financial-status filter is ignored (an empty page would reveal ALLEO's assessment).
 */
export async function listClients(
  ctx: AppContext,
  actor: Actor,
  query: ListClientsOptions = { limit: 100, offset: 0 },
): Promise<{ items: ClientSummary[]; total: number; limit: number; offset: number; nextCursor: string | null }> {
  const filters = clientFilters(actor, query);
  const after = readAfter(query.after);
  const [rows, total] = await Promise.all([
    repo.listClients(ctx.db, actor.orgId, filters, {
      sort: query.sort ?? 'name',
      dir: query.dir ?? 'asc',
      after,
      // One row more than asked tells whether a next page exists.
      limit: query.limit + 1,
      offset: query.offset,
    }),
    repo.countClients(ctx.db, actor.orgId, filters),
  ]);
  const page = cutPage(rows, query.limit, (r) => toClientSummary(r, actor));
  return { ...page, total, limit: query.limit, offset: query.offset };
}

/** Every client of the filtered list, in its order (the export). */
export function allClients(
  ctx: AppContext,
  actor: Actor,
  query: Omit<ListClientsOptions, 'limit' | 'offset' | 'after'>,
) {
  return everyPage((after) =>
    listClients(ctx, actor, { ...query, limit: 500, offset: 0, ...(after ? { after } : {}) }),
  );
}

/** A client user sees only its own company, and its financial-status filter is ignored. */
function clientFilters(actor: Actor, query: ListClientsOptions): repo.ClientFilters {
  const isClient = actor.role === 'client';
  return {
    onlyId: isClient ? (actor.clientId ?? '') : null,
    ...(query.q ? { search: query.q } : {}),
    ...(query.financialStatus && !isClient ? { financialStatus: query.financialStatus } : {}),
  };
}

/** One client of the organisation, or undefined (no visibility check: for other modules' own checks). */
export async function findClient(ctx: AppContext, orgId: string, id: string) {
  return repo.findClient(ctx.db, orgId, id);
}
