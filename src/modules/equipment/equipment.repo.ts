/** The equipment module's queries: deliveries, the register of units, returns, incidents, insurance, provisioning. */
import { type Insertable, type Selectable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { deliveryToMake } from './field-work.repo.ts';
import type {
  DeliveriesTable,
  EquipmentReturnsTable,
  EquipmentUnitsTable,
  InsuranceCertificatesTable,
  ProvisioningsTable,
  RentalIncidentsTable,
} from '../../db/schema.ts';

export type DeliveryRow = Selectable<DeliveriesTable>;
export type UnitRow = Selectable<EquipmentUnitsTable>;
export type IncidentRow = Selectable<RentalIncidentsTable>;
export type CertificateRow = Selectable<InsuranceCertificatesTable>;
export type ReturnRow = Selectable<EquipmentReturnsTable>;

// ---- counters ---------------------------------------------------------------------------------

/**
 * Adds `n` to a counter only while it stays at most `max`; the condition is checked by the update
 * itself (a row lock on PostgreSQL, the write lock on SQLite), so two deliveries racing for the
 * last unit of a line cannot both take it. Returns the new value, or null when it would exceed.
 */
export async function takeFromCounter(
  db: Db,
  orgId: string,
  key: string,
  n: number,
  max: number,
): Promise<number | null> {
  await db
    .insertInto('equipment_counters')
    .values({ org_id: orgId, counter_key: key, value: 0 })
    .onConflict((oc) => oc.columns(['org_id', 'counter_key']).doNothing())
    .execute();
  const row = await db
    .updateTable('equipment_counters')
    .set((eb) => ({ value: eb('value', '+', n) }))
    .where('org_id', '=', orgId)
    .where('counter_key', '=', key)
    .where((eb) => eb(eb('value', '+', n), '<=', max))
    .returning('value')
    .executeTakeFirst();
  return row ? Number(row.value) : null;
}

// ---- contracts (read) -----------------------------------------------------------------------

export function contractLines(db: Db, contractId: string) {
  return (
    db
      .selectFrom('contract_lines')
      .innerJoin('catalogue_items', 'catalogue_items.id', 'contract_lines.catalogue_item_id')
      .select([
        'contract_lines.id',
        'contract_lines.position',
        'contract_lines.kind',
        'contract_lines.sku',
        'contract_lines.label',
        'contract_lines.quantity',
        'contract_lines.unit_price_cents',
        'contract_lines.discount_percent',
        'contract_lines.catalogue_item_id',
        'contract_lines.monthly_rent_cents',
        'contract_lines.rental_months',
        'contract_lines.rental_ends_on',
        'contract_lines.vat_rate',
        'catalogue_items.offer_line',
        'catalogue_items.solution_kind',
      ])
      .where('contract_lines.contract_id', '=', contractId)
      .orderBy('contract_lines.position')
      // The inner join keeps catalogue lines only, which always carry their item and SKU (0031).
      .$narrowType<{ catalogue_item_id: string; sku: string }>()
      .execute()
  );
}
export type ContractLine = Awaited<ReturnType<typeof contractLines>>[number];

/** Units delivered so far per contract line of a contract. */
export async function deliveredCounts(db: Db, orgId: string, contractId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('equipment_units')
    .select(['contract_line_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .groupBy('contract_line_id')
    .execute();
  return new Map(rows.map((r) => [r.contract_line_id, Number(r.n)]));
}

/** The invoices of a contract covering some lines: are they all paid (art. 5.2, 10.3)? */
export async function unpaidInvoicesCovering(db: Db, orgId: string, contractLineIds: readonly string[]) {
  if (contractLineIds.length === 0) return [];
  return db
    .selectFrom('invoices')
    .select(['invoices.id', 'invoices.number', 'invoices.status'])
    .where('invoices.org_id', '=', orgId)
    .where('invoices.kind', '=', 'invoice')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('invoice_lines')
          .select(eb.lit(1).as('one'))
          .whereRef('invoice_lines.invoice_id', '=', 'invoices.id')
          .where('invoice_lines.contract_line_id', 'in', contractLineIds),
      ),
    )
    .where((eb) => eb.or([eb('invoices.status', '=', 'draft'), eb('invoices.settled_on', 'is', null)]))
    .execute();
}

export async function invoicedLineIds(db: Db, orgId: string, contractLineIds: readonly string[]): Promise<Set<string>> {
  if (contractLineIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('invoice_lines')
    .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
    .select('invoice_lines.contract_line_id')
    .where('invoices.org_id', '=', orgId)
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.status', '=', 'issued')
    .where('invoice_lines.contract_line_id', 'in', contractLineIds)
    .execute();
  return new Set(rows.map((r) => r.contract_line_id!));
}

// ---- deliveries -----------------------------------------------------------------------------

export async function insertDelivery(db: Db, row: Insertable<DeliveriesTable>) {
  await db.insertInto('deliveries').values(row).execute();
}

export function findDelivery(db: Db, orgId: string, id: string, clientId: string | null) {
  let q = db.selectFrom('deliveries').selectAll().where('org_id', '=', orgId).where('id', '=', id);
  if (clientId !== null) q = q.where('client_id', '=', clientId);
  return q.executeTakeFirst();
}

export function listDeliveries(
  db: Db,
  orgId: string,
  f: { clientId: string | null; contractId?: string; kind?: 'sale' | 'rental'; limit: number; clientFilter?: string },
) {
  let q = db
    .selectFrom('deliveries')
    .innerJoin('contracts', 'contracts.id', 'deliveries.contract_id')
    .innerJoin('clients', 'clients.id', 'deliveries.client_id')
    .selectAll('deliveries')
    .select(['contracts.number as contract_number', 'clients.legal_name as client_name'])
    .where('deliveries.org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('deliveries.client_id', '=', f.clientId);
  if (f.clientFilter) q = q.where('deliveries.client_id', '=', f.clientFilter);
  if (f.contractId) q = q.where('deliveries.contract_id', '=', f.contractId);
  if (f.kind) q = q.where('deliveries.kind', '=', f.kind);
  return q.orderBy('deliveries.delivered_on', 'desc').orderBy('deliveries.number', 'desc').limit(f.limit).execute();
}

export async function updateDelivery(db: Db, orgId: string, id: string, set: Updateable<DeliveriesTable>) {
  await db.updateTable('deliveries').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/**
 * What remains to deliver on the active contracts with products (sale or rental lines), newest
 * contracts first: the units ordered per contract and those delivered (the register's rows).
 */
export async function deliveryProgress(
  db: Db,
  orgId: string,
  f: { clientId: string | null; toDeliver?: boolean; limit: number },
) {
  let q = db
    .selectFrom('contracts')
    .innerJoin('clients', 'clients.id', 'contracts.client_id')
    .select([
      'contracts.id',
      'contracts.number',
      'contracts.client_id',
      'clients.legal_name as client_name',
      'contracts.order_date',
    ])
    .where('contracts.org_id', '=', orgId)
    .where('contracts.status', '=', 'active')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('contract_lines')
          .select('contract_lines.id')
          .whereRef('contract_lines.contract_id', '=', 'contracts.id')
          .where('contract_lines.kind', 'in', ['sale', 'rental']),
      ),
    );
  if (f.clientId !== null) q = q.where('contracts.client_id', '=', f.clientId);
  if (f.toDeliver) q = q.where(deliveryToMake('contracts'));
  const contracts = await q.orderBy('contracts.formed_at', 'desc').orderBy('contracts.id').limit(f.limit).execute();
  if (contracts.length === 0) return [];
  const ids = contracts.map((c) => c.id);
  const [lines, units] = await Promise.all([
    db
      .selectFrom('contract_lines')
      .select(['contract_id', 'quantity'])
      .where('contract_id', 'in', ids)
      .where('kind', 'in', ['sale', 'rental'])
      .execute(),
    db
      .selectFrom('equipment_units')
      .select(['contract_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('org_id', '=', orgId)
      .where('contract_id', 'in', ids)
      .groupBy('contract_id')
      .execute(),
  ]);
  const ordered = new Map<string, number>();
  for (const l of lines) ordered.set(l.contract_id, (ordered.get(l.contract_id) ?? 0) + Number(l.quantity));
  const delivered = new Map(units.map((u) => [u.contract_id, Number(u.n)]));
  return contracts.map((c) => ({ ...c, ordered: ordered.get(c.id) ?? 0, delivered: delivered.get(c.id) ?? 0 }));
}

/** Deliveries whose reservations are still open (recorded, not confirmed) and whose deadline has passed. */
export function reservationsPastDeadline(db: Db, orgId: string, asOf: string) {
  return db
    .selectFrom('deliveries')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('reservation_outcome', '=', 'pending')
    .where('reservation_deadline', '<', asOf)
    .orderBy('id')
    .execute();
}

// ---- units ----------------------------------------------------------------------------------

export async function insertUnits(db: Db, rows: Insertable<EquipmentUnitsTable>[]) {
  for (let i = 0; i < rows.length; i += 300)
    await db
      .insertInto('equipment_units')
      .values(rows.slice(i, i + 300))
      .execute();
}

export function serialsTaken(db: Db, orgId: string, serials: readonly string[]) {
  if (serials.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('equipment_units')
    .select('serial')
    .where('org_id', '=', orgId)
    .where('serial', 'in', serials)
    .execute();
}

export function unitsOfDelivery(db: Db, deliveryId: string) {
  return db.selectFrom('equipment_units').selectAll().where('delivery_id', '=', deliveryId).orderBy('serial').execute();
}

export function unitsOfContract(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('equipment_units')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .orderBy('serial')
    .execute();
}

export function findUnit(db: Db, orgId: string, id: string, clientId: string | null) {
  let q = db.selectFrom('equipment_units').selectAll().where('org_id', '=', orgId).where('id', '=', id);
  if (clientId !== null) q = q.where('client_id', '=', clientId);
  return q.executeTakeFirst();
}

export function findUnitBySerial(db: Db, orgId: string, serial: string, clientId: string | null) {
  let q = db.selectFrom('equipment_units').selectAll().where('org_id', '=', orgId).where('serial', '=', serial);
  if (clientId !== null) q = q.where('client_id', '=', clientId);
  return q.executeTakeFirst();
}

export function unitsByIds(db: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('equipment_units').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

export async function markReturned(
  db: Db,
  orgId: string,
  unitId: string,
  set: { returned_on: string; return_id: string; return_condition_json: string; updated_at: string },
): Promise<boolean> {
  const res = await db
    .updateTable('equipment_units')
    .set({ ...set, status: 'returned' })
    .where('org_id', '=', orgId)
    .where('id', '=', unitId)
    .where('kind', '=', 'rental')
    .where('returned_on', 'is', null)
    .where('status', 'in', ['rented', 'in-repair', 'delivered'])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function setUnitStatus(db: Db, orgId: string, unitId: string, status: UnitRow['status'], at: string) {
  await db
    .updateTable('equipment_units')
    .set({ status, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', unitId)
    .execute();
}

/** Rented units still out after their return date, as of a day (the late-return sweep). */
export function unitsOutLate(db: Db, orgId: string, asOf: string) {
  return db
    .selectFrom('equipment_units')
    .innerJoin('contract_lines', 'contract_lines.id', 'equipment_units.contract_line_id')
    .selectAll('equipment_units')
    .select(['contract_lines.monthly_rent_cents'])
    .where('equipment_units.org_id', '=', orgId)
    .where('equipment_units.kind', '=', 'rental')
    .where('equipment_units.returned_on', 'is', null)
    .where('equipment_units.return_due_on', '<', asOf)
    .orderBy('equipment_units.id')
    .execute();
}

export async function storeLate(db: Db, unitId: string, late: { as_of: string; days: number; cents: number }) {
  await db
    .updateTable('equipment_units')
    .set({ late_as_of: late.as_of, late_days: late.days, late_indemnity_cents: late.cents })
    .where('id', '=', unitId)
    .execute();
}

export interface RegisterFilter {
  clientId: string | null;
  contractId?: string;
  site?: string;
  status?: UnitRow['status'];
  kind?: 'sale' | 'rental';
  serial?: string;
  afterSerial?: string;
  limit: number;
}

/**
 * The owner of the sold units of some contract lines as of a day, derived from payments (art.
 * 4.1.4), never stored: the client once every issued invoice covering the line is settled
 * (payments and credit notes; a reversed payment reopens it), those invoices cover at least the
 * units delivered, and every debit note issued by then on those invoices (late-payment interest
 * and the EUR 40 indemnity: the price is paid "en principal, intérêts et accessoires") is paid
 * by then; `since` is the day the last of them was paid. Otherwise ALLEO.
 */
export async function ownershipOfLines(
  db: Db,
  orgId: string,
  asOf: string,
  lineIds: readonly string[],
): Promise<Map<string, { owner: 'alleo' | 'client'; since: string | null }>> {
  const out = new Map<string, { owner: 'alleo' | 'client'; since: string | null }>();
  if (lineIds.length === 0) return out;
  const [cover, delivered, debitNotes] = await Promise.all([
    db
      .selectFrom('invoice_lines')
      .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
      .select([
        'invoice_lines.contract_line_id as line_id',
        sql<number>`sum(cast(invoice_lines.quantity as real))`.as('invoiced'),
        sql<number>`sum(case when invoices.settled_on is null or invoices.settled_on > ${asOf} then 1 else 0 end)`.as(
          'open_count',
        ),
        sql<string | null>`max(invoices.settled_on)`.as('settled_on'),
      ])
      .where('invoice_lines.contract_line_id', 'in', lineIds)
      .where('invoices.org_id', '=', orgId)
      .where('invoices.kind', '=', 'invoice')
      .where('invoices.status', '=', 'issued')
      .where('invoice_lines.kind', '=', 'sale')
      .groupBy('invoice_lines.contract_line_id')
      .execute(),
    db
      .selectFrom('equipment_counters')
      .select(['counter_key', 'value'])
      .where('org_id', '=', orgId)
      .where(
        'counter_key',
        'in',
        lineIds.map((id) => `line:${id}`),
      )
      .execute(),
    debitNotesOnLines(db, orgId, asOf, lineIds),
  ]);
  const deliveredOf = new Map(delivered.map((d) => [d.counter_key.slice(5), Number(d.value)]));
  const notesOf = new Map<string, Array<{ open: boolean; paidOn: string | null }>>();
  for (const n of debitNotes) {
    let list = notesOf.get(n.line_id!);
    if (!list) notesOf.set(n.line_id!, (list = []));
    list.push({ open: Number(n.paid) < Number(n.total_cents), paidOn: n.paid_on });
  }
  for (const c of cover) {
    const notes = notesOf.get(c.line_id!) ?? [];
    const paid =
      Number(c.open_count) === 0 &&
      Number(c.invoiced) >= (deliveredOf.get(c.line_id!) ?? 0) &&
      notes.every((n) => !n.open);
    const since = [c.settled_on, ...notes.map((n) => n.paidOn)].reduce<string | null>(
      (a, b) => (b !== null && (a === null || b > a) ? b : a),
      null,
    );
    out.set(c.line_id!, paid ? { owner: 'client', since } : { owner: 'alleo', since: null });
  }
  return out;
}

/**
 * The debit notes issued by `asOf` on the invoices covering some contract lines, with what the
 * payments received by then (not reversed) paid on each, and the day of the last of them.
 */
function debitNotesOnLines(db: Db, orgId: string, asOf: string, lineIds: readonly string[]) {
  return db
    .selectFrom('debit_notes')
    .innerJoin('debit_note_rows', 'debit_note_rows.debit_note_id', 'debit_notes.id')
    .innerJoin('invoice_lines', 'invoice_lines.invoice_id', 'debit_note_rows.invoice_id')
    .select((eb) => [
      'invoice_lines.contract_line_id as line_id',
      'debit_notes.id',
      'debit_notes.total_cents',
      eb
        .selectFrom('payment_allocations')
        .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
        .select(sql<number>`coalesce(sum(payment_allocations.amount_cents), 0)`.as('paid'))
        .whereRef('payment_allocations.debit_note_id', '=', 'debit_notes.id')
        .where('payments.status', '=', 'recorded')
        .where('payments.received_on', '<=', asOf)
        .as('paid'),
      eb
        .selectFrom('payment_allocations')
        .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
        .select(sql<string | null>`max(payments.received_on)`.as('paid_on'))
        .whereRef('payment_allocations.debit_note_id', '=', 'debit_notes.id')
        .where('payments.status', '=', 'recorded')
        .where('payments.received_on', '<=', asOf)
        .as('paid_on'),
    ])
    .where('debit_notes.org_id', '=', orgId)
    .where('debit_notes.issue_date', '<=', asOf)
    .where('invoice_lines.contract_line_id', 'in', lineIds)
    .where('invoice_lines.kind', '=', 'sale')
    .distinct()
    .execute();
}

/**
 * A page of the register (by serial) with each unit's owner: a rented unit is always ALLEO's
 * (art. 4.2.5); a sold unit's owner comes from ownershipOfLines, computed for the page's lines only.
 */
export async function register(db: Db, orgId: string, asOf: string, f: RegisterFilter) {
  let q = db
    .selectFrom('equipment_units as u')
    .innerJoin('clients', 'clients.id', 'u.client_id')
    .innerJoin('contracts', 'contracts.id', 'u.contract_id')
    .selectAll('u')
    .select(['clients.legal_name as client_name', 'contracts.number as contract_number'])
    .where('u.org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('u.client_id', '=', f.clientId);
  if (f.contractId) q = q.where('u.contract_id', '=', f.contractId);
  if (f.site) q = q.where('u.site', '=', f.site);
  if (f.status) q = q.where('u.status', '=', f.status);
  if (f.kind) q = q.where('u.kind', '=', f.kind);
  if (f.serial) q = q.where('u.serial', '>=', f.serial).where('u.serial', '<', `${f.serial}\uffff`);
  if (f.afterSerial) q = q.where('u.serial', '>', f.afterSerial);
  const rows = await q.orderBy('u.serial').limit(f.limit).execute();
  const owners = await ownershipOfLines(db, orgId, asOf, [
    ...new Set(rows.filter((r) => r.kind === 'sale').map((r) => r.contract_line_id)),
  ]);
  return rows.map((r) => {
    const o = r.kind === 'sale' ? owners.get(r.contract_line_id) : undefined;
    return { ...r, owner: o?.owner ?? ('alleo' as const), owner_since: o?.since ?? null };
  });
}
export type RegisterRow = Awaited<ReturnType<typeof register>>[number];

// ---- returns, incidents, insurance, provisioning ------------------------------------------

export async function insertReturn(db: Db, row: Insertable<EquipmentReturnsTable>) {
  await db.insertInto('equipment_returns').values(row).execute();
}

export async function setReturnInvoice(db: Db, id: string, invoiceId: string | null, cents: number) {
  await db
    .updateTable('equipment_returns')
    .set({ invoice_id: invoiceId, indemnity_cents: cents })
    .where('id', '=', id)
    .execute();
}

export function returnsOfContract(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('equipment_returns')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .orderBy('returned_on')
    .execute();
}

export async function insertIncident(db: Db, row: Insertable<RentalIncidentsTable>) {
  await db.insertInto('rental_incidents').values(row).execute();
}

export function incidentsOfContract(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('rental_incidents')
    .innerJoin('equipment_units', 'equipment_units.id', 'rental_incidents.unit_id')
    .selectAll('rental_incidents')
    .select('equipment_units.serial')
    .where('rental_incidents.org_id', '=', orgId)
    .where('rental_incidents.contract_id', '=', contractId)
    .orderBy('rental_incidents.reported_at')
    .execute();
}

export async function insertCertificate(db: Db, row: Insertable<InsuranceCertificatesTable>) {
  await db.insertInto('insurance_certificates').values(row).execute();
}

export function certificatesOfContract(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('insurance_certificates')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .orderBy('expires_on')
    .execute();
}

/** Signed rental deliveries with units still out, and the latest insurance expiry of their contract. */
export function rentalsForInsurance(db: Db, orgId: string) {
  return db
    .selectFrom('deliveries')
    .innerJoin('clients', 'clients.id', 'deliveries.client_id')
    .innerJoin('contracts', 'contracts.id', 'deliveries.contract_id')
    .select([
      'deliveries.id',
      'deliveries.number',
      'deliveries.contract_id',
      'deliveries.client_id',
      'deliveries.delivered_on',
      'contracts.number as contract_number',
      'clients.email as client_email',
      'clients.legal_name as client_name',
      (eb) =>
        eb
          .selectFrom('insurance_certificates')
          .select((e) => e.fn.max('insurance_certificates.expires_on').as('m'))
          .whereRef('insurance_certificates.contract_id', '=', 'deliveries.contract_id')
          .as('insured_until'),
    ])
    .where('deliveries.org_id', '=', orgId)
    .where('deliveries.kind', '=', 'rental')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('equipment_units')
          .select(eb.lit(1).as('one'))
          .whereRef('equipment_units.delivery_id', '=', 'deliveries.id')
          .where('equipment_units.returned_on', 'is', null),
      ),
    )
    .orderBy('deliveries.id')
    .execute();
}

export async function insertProvisioning(db: Db, row: Insertable<ProvisioningsTable>) {
  await db.insertInto('provisionings').values(row).execute();
}

export function provisioningsOfContract(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('provisionings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .execute();
}

export function findProvisioning(db: Db, contractLineId: string) {
  return db.selectFrom('provisionings').select('id').where('contract_line_id', '=', contractLineId).executeTakeFirst();
}

export function contractTerms(db: Db, orgId: string, contractId: string) {
  return db
    .selectFrom('contracts')
    .select(['id', 'number', 'terms_version', 'client_id', 'lessor_id', 'order_date', 'status'])
    .where('org_id', '=', orgId)
    .where('id', '=', contractId)
    .executeTakeFirstOrThrow();
}

export function findIncident(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('rental_incidents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setIncidentMisuse(db: Db, id: string, invoiceId: string) {
  await db
    .updateTable('rental_incidents')
    .set({ misuse: 1, repair_invoice_id: invoiceId })
    .where('id', '=', id)
    .execute();
}

/**
 * A terminated rental (art. 15.2, 15.3): its units still out are due back on the effective date
 * (never later than the date they already had). Returns the serials moved.
 */
export async function dueBackOnTermination(db: Db, orgId: string, contractId: string, effectiveOn: string) {
  const rows = await db
    .updateTable('equipment_units')
    .set({ return_due_on: effectiveOn })
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .where('kind', '=', 'rental')
    .where('returned_on', 'is', null)
    .where((eb) => eb.or([eb('return_due_on', 'is', null), eb('return_due_on', '>', effectiveOn)]))
    .returning('serial')
    .execute();
  return rows.map((r) => r.serial).sort();
}

/** A unit by serial (for a client, or any when null) with its catalogue item's warrantyMonths. */
export function unitWithWarranty(db: Db, orgId: string, serial: string, clientId: string | null) {
  let q = db
    .selectFrom('equipment_units')
    .innerJoin('contract_lines', 'contract_lines.id', 'equipment_units.contract_line_id')
    .leftJoin('catalogue_items', 'catalogue_items.id', 'contract_lines.catalogue_item_id')
    .selectAll('equipment_units')
    .select(['catalogue_items.warranty_months'])
    .where('equipment_units.org_id', '=', orgId)
    .where('equipment_units.serial', '=', serial);
  if (clientId !== null) q = q.where('equipment_units.client_id', '=', clientId);
  return q.executeTakeFirst();
}
