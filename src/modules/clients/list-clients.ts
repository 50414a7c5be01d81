import type { AppContext } from '../../context.ts';
import { decodeCursor, encodeCursor } from '../../kernel/cursor.ts';
import { AppError } from '../../kernel/errors.ts';
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
): Promise<{ items: ClientSummary[]; total: number; limit: number; offset: number; nextCursor: string | null }> {
  const isClient = actor.role === 'client';
  const after = query.after === undefined ? undefined : decodeCursor(query.after, 2);
  if (after === null)
    throw new AppError('request.invalid', {
      errors: [{ path: 'querystring.after', message: 'not a cursor of this list', fr: 'curseur invalide' }],
    });
  const filters: repo.ClientFilters = {
    onlyId: isClient ? (actor.clientId ?? '') : null,
    ...(query.q ? { search: query.q } : {}),
    ...(query.financialStatus && !isClient ? { financialStatus: query.financialStatus } : {}),
  };
  const [rows, total] = await Promise.all([
    // One row more than asked tells whether a next page exists.
    repo.listClients(
      ctx.db,
      actor.orgId,
      after ? { ...filters, after: { name: after[0]!, id: after[1]! } } : filters,
      query.limit + 1,
      after ? 0 : query.offset,
    ),
    repo.countClients(ctx.db, actor.orgId, filters),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toClientSummary(r, actor)),
    total,
    limit: query.limit,
    offset: query.offset,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.search_name, last.id]) : null,
  };
}

/** One client of the organisation, or undefined (no visibility check: for other modules' own checks). */
export async function findClient(ctx: AppContext, orgId: string, id: string) {
  return repo.findClient(ctx.db, orgId, id);
}
