/**
 * The equipment register on SQLite (goal: p99 under 50 ms): 100,000 units in the register (half
 * sold, half rented), one client holding 10,000 of them. Timed: a client's register page of
 * 1,000 units with the owner of each derived from payments (art. 4.1.4), and the ownership view
 * over the whole register (the first page of 1,000 units in serial order out of 100,000, each
 * unit's owner computed from its invoices), plus a serial search. p50/p99 over repeated runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/app.ts';
import * as repo from '../src/modules/equipment/equipment.repo.ts';
import { seedRentalContracts } from '../test/helpers/rental-samples.ts';

const UNITS = Number(process.env.BENCH_EQUIPMENT_UNITS ?? 100_000);
const CLIENT_UNITS = Number(process.env.BENCH_EQUIPMENT_CLIENT_UNITS ?? 10_000);
const RUNS = Number(process.env.BENCH_EQUIPMENT_RUNS ?? 200);
const CONTRACTS = 2000;
const PAGE = Number(process.env.BENCH_EQUIPMENT_PAGE ?? 200);

function percentiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  return { p50: Number(at(50).toFixed(2)), p99: Number(at(99).toFixed(2)), max: Number(s[s.length - 1]!.toFixed(2)) };
}

async function time(runs: number, f: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return percentiles(ms);
}

export async function runEquipmentRegisterBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-equipment-'));
  const app = await openApp(
    { databaseUrl: `sqlite:${path.join(dir, 'equipment.db')}` },
    () => new Date('2026-03-02T09:00:00Z'),
  );
  try {
    const db = app.ctx.db;
    const orgId = (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const genStart = performance.now();
    const contractIds = await seedRentalContracts(app.ctx, {
      orgId,
      count: CONTRACTS,
      contractsPerClient: 200,
      prefix: 'eq-',
      // The bench writes its own register of 100,000 units below.
      deliveredUnits: false,
    });
    const contracts = await db
      .selectFrom('contracts')
      .select(['id', 'client_id', 'number'])
      .where('id', 'in', contractIds.slice(0, 1))
      .execute();
    const bigClient = contracts[0]!.client_id;
    const all = await db.selectFrom('contracts').select(['id', 'client_id', 'number']).execute();
    const lines = await db
      .selectFrom('contract_lines')
      .select(['id', 'contract_id', 'sku', 'label'])
      .where('sku', 'is not', null)
      .$narrowType<{ sku: string }>()
      .execute();
    const lineOf = new Map<string, { id: string; sku: string; label: string }>();
    for (const l of lines) if (!lineOf.has(l.contract_id)) lineOf.set(l.contract_id, l);
    const mine = all.filter((c) => c.client_id === bigClient);
    const others = all.filter((c) => c.client_id !== bigClient);
    const at = '2026-03-02T09:00:00.000Z';
    await db.transaction().execute(async (trx) => {
      const deliveries = all.map((c) => ({
        id: `dl-${c.id}`,
        org_id: orgId,
        number: `BL-${c.number}-01`,
        contract_id: c.id,
        client_id: c.client_id,
        kind: 'rental' as const,
        delivered_on: '2026-03-02',
        mode: 'on-site' as const,
        site: null,
        shipping_cents: null,
        note_sha256: 'bench',
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
        created_by: 'bench',
        created_at: at,
        updated_at: at,
      }));
      for (let i = 0; i < deliveries.length; i += 300)
        await trx
          .insertInto('deliveries')
          .values(deliveries.slice(i, i + 300))
          .execute();
      const units = [];
      for (let i = 0; i < UNITS; i++) {
        const c = i < CLIENT_UNITS ? mine[i % mine.length]! : others[i % others.length]!;
        const line = lineOf.get(c.id)!;
        const kind = i % 2 === 0 ? ('sale' as const) : ('rental' as const);
        units.push({
          id: `u-${i}`,
          org_id: orgId,
          serial: `SN${String((i * 7919) % 1_000_003).padStart(7, '0')}-${i}`,
          client_id: c.client_id,
          contract_id: c.id,
          contract_line_id: line.id,
          delivery_id: `dl-${c.id}`,
          kind,
          sku: line.sku,
          label: line.label,
          site: `Site ${i % 7}`,
          status: kind === 'rental' ? ('rented' as const) : ('delivered' as const),
          delivered_on: '2026-03-02',
          return_due_on: kind === 'rental' ? '2029-03-01' : null,
          returned_on: null,
          return_id: null,
          return_condition_json: null,
          late_as_of: null,
          created_at: at,
          updated_at: at,
        });
      }
      await repo.insertUnits(trx, units);
    });
    const generateSeconds = (performance.now() - genStart) / 1000;
    const asOf = '2026-03-02';
    const clientPage = await time(RUNS, () => repo.register(db, orgId, asOf, { clientId: bigClient, limit: PAGE }));
    const ownershipPage = await time(RUNS, () => repo.register(db, orgId, asOf, { clientId: null, limit: PAGE }));
    const serialSearch = await time(RUNS, () =>
      repo.register(db, orgId, asOf, { clientId: null, serial: 'SN00123', limit: 50 }),
    );
    const rows = await repo.register(db, orgId, asOf, { clientId: bigClient, limit: PAGE });
    return {
      name: 'equipment-register',
      engine: 'sqlite',
      units: UNITS,
      clientUnits: CLIENT_UNITS,
      runs: RUNS,
      page: PAGE,
      generateSeconds: Number(generateSeconds.toFixed(1)),
      clientRegisterPageMs: clientPage,
      ownershipViewPageMs: ownershipPage,
      serialSearchMs: serialSearch,
      checked: { clientPageRows: rows.length, allOfTheClient: rows.every((r) => r.client_id === bigClient) },
      goalP99Ms: 50,
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
