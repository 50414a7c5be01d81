import type { AppContext } from '../../context.ts';
import { findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor, Role } from '../auth/index.ts';
import { clientScope, evidenceOf, timelineOf } from '../shared/index.ts';
import { contractWithoutPrices, summaryWithoutPrices, toContractOut, toSummary } from './contract-mapper.ts';
import * as repo from './contracts.repo.ts';
import type { ContractListQuery, ContractOut, ContractSummary } from './contracts.schemas.ts';
import { cutPage, everyPage, readAfter } from '../../kernel/list-page.ts';
import { searchKey } from '../../kernel/search-key.ts';

/**
 * Who reads contracts, and who of them sees their prices (ADR 0015): a technician needs the lines
 * and the client's sites, not what they cost; the data protection officer needs neither.
 */
export const CONTRACT_PRICE_READERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting', 'client'];
export const CONTRACT_READERS: readonly Role[] = [...CONTRACT_PRICE_READERS, 'technician'];
export const seesPrices = (actor: Actor) => CONTRACT_PRICE_READERS.includes(actor.role);

/** A contract the actor may see (a client user: its own company's), or 404. */
export async function visibleContract(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findContract(ctx.db, actor.orgId, id, clientScope(actor));
  if (!row) throw new AppError('contract.not_found');
  return row;
}

export async function getContract(ctx: AppContext, actor: Actor, id: string) {
  const row = await visibleContract(ctx, actor, id);
  const [lines, assignments, decisions, evidence] = await Promise.all([
    repo.linesOf(ctx.db, id),
    repo.assignmentsOf(ctx.db, actor.orgId, id),
    timelineOf(ctx, actor.orgId, 'contract', id),
    evidenceOf(ctx, actor, 'contract', id),
  ]);
  const contract: ContractOut = toContractOut(row, lines, assignments);
  // The evidence log is not the technician's to read (ADR 0004 readers): its documents carry prices.
  return seesPrices(actor)
    ? { contract, decisions, evidence }
    : { contract: contractWithoutPrices(contract), decisions, evidence: [] };
}

export type ContractListOptions = Omit<ContractListQuery, 'sort' | 'dir' | 'limit'> &
  Partial<Pick<ContractListQuery, 'sort' | 'dir'>> & { limit: number };

/** One page of the contracts visible to the actor (default: last formed first) and the next page's cursor. */
export async function listContractPage(
  ctx: AppContext,
  actor: Actor,
  q: ContractListOptions,
): Promise<{ items: ContractSummary[]; nextCursor: string | null }> {
  const scope = clientScope(actor);
  if (scope !== null && q.clientId !== undefined && q.clientId !== scope) return { items: [], nextCursor: null };
  const rows = await repo.listContracts(ctx.db, actor.orgId, {
    clientId: scope ?? q.clientId ?? null,
    ...(q.status ? { status: q.status } : {}),
    words: q.q ? searchKey(q.q).split(' ').filter(Boolean) : [],
    sort: q.sort ?? 'formed',
    dir: q.dir ?? 'desc',
    after: readAfter(q.after),
    // One row more than asked tells whether a next page exists.
    limit: q.limit + 1,
  });
  return cutPage(rows, q.limit, (r) => (seesPrices(actor) ? toSummary(r) : summaryWithoutPrices(toSummary(r))));
}

/** The first page of the contracts visible to the actor (other modules). */
export async function listContracts(ctx: AppContext, actor: Actor, q: ContractListOptions) {
  return (await listContractPage(ctx, actor, q)).items;
}

/** Every contract of the filtered list, in its order (the export). */
export function allContracts(ctx: AppContext, actor: Actor, q: Omit<ContractListOptions, 'limit' | 'after'>) {
  return everyPage((after) => listContractPage(ctx, actor, { ...q, limit: 500, ...(after ? { after } : {}) }));
}

/** The order acknowledgement PDF that formed the contract, as stored in the evidence log. */
export async function acknowledgementPdf(ctx: AppContext, actor: Actor, id: string) {
  const row = await visibleContract(ctx, actor, id);
  const doc = await findDocument(ctx.db, actor.orgId, row.acknowledgement_sha256);
  if (!doc) throw new AppError('evidence.not_found');
  return { bytes: doc.content, filename: doc.filename };
}
