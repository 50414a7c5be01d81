/**
 * Rent supplements (CGV art. 10.1, 4.2.1, 15.1): rent is owed for every delivered day exactly once.
 * Rents are billed in advance, one invoice per contract and month, with the units recorded when
 * the month's run bills it; a unit recorded later (delivered after that run, or in contract-start
 * mode delivered after its month was billed) would otherwise never be billed for that month. A
 * later run (any month after it) bills the missing part: one supplement per contract, month and
 * delivery (key rent:<contract>:<month>:<delivery>), for the units of that delivery only, prorated
 * by days like the month's invoice. What the month's invoice lacks is read from its lines (unit-days
 * per contract line), not from clocks; a month's invoice issued after a supplement leaves that
 * delivery out (rentalLinesOf) — so no day is billed twice.
 */
import type { Db } from '../../db/database.ts';
import { daysBetween } from '../../kernel/dates.ts';
import type { BulkInvoice } from '../invoices/index.ts';
import * as repo from './billing.repo.ts';
import {
  ENDED,
  nextPeriod,
  oldestCatchUpPeriod,
  periodBounds,
  previousPeriod,
  rentInvoiceFor,
  type PeriodBounds,
  type RentalLine,
} from './rent-lines.ts';

type ContractToBill = repo.ContractToBill;

interface Owed {
  deliveryId: string;
  recordedAt: string;
  /** Unit-days the delivery's units owe in the month, per contract line. */
  days: Map<string, number>;
}

/** The BulkInvoice of a contract's rent draft (the month's invoice or a supplement). */
export function rentBulkInvoice(
  c: ContractToBill,
  draft: NonNullable<ReturnType<typeof rentInvoiceFor>>,
  billingKey: string,
  rateAt: (rate: string, day: string) => string,
  bounds: PeriodBounds,
): BulkInvoice {
  // Each period's rent carries the rate in force in that period (art. 9.2, ADR 0011).
  for (const l of draft.lines) l.vatRatePercent = rateAt(l.vatRatePercent, l.periodStart ?? bounds.start);
  return {
    clientId: c.client_id,
    contractId: c.id,
    origin: 'rent',
    billingKey,
    operationDate: null,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    purchaseOrderReference: c.purchase_order_reference,
    paymentMeans: c.payment_method,
    termsVersion: c.terms_version,
    notes: [],
    lines: draft.lines,
    contractTermDays: c.payment_term_days,
    prepayment: Number(c.prepayment_required) === 1 || c.financial_status === 'prepayment-required',
    publicBuyer: Number(c.public_buyer) === 1,
  };
}

export interface SupplementsPlan {
  contracts: ContractToBill[];
  lines: Map<string, RentalLine[]>;
  /** Per contract, the (month, delivery) pairs still owed, oldest month first. */
  owed: Map<string, Array<{ period: string; deliveryId: string }>>;
}

/**
 * What the run of `period` owes as supplements for the months before it (within the catch-up
 * window): read outside the batch's transaction; drafted inside it by supplementInvoices.
 */
export async function planSupplements(db: Db, orgId: string, period: string): Promise<SupplementsPlan> {
  const oldest = oldestCatchUpPeriod(period);
  const last = previousPeriod(period);
  // A month is billed at most a month ahead: a unit recorded before then was in its invoice.
  // (A unit returned before a month it was billed for leaves a negative deficit: never a supplement.)
  const since = periodBounds(previousPeriod(oldest)).start;
  const ids = await repo.contractsWithUnitsRecordedSince(db, orgId, since);
  // By chunks: an IN list stays well under the engines' bound parameters.
  const contracts: ContractToBill[] = [];
  const lines = new Map<string, RentalLine[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = await repo.contractsToBill(db, ids.slice(i, i + 500));
    contracts.push(...chunk);
    for (const [id, l] of await repo.rentalLinesOf(
      db,
      chunk.map((c) => c.id),
    ))
      lines.set(id, l);
  }
  // Per contract and month, the deliveries whose units cover a day of it, with their unit-days per line.
  const months = new Map<string, { contractId: string; period: string; deliveries: Owed[] }>();
  for (const c of contracts) {
    const byDelivery = new Map<string, string>();
    for (const l of lines.get(c.id) ?? [])
      for (const u of l.units ?? []) if (u.deliveryId && u.recordedAt) byDelivery.set(u.deliveryId, u.recordedAt);
    for (const [deliveryId, recordedAt] of byDelivery) {
      const only = (lines.get(c.id) ?? []).map((l) => ({
        ...l,
        units: (l.units ?? []).filter((u) => u.deliveryId === deliveryId),
      }));
      for (let m = oldest; m <= last; m = nextPeriod(m)) {
        const draft = rentInvoiceFor(c.effective_date, only, periodBounds(m), c.ended_on);
        if (!draft) continue;
        const days = new Map<string, number>();
        for (const d of draft.lines)
          days.set(
            d.contractLineId!,
            (days.get(d.contractLineId!) ?? 0) + d.quantity * (daysBetween(d.periodStart!, d.periodEnd!) + 1),
          );
        const key = repo.rentBillingKey(c.id, m);
        let month = months.get(key);
        if (!month) months.set(key, (month = { contractId: c.id, period: m, deliveries: [] }));
        month.deliveries.push({ deliveryId, recordedAt, days });
      }
    }
  }
  const keys = [...months.entries()].flatMap(([key, m]) => [
    key,
    ...m.deliveries.map((d) => repo.rentSupplementKey(m.contractId, m.period, d.deliveryId)),
  ]);
  const billed = await repo.rentUnitDays(db, orgId, keys);
  const owed = new Map<string, Array<{ period: string; deliveryId: string }>>();
  for (const [key, m] of months) {
    const open = m.deliveries.filter((d) => !billed.has(repo.rentSupplementKey(m.contractId, m.period, d.deliveryId)));
    const main = billed.get(key);
    // The month's invoice bills the units recorded when it was issued: what it lacks per line
    // (owed unit-days − billed unit-days) is the deliveries recorded after it, the latest first.
    let missing = open;
    if (main !== undefined) {
      const deficit = new Map<string, number>();
      for (const d of m.deliveries) for (const [line, n] of d.days) deficit.set(line, (deficit.get(line) ?? 0) + n);
      for (const [line, n] of main) deficit.set(line, (deficit.get(line) ?? 0) - n);
      for (const d of m.deliveries)
        if (!open.includes(d)) for (const [line, n] of d.days) deficit.set(line, (deficit.get(line) ?? 0) - n);
      missing = [];
      for (const d of [...open].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))) {
        if (![...d.days].every(([line, n]) => n <= (deficit.get(line) ?? 0))) continue;
        for (const [line, n] of d.days) deficit.set(line, deficit.get(line)! - n);
        missing.push(d);
      }
    }
    for (const d of missing) {
      let list = owed.get(m.contractId);
      if (!list) owed.set(m.contractId, (list = []));
      list.push({ period: m.period, deliveryId: d.deliveryId });
    }
  }
  return { contracts: contracts.filter((c) => owed.has(c.id)), lines, owed };
}

/** The supplement invoices of a plan, oldest month first (numbers follow the months). */
export function supplementInvoices(
  plan: SupplementsPlan,
  ends: Map<string, { endedOn: string | null; status: string }>,
  rateAt: (rate: string, day: string) => string,
): BulkInvoice[] {
  const out: Array<{ period: string; invoice: BulkInvoice }> = [];
  for (const c of plan.contracts) {
    // As read under the lock, like the month's invoices: an ended contract without its date bills nothing.
    const locked = ends.get(c.id);
    if (locked && ENDED.includes(locked.status) && locked.endedOn === null) continue;
    const endedOn = locked ? locked.endedOn : c.ended_on;
    for (const { period, deliveryId } of plan.owed.get(c.id) ?? []) {
      const bounds = periodBounds(period);
      const lines = (plan.lines.get(c.id) ?? []).map((l) => ({
        ...l,
        units: (l.units ?? []).filter((u) => u.deliveryId === deliveryId),
      }));
      const draft = rentInvoiceFor(c.effective_date, lines, bounds, endedOn);
      if (!draft) continue;
      out.push({
        period,
        invoice: rentBulkInvoice(c, draft, repo.rentSupplementKey(c.id, period, deliveryId), rateAt, bounds),
      });
    }
  }
  return out.sort((a, b) => a.period.localeCompare(b.period)).map((x) => x.invoice);
}
