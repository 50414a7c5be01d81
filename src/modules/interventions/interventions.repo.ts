import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import type {
  Database,
  InterventionEventsTable,
  InterventionsTable,
  InterventionTechniciansTable,
  TechniciansTable,
  TicketMovementsTable,
} from '../../db/schema.ts';

// Technicians ------------------------------------------------------------------------------------

export function insertTechnician(db: Db, row: Omit<TechniciansTable, 'active' | 'hours_set'>) {
  return db.insertInto('technicians').values(row).execute();
}

export function findTechnician(db: Db, orgId: string, id: string) {
  return db.selectFrom('technicians').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function technicianOfUser(db: Db, orgId: string, userId: string) {
  return db
    .selectFrom('technicians')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function listTechnicians(db: Db, orgId: string) {
  return db.selectFrom('technicians').selectAll().where('org_id', '=', orgId).orderBy('name').orderBy('id').execute();
}

/**
 * Reads and locks the technicians' rows until the transaction ends, in id order (no deadlock):
 * two bookings of one technician are serialised (PostgreSQL: row locks; SQLite: one writer).
 */
export function lockTechnicians(trx: Db, dialect: Dialect, orgId: string, ids: readonly string[]) {
  let q = trx
    .selectFrom('technicians')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .orderBy('id');
  if (dialect === 'postgres') q = q.forUpdate();
  return q.execute();
}

export function updateTechnician(
  db: Db,
  orgId: string,
  id: string,
  set: { name?: string; active?: 0 | 1; hours_set?: 0 | 1; updated_at: string },
) {
  return db.updateTable('technicians').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** The weekly hours of these technicians (only those whose hours are set have rows). */
export function hoursOf(db: Db, orgId: string, technicianIds: readonly string[]) {
  if (technicianIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('technician_hours')
    .select(['technician_id', 'weekday', 'start_time', 'end_time'])
    .where('org_id', '=', orgId)
    .where('technician_id', 'in', [...technicianIds])
    .orderBy('technician_id')
    .orderBy('weekday')
    .execute();
}

/** Replaces a technician's week (inside the caller's transaction). */
export async function replaceHours(
  trx: Db,
  orgId: string,
  technicianId: string,
  hours: readonly { weekday: number; start: string; end: string }[],
  at: string,
) {
  await trx
    .deleteFrom('technician_hours')
    .where('org_id', '=', orgId)
    .where('technician_id', '=', technicianId)
    .execute();
  if (hours.length > 0)
    await trx
      .insertInto('technician_hours')
      .values(
        hours.map((h) => ({
          technician_id: technicianId,
          org_id: orgId,
          weekday: h.weekday,
          start_time: h.start,
          end_time: h.end,
          updated_at: at,
        })),
      )
      .execute();
}

export function setFeedHash(db: Db, orgId: string, id: string, hash: string | null, at: string) {
  return db
    .updateTable('technicians')
    .set({ feed_token_hash: hash, feed_created_at: hash ? at : null, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export function technicianByFeedHash(db: Db, hash: string) {
  return db
    .selectFrom('technicians')
    .selectAll()
    .where('feed_token_hash', '=', hash)
    .where('active', '=', 1)
    .executeTakeFirst();
}

/** Active users with the technician role who are not technicians yet (what the technicians screen offers). */
export function technicianCandidates(db: Db, orgId: string) {
  return db
    .selectFrom('users')
    .select(['users.id', 'users.name', 'users.email'])
    .where('users.org_id', '=', orgId)
    .where('users.role', '=', 'technician')
    .where('users.disabled', '=', 0)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('technicians')
            .select('technicians.id')
            .whereRef('technicians.user_id', '=', 'users.id')
            .where('technicians.org_id', '=', orgId),
        ),
      ),
    )
    .orderBy('users.name')
    .execute();
}

export function findUser(db: Db, orgId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'disabled'])
    .where('org_id', '=', orgId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

// What an intervention is scheduled from ---------------------------------------------------------

/** A contract line with its contract, client and catalogue item (tariffs of art. 6.9). */
export function serviceLine(db: Db, orgId: string, contractLineId: string) {
  return db
    .selectFrom('contract_lines')
    .innerJoin('contracts', 'contracts.id', 'contract_lines.contract_id')
    .innerJoin('clients', 'clients.id', 'contracts.client_id')
    .leftJoin('catalogue_items', 'catalogue_items.id', 'contract_lines.catalogue_item_id')
    .select([
      'contract_lines.id as line_id',
      'contract_lines.kind as line_kind',
      'contract_lines.category',
      'contract_lines.label',
      'contract_lines.quantity',
      'contract_lines.unit_price_cents',
      'contract_lines.discount_percent',
      'contracts.id as contract_id',
      'contracts.client_id',
      'contracts.terms_version',
      'contracts.services_billing',
      'clients.legal_name',
      'clients.correspondent_contact_id',
      'clients.address_line',
      'clients.postal_code',
      'clients.city',
      'clients.site_address_line',
      'clients.site_postal_code',
      'clients.site_city',
      'catalogue_items.late_cancellation_indemnity_cents',
      'catalogue_items.off_hours_surcharge_percent',
    ])
    .where('contract_lines.org_id', '=', orgId)
    .where('contract_lines.id', '=', contractLineId)
    .executeTakeFirst();
}
export type ServiceLine = NonNullable<Awaited<ReturnType<typeof serviceLine>>>;

/** The active bookings of these technicians that overlap [startsAt, endsAt). */
export function overlapping(
  db: Db,
  orgId: string,
  technicianIds: readonly string[],
  startsAt: string,
  endsAt: string,
  exceptInterventionId: string | null,
) {
  let q = db
    .selectFrom('intervention_technicians as it')
    .innerJoin('technicians', 'technicians.id', 'it.technician_id')
    .innerJoin('interventions', 'interventions.id', 'it.intervention_id')
    .select([
      'it.intervention_id',
      'it.technician_id',
      'technicians.name as technician_name',
      'interventions.date',
      'interventions.start_time',
      'interventions.end_time',
    ])
    .where('it.org_id', '=', orgId)
    .where('it.technician_id', 'in', [...technicianIds])
    .where('it.active', '=', 1)
    .where('it.starts_at', '<', endsAt)
    .where('it.ends_at', '>', startsAt);
  if (exceptInterventionId) q = q.where('it.intervention_id', '<>', exceptInterventionId);
  return q.orderBy('it.starts_at').execute();
}

// Interventions ----------------------------------------------------------------------------------

export function insertIntervention(db: Db, row: Insertable<InterventionsTable>) {
  return db.insertInto('interventions').values(row).execute();
}

export function updateIntervention(db: Db, orgId: string, id: string, set: Updateable<InterventionsTable>) {
  return db.updateTable('interventions').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Moves an intervention from one status to another only if it still has the first: false when another request got there first. */
export async function claimStatus(
  db: Db,
  orgId: string,
  id: string,
  from: InterventionsTable['status'],
  to: InterventionsTable['status'],
  at: string,
) {
  const res = await db
    .updateTable('interventions')
    .set({ status: to, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export function insertSlots(db: Db, rows: Insertable<InterventionTechniciansTable>[]) {
  return db.insertInto('intervention_technicians').values(rows).execute();
}

export function releaseSlots(db: Db, orgId: string, interventionId: string) {
  return db
    .updateTable('intervention_technicians')
    .set({ active: 0 })
    .where('org_id', '=', orgId)
    .where('intervention_id', '=', interventionId)
    .execute();
}

export function deleteSlots(db: Db, orgId: string, interventionId: string) {
  return db
    .deleteFrom('intervention_technicians')
    .where('org_id', '=', orgId)
    .where('intervention_id', '=', interventionId)
    .execute();
}

const interventionColumns = [
  'interventions.id',
  'interventions.org_id',
  'interventions.contract_id',
  'interventions.contract_line_id',
  'interventions.client_id',
  'interventions.service_kind',
  'interventions.label',
  'interventions.mode',
  'interventions.site_address',
  'interventions.date',
  'interventions.start_time',
  'interventions.end_time',
  'interventions.off_hours',
  'interventions.surcharge_percent',
  'interventions.surcharge_cents',
  'interventions.service_price_cents',
  'interventions.indemnity_cents',
  'interventions.tickets',
  'interventions.terms_version',
  'interventions.status',
  'interventions.confirmation',
  'interventions.confirmed_on',
  'interventions.confirmed_by',
  'interventions.charge_cents',
  'interventions.charge_invoice_id',
  'interventions.report_json',
  'interventions.completed_at',
  'interventions.signed_by_name',
  'interventions.signed_at',
  'interventions.received_on',
  'interventions.invoice_id',
  'interventions.created_by',
  'interventions.created_at',
  'interventions.updated_at',
  'clients.legal_name as client_name',
] as const;

/** One intervention; `clientId` confines a client user to its own company's. */
export function findIntervention(db: Db, orgId: string, id: string, clientId: string | null) {
  let q = db
    .selectFrom('interventions')
    .innerJoin('clients', 'clients.id', 'interventions.client_id')
    .select(interventionColumns)
    .where('interventions.org_id', '=', orgId)
    .where('interventions.id', '=', id);
  if (clientId !== null) q = q.where('interventions.client_id', '=', clientId);
  return q.executeTakeFirst();
}
export type InterventionRow = NonNullable<Awaited<ReturnType<typeof findIntervention>>>;

/** Interventions of a period (the planning board), oldest first. */
export function listInterventions(
  db: Db,
  orgId: string,
  f: {
    clientId: string | null;
    from?: string;
    to?: string;
    technicianId?: string;
    contractId?: string;
    status?: InterventionRow['status'];
    confirmation?: InterventionRow['confirmation'];
  },
) {
  let q = db
    .selectFrom('interventions')
    .innerJoin('clients', 'clients.id', 'interventions.client_id')
    .select(interventionColumns)
    .where('interventions.org_id', '=', orgId);
  if (f.clientId !== null) q = q.where('interventions.client_id', '=', f.clientId);
  if (f.from) q = q.where('interventions.date', '>=', f.from);
  if (f.to) q = q.where('interventions.date', '<=', f.to);
  if (f.contractId) q = q.where('interventions.contract_id', '=', f.contractId);
  if (f.status) q = q.where('interventions.status', '=', f.status);
  if (f.confirmation) q = q.where('interventions.confirmation', '=', f.confirmation);
  if (f.technicianId) q = q.where(assignedTo(f.technicianId));
  return q
    .orderBy('interventions.date')
    .orderBy('interventions.start_time')
    .orderBy('interventions.id')
    .limit(5000)
    .execute();
}

/** The interventions one technician is booked on (the list and the planning board filter by it). */
function assignedTo(technicianId: string) {
  return (eb: ExpressionBuilder<Database, 'interventions'>) =>
    eb.exists(
      eb
        .selectFrom('intervention_technicians as it')
        .select('it.intervention_id')
        .whereRef('it.intervention_id', '=', 'interventions.id')
        .where('it.technician_id', '=', technicianId),
    );
}

/**
 * The planning board's week: only the columns it draws (reading the full rows costs ~10× more on
 * SQLite), in (date, start, id) order served by interventions_board_idx (no sort step).
 */
export function boardRows(db: Db, orgId: string, f: { from: string; to: string; technicianId?: string }) {
  let q = db
    .selectFrom('interventions')
    .innerJoin('clients', 'clients.id', 'interventions.client_id')
    .select([
      'interventions.id',
      'interventions.contract_line_id',
      'interventions.service_kind',
      'interventions.label',
      'interventions.mode',
      'interventions.date',
      'interventions.start_time',
      'interventions.end_time',
      'interventions.off_hours',
      'interventions.status',
      'interventions.confirmation',
      'clients.legal_name as client_name',
    ])
    .where('interventions.org_id', '=', orgId)
    .where('interventions.date', '>=', f.from)
    .where('interventions.date', '<=', f.to)
    .where('interventions.status', '!=', 'cancelled');
  if (f.technicianId) q = q.where(assignedTo(f.technicianId));
  return q
    .orderBy('interventions.date')
    .orderBy('interventions.start_time')
    .orderBy('interventions.id')
    .limit(5000)
    .execute();
}

/**
 * The bookings of a period, from the covering index intervention_technicians_period_idx: a slot's
 * starts_at is always its intervention's date and start (bookTechnicians writes both together).
 */
export function bookingsOfPeriod(db: Db, orgId: string, from: string, to: string) {
  return db
    .selectFrom('intervention_technicians')
    .select(['intervention_id', 'technician_id'])
    .where('org_id', '=', orgId)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', `${to}T99`)
    .execute();
}

/** The technicians of these interventions (the active bookings, or the last ones of a cancelled one). */
export function techniciansOf(db: Db, interventionIds: readonly string[]) {
  if (interventionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('intervention_technicians as it')
    .innerJoin('technicians', 'technicians.id', 'it.technician_id')
    .select(['it.intervention_id', 'technicians.id', 'technicians.name'])
    .where('it.intervention_id', 'in', [...interventionIds])
    .orderBy('technicians.name')
    .execute();
}

/** Interventions already scheduled on a contract (the first one needs a correspondent, art. 7). */
export async function countOnContract(db: Db, orgId: string, contractId: string) {
  const row = await db
    .selectFrom('interventions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('contract_id', '=', contractId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Scheduled interventions still awaiting confirmation whose date is before `before` (sweep). */
export function pendingConfirmations(db: Db, orgId: string, before: string) {
  return db
    .selectFrom('interventions')
    .select(['id', 'date', 'contract_id', 'client_id', 'label', 'terms_version', 'confirmed_on', 'created_at'])
    .where('org_id', '=', orgId)
    .where('confirmation', '=', 'pending')
    .where('status', '=', 'scheduled')
    .where('date', '<', before)
    .orderBy('date')
    .orderBy('id')
    .execute();
}

// Events -----------------------------------------------------------------------------------------

export function insertEvent(db: Db, row: InterventionEventsTable) {
  return db.insertInto('intervention_events').values(row).execute();
}

export function eventsOf(db: Db, orgId: string, interventionId: string) {
  return db
    .selectFrom('intervention_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('intervention_id', '=', interventionId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

// Maintenance tickets ----------------------------------------------------------------------------

export async function ticketBalance(db: Db, orgId: string, clientId: string): Promise<number> {
  const row = await db
    .selectFrom('ticket_balances')
    .select('balance')
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return Number(row?.balance ?? 0);
}

export async function addTickets(db: Db, orgId: string, clientId: string, n: number, at: string) {
  await db
    .insertInto('ticket_balances')
    .values({ org_id: orgId, client_id: clientId, balance: 0, updated_at: at })
    .onConflict((oc) => oc.columns(['org_id', 'client_id']).doNothing())
    .execute();
  await db
    .updateTable('ticket_balances')
    .set((eb) => ({ balance: eb('balance', '+', n), updated_at: at }))
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .execute();
}

/**
 * Takes n tickets in one conditional update: it applies only while the balance covers n, so
 * concurrent consumers never take the balance below zero (the row's check says so too).
 */
export async function takeTickets(db: Db, orgId: string, clientId: string, n: number, at: string): Promise<boolean> {
  const res = await db
    .updateTable('ticket_balances')
    .set((eb) => ({ balance: eb('balance', '-', n), updated_at: at }))
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('balance', '>=', n)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export function insertMovement(db: Db, row: TicketMovementsTable) {
  return db.insertInto('ticket_movements').values(row).execute();
}

export function movementsOf(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('ticket_movements')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id')
    .limit(500)
    .execute();
}

/** The per-ticket maintenance lines of a client's contracts: the tariff of its tickets (11.2). */
export function ticketTariffs(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('contract_lines')
    .innerJoin('contracts', 'contracts.id', 'contract_lines.contract_id')
    .select([
      'contracts.id as contract_id',
      'contract_lines.id as line_id',
      'contract_lines.label',
      'contract_lines.unit_price_cents',
      'contract_lines.discount_percent',
      'contract_lines.vat_rate',
      'contract_lines.catalogue_item_id',
      'contract_lines.sku',
    ])
    .where('contracts.org_id', '=', orgId)
    .where('contracts.client_id', '=', clientId)
    .where('contract_lines.kind', '=', 'service')
    .where('contract_lines.category', '=', 'maintenance-ticket')
    .orderBy('contracts.order_date')
    .orderBy('contract_lines.position')
    .execute();
}

export function clientExists(db: Db, orgId: string, clientId: string) {
  return db
    .selectFrom('clients')
    .select(['id', 'legal_name'])
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .executeTakeFirst();
}

/** The contract line's vat rate and catalogue item (for the charges invoiced on it). */
export function lineForCharge(db: Db, orgId: string, contractLineId: string) {
  return db
    .selectFrom('contract_lines')
    .select(['id', 'catalogue_item_id', 'sku', 'vat_rate', 'label'])
    .where('org_id', '=', orgId)
    .where('id', '=', contractLineId)
    .executeTakeFirstOrThrow();
}
