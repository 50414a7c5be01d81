/**
 * Rental contracts written in bulk, straight into the tables (benchmarks and the kill-and-rerun
 * tests need thousands of them; forming each through quotes and acknowledgements would take
 * hours). Each contract has its accepted quote, one to three rental lines at catalogue prices,
 * and a client among a few hundred. Test and benchmark support, never used by the product.
 */
import type { Insertable } from 'kysely';
import type { AppContext } from '../../src/context.ts';
import type {
  ContractLinesTable,
  ContractsTable,
  DeliveriesTable,
  EquipmentUnitsTable,
  QuotesTable,
} from '../../src/db/schema.ts';
import { addDays, addMonths } from '../../src/kernel/dates.ts';
import { firstClientVersion } from '../../src/modules/clients/index.ts';

export interface RentalSeed {
  orgId: string;
  count: number;
  /** The effective date of contract i (default: spread over the 23 months before 2026-03, every 10th in March 2026). */
  effectiveDate?(i: number): string;
  /** Contract i is financed by a lessor (default: none). */
  financed?(i: number): boolean;
  /** Contract ids are `<prefix><i, 7 digits>` (default 'rc-'). */
  prefix?: string;
  contractsPerClient?: number;
  /**
   * Every rented unit delivered on the effective date, one delivery per contract (default true):
   * rent is billed only for delivered units (art. 4.2.1). False for a caller seeding its own register.
   */
  deliveredUnits?: boolean;
}

const ITEMS = [
  { sku: 'BULK-FG-40F', name: 'Pare-feu FortiGate 40F', category: 'firewall', rent: 2900, fee: 900 },
  { sku: 'BULK-FAP-231F', name: 'Borne wifi FortiAP 231F', category: 'wifi-access-point', rent: 2500, fee: 600 },
  { sku: 'BULK-FS-124F', name: 'Switch FortiSwitch 124F PoE', category: 'switch', rent: 4500, fee: 1000 },
] as const;

const ROWS = 400;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += ROWS) await insert(rows.slice(i, i + ROWS));
}

function defaultEffectiveDate(i: number): string {
  if (i % 10 === 0) return `2026-03-${String(2 + (i % 27)).padStart(2, '0')}`;
  return addDays('2024-04-01', (i * 7919) % 690);
}

/** Writes `count` rental contracts; returns their ids in id order. */
export async function seedRentalContracts(ctx: AppContext, s: RentalSeed): Promise<string[]> {
  const at = '2024-01-01T00:00:00.000Z';
  const prefix = s.prefix ?? 'rc-';
  const perClient = s.contractsPerClient ?? 50;
  const effectiveOf = s.effectiveDate ?? defaultEffectiveDate;
  const ids: string[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const itemIds = ITEMS.map((it) => `${prefix}item-${it.sku}`);
    await trx
      .insertInto('catalogue_items')
      .values(
        ITEMS.map((it, k) => ({
          id: itemIds[k]!,
          org_id: s.orgId,
          kind: 'product' as const,
          category: it.category,
          offer_line: 'cybersecurity',
          manufacturer: 'Fortinet',
          sku: `${prefix}${it.sku}`,
          name: it.name,
          description: null,
          indicative_price_cents: it.rent * 20,
          vat_rate: '20',
          rentable: 1 as const,
          monthly_rent_cents: it.rent,
          maintenance_fee_cents: it.fee,
          warranty_months: 12,
          late_cancellation_indemnity_cents: null,
          off_hours_surcharge_percent: null,
          active: 1 as const,
          created_at: at,
          updated_at: at,
          solution_kind: 'hardware' as const,
          licence_users: null,
        })),
      )
      .execute();
    const lessorId = `${prefix}lessor`;
    if (s.financed) {
      await trx
        .insertInto('lessors')
        .values({
          id: lessorId,
          org_id: s.orgId,
          name: 'Locam',
          siren: '310880315',
          address_line: '29 rue Léon Blum',
          postal_code: '42000',
          city: 'Saint-Étienne',
          country: 'FR',
          email: null,
          active: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    const clients = Math.max(1, Math.ceil(s.count / perClient));
    const clientRows = Array.from({ length: clients }, (_, k) => ({
      id: `${prefix}client-${String(k).padStart(6, '0')}`,
      org_id: s.orgId,
      legal_name: `Client loueur ${k} SAS`,
      siren: '552081317',
      siret: null,
      vat_number: null,
      address_line: `${k + 1} rue du Test`,
      postal_code: '75001',
      city: 'Paris',
      country: 'FR',
      email: null,
      phone: null,
      relationship_ended_on: null,
      anonymised_at: null,
      created_at: at,
      updated_at: at,
      payment_method: k % 3 === 0 ? ('direct-debit' as const) : ('bank-transfer' as const),
    }));
    await insertChunked(clientRows, (chunk) => trx.insertInto('clients').values(chunk).execute());
    // Each with version 1 of its printed identity, as createClient writes it (ADR 0013).
    await insertChunked(clientRows, (chunk) =>
      trx
        .insertInto('client_versions')
        .values(chunk.map((row) => firstClientVersion(row, 'system')))
        .execute(),
    );

    let quotes: Array<Insertable<QuotesTable>> = [];
    let contracts: Array<Insertable<ContractsTable>> = [];
    let lines: Array<Insertable<ContractLinesTable>> = [];
    let deliveries: Array<Insertable<DeliveriesTable>> = [];
    let units: Array<Insertable<EquipmentUnitsTable>> = [];
    const flush = async () => {
      await insertChunked(quotes, (chunk) => trx.insertInto('quotes').values(chunk).execute());
      await insertChunked(contracts, (chunk) => trx.insertInto('contracts').values(chunk).execute());
      await insertChunked(lines, (chunk) => trx.insertInto('contract_lines').values(chunk).execute());
      await insertChunked(deliveries, (chunk) => trx.insertInto('deliveries').values(chunk).execute());
      await insertChunked(units, (chunk) => trx.insertInto('equipment_units').values(chunk).execute());
      quotes = [];
      contracts = [];
      lines = [];
      deliveries = [];
      units = [];
    };
    for (let i = 0; i < s.count; i++) {
      const id = `${prefix}${String(i).padStart(7, '0')}`;
      ids.push(id);
      const clientId = clientRows[i % clients]!.id;
      const effective = effectiveOf(i);
      const financed = s.financed?.(i) ?? false;
      const nLines = 1 + (i % 3);
      let monthly = 0;
      for (let k = 0; k < nLines; k++) {
        const it = ITEMS[(i + k) % ITEMS.length]!;
        const quantity = 1 + ((i + k) % 4);
        const months = [24, 36, 48, 60][(i + k) % 4]!;
        const discount = (i + k) % 7 === 0 ? '5' : null;
        const perUnit = it.rent + it.fee;
        const gross = perUnit * quantity;
        monthly += gross - (discount ? Math.round((gross * 5) / 100) : 0);
        lines.push({
          id: `${id}-l${k + 1}`,
          org_id: s.orgId,
          contract_id: id,
          position: k + 1,
          kind: 'rental',
          catalogue_item_id: itemIds[(i + k) % ITEMS.length]!,
          sku: `${prefix}${it.sku}`,
          label: it.name,
          category: it.category,
          quantity: String(quantity),
          unit_price_cents: perUnit * months,
          discount_percent: discount,
          rent_cents: it.rent,
          maintenance_fee_cents: it.fee,
          monthly_rent_cents: perUnit,
          rental_months: months,
          rental_ends_on: addDays(addMonths(effective, months), -1),
          vat_rate: '20',
          net_cents: gross * months,
          licensed_users: null,
        });
        if (s.deliveredUnits !== false)
          for (let u = 1; u <= quantity; u++)
            units.push({
              id: `${id}-l${k + 1}-u${u}`,
              org_id: s.orgId,
              serial: `${prefix}SN-${i}-${k + 1}-${u}`,
              client_id: clientId,
              contract_id: id,
              contract_line_id: `${id}-l${k + 1}`,
              delivery_id: `${id}-d`,
              kind: 'rental',
              sku: `${prefix}${it.sku}`,
              label: it.name,
              site: null,
              status: 'rented',
              delivered_on: effective,
              return_due_on: addDays(addMonths(effective, months), -1),
              returned_on: null,
              return_id: null,
              return_condition_json: null,
              late_as_of: null,
              created_at: at,
              updated_at: at,
            });
      }
      if (s.deliveredUnits !== false)
        deliveries.push({
          id: `${id}-d`,
          org_id: s.orgId,
          number: `BL-BULK-${i}-01`,
          contract_id: id,
          client_id: clientId,
          kind: 'rental',
          delivered_on: effective,
          mode: 'on-site',
          site: null,
          shipping_cents: null,
          note_sha256: '0'.repeat(64),
          invoice_id: null,
          reservation_text: null,
          reservation_recorded_at: null,
          reservation_recorded_by: null,
          reservation_deadline: null,
          reservation_confirmed_on: null,
          reservation_document_sha256: null,
          reservation_outcome: null,
          signed_name: null,
          signed_title: null,
          signed_at: null,
          signed_document_sha256: null,
          created_by: 'bulk',
          created_at: at,
          updated_at: at,
        });
      const quoteId = `${id}-q`;
      const net = monthly * 36;
      const money = {
        net_cents: net,
        vat_cents: Math.round(net / 5),
        gross_cents: net + Math.round(net / 5),
        monthly_rent_cents: monthly,
        vat_breakdown_json: '[]',
      };
      quotes.push({
        id: quoteId,
        org_id: s.orgId,
        client_id: clientId,
        number: `D-BULK-${i}`,
        version: 1,
        supersedes_id: null,
        status: 'accepted',
        subject: null,
        delivery_lead_time: '4 semaines',
        validity_days: 30,
        lessor_id: financed ? lessorId : null,
        notes_json: '[]',
        ...money,
        issue_date: '2024-01-01',
        expires_on: '2024-01-31',
        terms_version: 'ALLEO-1',
        pdf_sha256: null,
        issued_at: at,
        issued_by: 'bulk',
        accepted_on: '2024-01-02',
        acceptance_json: null,
        closed_at: null,
        created_by: 'bulk',
        created_at: at,
        updated_at: at,
      });
      contracts.push({
        id,
        org_id: s.orgId,
        number: `C-BULK-${String(i).padStart(7, '0')}`,
        client_id: clientId,
        quote_id: quoteId,
        status: 'active',
        order_date: effective,
        effective_date: effective,
        terms_version: 'ALLEO-1',
        quote_terms_version: 'ALLEO-1',
        purchase_order_reference: null,
        lessor_id: financed ? lessorId : null,
        delivery_lead_time: '4 semaines',
        ...money,
        acknowledgement_number: `AR-BULK-${i}`,
        acknowledgement_sha256: '0'.repeat(64),
        formed_at: at,
        formed_by: 'bulk',
        created_at: at,
        updated_at: at,
        goods_billing: 'order',
        services_billing: 'completion',
        payment_term_days: null,
        prepayment_required: 0,
        guarantee_note: null,
      });
      if (contracts.length >= 5_000) await flush();
    }
    await flush();
  });
  return ids;
}
