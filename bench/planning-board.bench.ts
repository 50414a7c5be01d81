/**
 * The planning board query (art. 6.9 screens): a week of every technician's interventions, read
 * through the interventions module as the board does (GET /api/interventions/board), on SQLite
 * with 50 technicians × 1 year of interventions (two a working day each). Goal: p99 under 50 ms.
 * The full list (GET /api/interventions, every column) is measured too, for comparison: the board
 * reads only the columns it draws, which is what brings its p99 down (issue #11).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/app.ts';
import { listInterventions, planningBoard } from '../src/modules/interventions/index.ts';

const TECHNICIANS = Number(process.env.BENCH_PLANNING_TECHNICIANS ?? 50);
const DAYS = Number(process.env.BENCH_PLANNING_DAYS ?? 365);
const QUERIES = Number(process.env.BENCH_PLANNING_QUERIES ?? 200);

const addDays = (civil: string, n: number) =>
  new Date(Date.parse(`${civil}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runPlanningBoardBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-plan-'));
  const app = await openApp({ databaseUrl: `sqlite:${path.join(dir, 'plan.db')}` });
  try {
    const orgId = (await app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const sqlite = app.handle.sqlite!;
    const now = '2026-01-01T00:00:00.000Z';
    sqlite
      .prepare(
        `insert into clients (id, org_id, legal_name, siren, address_line, postal_code, city, country, created_at, updated_at) values ('bench-client', ?, 'Client du banc', '552081317', '1 rue du Banc', '75001', 'Paris', 'FR', ?, ?)`,
      )
      .run(orgId, now, now);
    const insertTech = sqlite.prepare(
      'insert into technicians (id, org_id, user_id, name, active, created_at, updated_at) values (?, ?, null, ?, 1, ?, ?)',
    );
    const insertIntervention = sqlite.prepare(
      `insert into interventions (id, org_id, contract_id, contract_line_id, client_id, service_kind, label, mode, site_address, date, start_time, end_time, service_price_cents, terms_version, status, confirmation, created_by, created_at, updated_at)
       values (?, ?, 'bench-contract', 'bench-line', 'bench-client', 'installation', 'Installation', 'on-site', '1 rue du Banc, 75001 Paris', ?, ?, ?, 95000, 'ALLEO-1', 'scheduled', 'pending', 'bench', ?, ?)`,
    );
    const insertSlot = sqlite.prepare(
      'insert into intervention_technicians (intervention_id, technician_id, org_id, starts_at, ends_at, active) values (?, ?, ?, ?, ?, 1)',
    );
    const genStart = performance.now();
    let count = 0;
    const start = '2026-01-05';
    sqlite.transaction(() => {
      for (let t = 0; t < TECHNICIANS; t++) insertTech.run(`tech-${t}`, orgId, `Technicien ${t}`, now, now);
      for (let d = 0; d < DAYS; d++) {
        const date = addDays(start, d);
        const wd = new Date(`${date}T12:00:00Z`).getUTCDay();
        if (wd === 0 || wd === 6) continue;
        for (let t = 0; t < TECHNICIANS; t++) {
          for (const [from, to] of [
            ['09:00', '12:00'],
            ['14:00', '17:00'],
          ] as const) {
            const id = `i-${count++}`;
            insertIntervention.run(id, orgId, date, from, to, now, now);
            insertSlot.run(id, `tech-${t}`, orgId, `${date}T${from}`, `${date}T${to}`);
          }
        }
      }
    })();
    sqlite.exec('analyze');
    const generateSeconds = (performance.now() - genStart) / 1000;
    const actor = {
      userId: 'bench',
      orgId,
      role: 'order-admin' as const,
      clientId: null,
      email: 'bench@example',
      name: 'Bench',
    };
    const weeks = Math.max(1, Math.floor(DAYS / 7));
    const measure = async (read: (from: string, to: string) => Promise<unknown[]>) => {
      // Warm-up (prepared statements, JIT), not measured.
      for (let q = 0; q < 10; q++) await read(start, addDays(start, 6));
      const times: number[] = [];
      let rows = 0;
      for (let q = 0; q < QUERIES; q++) {
        const monday = addDays(start, 7 * (q % weeks));
        const t0 = performance.now();
        rows = (await read(monday, addDays(monday, 6))).length;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { rows, p50: percentile(times, 50), p99: percentile(times, 99) };
    };
    const loadBefore = os.loadavg()[0]!;
    const board = await measure((from, to) => planningBoard(app.ctx, actor, { from, to }));
    const list = await measure((from, to) => listInterventions(app.ctx, actor, { from, to }));
    const p99 = board.p99;
    return {
      name: 'planning-board',
      engine: 'sqlite',
      technicians: TECHNICIANS,
      days: DAYS,
      interventions: count,
      queries: QUERIES,
      rowsPerWeek: board.rows,
      generateSeconds: Number(generateSeconds.toFixed(2)),
      p50Ms: Number(board.p50.toFixed(2)),
      p99Ms: Number(p99.toFixed(2)),
      fullListP50Ms: Number(list.p50.toFixed(2)),
      fullListP99Ms: Number(list.p99.toFixed(2)),
      loadAverage1m: Number(loadBefore.toFixed(2)),
      goalP99Ms: 50,
      met: p99 < 50,
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
