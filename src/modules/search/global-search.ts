/**
 * `GET /api/search?q=`: what the top bar (Ctrl+K) finds — clients by name or SIREN, quotes,
 * contracts and invoices by number or by their client's name — accent- and case-insensitive on
 * both engines (ADR 0028). Staff only: a client user has the portal, not the directory.
 */
import type { AppContext } from '../../context.ts';
import { searchKey } from '../../kernel/search-key.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './search.repo.ts';

export interface SearchHit {
  kind: 'client' | 'quote' | 'contract' | 'invoice';
  id: string;
  /** The number of a document, the name of a client. */
  label: string;
  /** The client of a document; the SIREN and city of a client. */
  detail: string;
}

export async function globalSearch(ctx: AppContext, actor: Actor, q: string, limit: number): Promise<SearchHit[]> {
  const text = q.trim().toLowerCase();
  const folded = searchKey(q);
  const digits = /^\d[\d\s]*$/.test(q.trim()) ? q.replace(/\s+/g, '') : null;
  const [clients, quotes, contracts, invoices] = await Promise.all([
    repo.searchClients(ctx.db, actor.orgId, folded, digits, limit),
    repo.searchNumbered(ctx.db, 'quotes', actor.orgId, text, folded, limit),
    repo.searchNumbered(ctx.db, 'contracts', actor.orgId, text, folded, limit),
    repo.searchNumbered(ctx.db, 'invoices', actor.orgId, text, folded, limit),
  ]);
  const doc = (kind: SearchHit['kind']) => (r: { id: string; number: string | null; client_name: string }) => ({
    kind,
    id: r.id,
    label: r.number ?? '',
    detail: r.client_name,
  });
  return [
    ...clients.map((c) => ({
      kind: 'client' as const,
      id: c.id,
      label: c.legal_name,
      detail: `${c.siren} · ${c.city}`,
    })),
    ...quotes.map(doc('quote')),
    ...contracts.map(doc('contract')),
    ...invoices.map(doc('invoice')),
  ];
}
