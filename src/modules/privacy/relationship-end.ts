import type { Db } from '../../db/database.ts';
import { maxDate } from '../../kernel/dates.ts';
import * as repo from './privacy.repo.ts';

export interface RelationshipEnd {
  clientId: string;
  legalName: string;
  /** The end the retention counts from: the override when one is entered, else the derived end. */
  endedOn: string | null;
  source: 'override' | 'derived' | 'ongoing' | 'no-contract';
  /** What contracts and invoices say (null while a contract runs or an invoice is unpaid). */
  derivedEndedOn: string | null;
  override: { endedOn: string; reason: string | null; setBy: string | null; setAt: string | null } | null;
}

interface ContractEnd {
  client_id: string;
  effective_date: string;
  last_rental_end: string | null;
  rental_lines: number | string | bigint;
  rental_lines_with_end: number | string | bigint;
}

/**
 * The last day a contract runs, from what contracts hold today: the end of its last rental, or
 * its effective date when it has no rental (a sale or a service ends with its invoices, which
 * are counted apart). Null when a rental line has no end. When contracts get a status of their
 * own (ended, terminated), this is the one place to read it.
 */
export function contractEndOf(c: ContractEnd): string | null {
  if (Number(c.rental_lines) === 0) return c.effective_date;
  if (Number(c.rental_lines_with_end) < Number(c.rental_lines)) return null;
  return c.last_rental_end;
}

/**
 * The end of the commercial relationship (art. 17.2), derived: the last contract ended and the
 * last issued invoice paid — the later of the last contract end and the last settlement. It is
 * null (ongoing) while a contract runs on `asOf` or an issued invoice is unsettled, and for a
 * client that never had a contract. An end entered by hand (with its reason) overrides it.
 */
export async function relationshipEnds(
  db: Db,
  orgId: string,
  asOf: string,
  clientId?: string,
): Promise<RelationshipEnd[]> {
  const [clients, contracts, invoices] = await Promise.all([
    repo.clientsNotErased(db, orgId, clientId),
    repo.contractEnds(db, orgId, clientId),
    repo.invoiceSettlement(db, orgId, clientId),
  ]);
  const contractsOf = new Map<string, ContractEnd[]>();
  for (const c of contracts) contractsOf.set(c.client_id, [...(contractsOf.get(c.client_id) ?? []), c]);
  const invoicesOf = new Map(invoices.map((i) => [i.client_id, i]));
  return clients.map((c) => {
    const derived = derive(contractsOf.get(c.id) ?? [], invoicesOf.get(c.id), asOf);
    const override =
      c.relationship_ended_on !== null
        ? {
            endedOn: c.relationship_ended_on,
            reason: c.relationship_end_reason ?? null,
            setBy: c.relationship_end_set_by,
            setAt: c.relationship_end_set_at,
          }
        : null;
    return {
      clientId: c.id,
      legalName: c.legal_name,
      endedOn: override?.endedOn ?? derived.endedOn,
      source: override ? 'override' : derived.source,
      derivedEndedOn: derived.endedOn,
      override,
    };
  });
}

function derive(
  contracts: ContractEnd[],
  invoices:
    { issued: number | string | bigint; settled: number | string | bigint; last_settled_on: string | null } | undefined,
  asOf: string,
): { endedOn: string | null; source: 'derived' | 'ongoing' | 'no-contract' } {
  if (contracts.length === 0) return { endedOn: null, source: 'no-contract' };
  let end: string | null = null;
  for (const c of contracts) {
    const e = contractEndOf(c);
    if (e === null || e > asOf) return { endedOn: null, source: 'ongoing' };
    end = end === null ? e : maxDate(end, e);
  }
  if (invoices && Number(invoices.settled) < Number(invoices.issued)) return { endedOn: null, source: 'ongoing' };
  if (invoices?.last_settled_on) end = maxDate(end!, invoices.last_settled_on);
  return { endedOn: end, source: 'derived' };
}
