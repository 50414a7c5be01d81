import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * The contracts that field work waits on, one definition each, shared by the home dashboard's
 * figures and the lists they link to (so that a figure counts exactly the rows of its list).
 * `contract` is the alias of the contracts table in the query.
 */

/** An active contract with goods (sale or rental lines) and no delivery yet (art. 4.1). */
export function deliveryToMake(contract: string): RawBuilder<boolean> {
  const c = (column: string) => sql.ref(`${contract}.${column}`);
  return sql<boolean>`(${c('status')} = 'active'
    and exists (select 1 from contract_lines l where l.contract_id = ${c('id')} and l.kind in ('sale', 'rental'))
    and not exists (select 1 from deliveries d where d.org_id = ${c('org_id')} and d.contract_id = ${c('id')}))`;
}

/** An active contract with a rental delivery and no all-risk certificate valid on `today` (art. 4.2.1). */
export function insuranceMissing(contract: string, today: string): RawBuilder<boolean> {
  const c = (column: string) => sql.ref(`${contract}.${column}`);
  return sql<boolean>`(${c('status')} = 'active'
    and exists (select 1 from deliveries d where d.org_id = ${c('org_id')} and d.contract_id = ${c('id')} and d.kind = 'rental')
    and not exists (select 1 from insurance_certificates i where i.org_id = ${c('org_id')} and i.contract_id = ${c('id')} and i.all_risks = 1 and i.starts_on <= ${today} and i.expires_on >= ${today}))`;
}

/** The rental contracts (a rental delivered) with their client; `insurance: 'missing'`: those without a valid certificate. */
export function rentalContracts(
  db: Db,
  orgId: string,
  f: { clientId: string | null; insurance?: 'missing'; today: string; limit: number },
) {
  let q = db
    .selectFrom('contracts')
    .innerJoin('clients', 'clients.id', 'contracts.client_id')
    .select([
      'contracts.id',
      'contracts.number',
      'contracts.status',
      'contracts.client_id',
      'clients.legal_name as client_name',
      'contracts.order_date',
    ])
    .where('contracts.org_id', '=', orgId)
    .where(
      sql<boolean>`exists (select 1 from deliveries d where d.org_id = contracts.org_id and d.contract_id = contracts.id and d.kind = 'rental')`,
    );
  if (f.clientId !== null) q = q.where('contracts.client_id', '=', f.clientId);
  if (f.insurance === 'missing') q = q.where(insuranceMissing('contracts', f.today));
  return q.orderBy('contracts.number').orderBy('contracts.id').limit(f.limit).execute();
}
