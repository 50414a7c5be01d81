/**
 * The FEC of a busy year: BENCH_FEC_INVOICES issued invoices (100,000 by default; goods and
 * services lines, VAT on receipts for the services), one credit note per 50 invoices, a payment
 * for two invoices in three (one in 100 reversed), over 200 clients; then `exportFec` for the
 * year, timed, and the file checked (every entry balanced). Target: under 30 s (issue 13).
 *
 * `npm run bench fec-export`. BENCH_FEC_DATABASE_URL=postgres://… runs on PostgreSQL in a schema
 * of its own (dropped afterwards); by default a SQLite file in a temporary directory.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import { openApp } from '../src/app.ts';
import type { InvoiceLinesTable, InvoicesTable, PaymentAllocationsTable, PaymentsTable } from '../src/db/schema.ts';
import { newId } from '../src/kernel/ids.ts';
import { exportFec } from '../src/modules/accounting/index.ts';
import { adminQuery } from '../test/helpers/db.ts';
import { insertClient } from '../test/helpers/concurrent-issue.ts';

const INVOICES = Number(process.env.BENCH_FEC_INVOICES ?? 100_000);
const PG_URL = process.env.BENCH_FEC_DATABASE_URL;
const AT = '2026-01-01T00:00:00.000Z';

const day = (i: number) => {
  const d = new Date(Date.UTC(2026, 0, 1) + (i % 365) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

export async function runFecExportBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-fec-'));
  const schema = PG_URL ? `bench_fec_${randomBytes(6).toString('hex')}` : undefined;
  if (schema) await adminQuery(`create schema ${schema}`, PG_URL);
  const app = await openApp(
    PG_URL ? { databaseUrl: PG_URL, pgSchema: schema } : { databaseUrl: `sqlite:${path.join(dir, 'fec.db')}` },
    () => new Date('2027-01-05T09:00:00Z'),
  );
  try {
    const db = app.ctx.db;
    const orgId = (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const t = { ctx: app.ctx, orgId };
    const clients: string[] = [];
    for (let c = 0; c < 200; c++) clients.push(await insertClient(t));
    const seedStart = performance.now();
    const CHUNK = 500;
    for (let start = 0; start < INVOICES; start += CHUNK) {
      const invoices: Insertable<InvoicesTable>[] = [];
      const lines: Insertable<InvoiceLinesTable>[] = [];
      const payments: Insertable<PaymentsTable>[] = [];
      const allocations: Insertable<PaymentAllocationsTable>[] = [];
      for (let i = start; i < Math.min(INVOICES, start + CHUNK); i++) {
        const id = newId();
        const clientId = clients[i % clients.length]!;
        const credit = i % 50 === 49;
        const goods = 10_000 + (i % 900);
        const services = credit ? 0 : 5_000 + (i % 300);
        const net = goods + services;
        const vat = Math.round(net * 0.2);
        const date = day(Math.floor((i * 365) / INVOICES));
        const paid = !credit && i % 3 !== 2;
        invoices.push({
          id,
          org_id: orgId,
          client_id: clientId,
          contract_id: null,
          kind: credit ? ('credit-note' as const) : ('invoice' as const),
          status: 'issued' as const,
          origin: credit ? ('credit' as const) : ('manual' as const),
          billing_key: null,
          number: `${credit ? 'AV' : 'F'}-2026-${String(i + 1).padStart(7, '0')}`,
          issue_date: date,
          due_date: date,
          operation_date: null,
          period_start: null,
          period_end: null,
          corrects_invoice_id: null,
          purchase_order_reference: null,
          delivery_address_json: null,
          nature: credit ? ('goods' as const) : ('mixed' as const),
          payment_means: 'bank-transfer' as const,
          terms_version: null,
          late_rate_percent: null,
          late_rate_text: null,
          reason: null,
          notes_json: '[]',
          net_cents: net,
          vat_cents: vat,
          gross_cents: net + vat,
          vat_breakdown_json: JSON.stringify([{ ratePercent: '20', taxableCents: net, vatCents: vat }]),
          paid_cents: paid ? net + vat : 0,
          settled_on: paid ? date : null,
          created_by: 'bench',
          created_at: AT,
          updated_at: AT,
        });
        const line = (position: number, nature: 'goods' | 'services', cents: number) => ({
          id: newId(),
          org_id: orgId,
          invoice_id: id,
          position,
          kind: nature === 'goods' ? ('sale' as const) : ('service' as const),
          nature,
          contract_line_id: null,
          catalogue_item_id: null,
          sku: null,
          label: nature === 'goods' ? 'Matériel' : 'Prestation',
          quantity: '1',
          unit_price_cents: cents,
          discount_percent: null,
          vat_rate: '20',
          net_cents: cents,
          period_start: null,
          period_end: null,
        });
        lines.push(line(1, 'goods', goods));
        if (services) lines.push(line(2, 'services', services));
        if (paid) {
          const paymentId = newId();
          const reversed = i % 100 === 0;
          payments.push({
            id: paymentId,
            org_id: orgId,
            client_id: clientId,
            received_on: date,
            amount_cents: net + vat,
            means: 'bank-transfer' as const,
            reference: `VIR ${i}`,
            label: null,
            status: reversed ? ('reversed' as const) : ('recorded' as const),
            reversed_on: reversed ? date : null,
            reversal_reason: reversed ? 'Rejet' : null,
            bank_line_id: null,
            created_by: 'bench',
            created_at: AT,
            updated_at: AT,
          });
          allocations.push({
            id: newId(),
            org_id: orgId,
            payment_id: paymentId,
            invoice_id: id,
            debit_note_id: null,
            amount_cents: net + vat,
            created_by: 'bench',
            created_at: AT,
          });
        }
      }
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('invoices').values(invoices).execute();
        for (let k = 0; k < lines.length; k += 500)
          await trx
            .insertInto('invoice_lines')
            .values(lines.slice(k, k + 500))
            .execute();
        if (payments.length) await trx.insertInto('payments').values(payments).execute();
        if (allocations.length) await trx.insertInto('payment_allocations').values(allocations).execute();
      });
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const cpu = process.cpuUsage();
    const start = performance.now();
    const fec = await exportFec(app.ctx, { orgId }, '2026-01-01', '2026-12-31');
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const sums = new Map<string, number>();
    for (const l of fec.lines) sums.set(l.entryNumber, (sums.get(l.entryNumber) ?? 0) + l.debitCents - l.creditCents);
    const unbalanced = [...sums.values()].filter((v) => v !== 0).length;
    if (unbalanced) throw new Error(`${unbalanced} unbalanced entries`);
    return {
      name: 'fec-export',
      engine: app.ctx.dialect,
      invoices: INVOICES,
      entries: fec.entries,
      lines: fec.lines.length,
      bytes: fec.bytes.length,
      seedSeconds: Number(seedSeconds.toFixed(1)),
      seconds: Number(seconds.toFixed(2)),
      // The process's CPU time (SQLite runs in it; PostgreSQL's share is not counted): says more
      // than wall time when other work loads the machine.
      cpuSeconds: Number(((used.user + used.system) / 1e6).toFixed(2)),
      underTarget: seconds < 30,
      loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (schema) await adminQuery(`drop schema ${schema} cascade`, PG_URL);
  }
}
