/**
 * The late-payment sweep step (art. 10.3) over 1,000,000 issued invoices on SQLite: target ≤ 60 s
 * and ≤ 1 GB. The invoices are bulk-inserted (multi-row INSERTs, a few transactions) into a SQLite
 * file in a temporary directory: 60 % paid on time, 10 % paid late, 10 % not yet due, 10 % overdue
 * unpaid, 10 % overdue partly paid (so ~20 % overdue, ~30 % for the step to examine on a first
 * run), inserted in issue-date order with random ids, as a real base grows. Then the step alone
 * runs in a fresh child process (so its peak RSS is its own): a first run, where every late
 * invoice changes state and gets its decision in the evidence log, and the next day's run, the
 * steady state (figures refreshed, no state change).
 *
 * `npm run bench late-payment-sweep`; BENCH_LATE_INVOICES=100000 for a smaller run;
 * BENCH_LATE_NODE_FLAGS='--max-semi-space-size=64' to time the step with a larger young generation.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp } from '../src/app.ts';
import { addDays } from '../src/kernel/dates.ts';
import { latePaymentStep } from '../src/modules/late-payment/index.ts';

const INVOICES = Number(process.env.BENCH_LATE_INVOICES ?? 1_000_000);
const CLIENTS = 20_000;
const AS_OF = '2026-03-02';
const TARGET = { maxSeconds: 60, maxRssMb: 1024 };
const ROWS_PER_INSERT = 100;
/** Node flags of the timed process, e.g. BENCH_LATE_NODE_FLAGS='--max-semi-space-size=64'. */
const NODE_FLAGS = (process.env.BENCH_LATE_NODE_FLAGS ?? '').split(' ').filter(Boolean);

/** A deterministic pseudo-random sequence (LCG), so every run builds the same data. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** A UUID-looking id, pseudo-random but deterministic and unique per (prefix, n). */
function fakeUuid(prefix: number, n: number): string {
  const h = (x: number) => (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0).toString(16).padStart(8, '0');
  const hex =
    h(n * 7 + prefix) +
    h(n * 13 + prefix * 31 + 1) +
    prefix.toString(16).padStart(2, '0') +
    n.toString(16).padStart(14, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const DAY0 = '2025-01-01';

/** One invoice to generate: issue day (from DAY0), category, amount, client, payments (day, cents). */
interface Planned {
  day: number;
  gross: number;
  client: number;
  payments: Array<[number, number]>;
}

/**
 * Builds the database; returns its path and what it holds. Invoices are inserted in issue-date
 * order with random ids, as a real base grows, and the mix is: 60 % paid on time, 10 % paid late
 * (half in two parts), 10 % not yet due, 10 % overdue unpaid, 10 % overdue partly paid.
 */
export async function generate(dir: string) {
  const file = path.join(dir, 'late.db');
  const app = await openApp({ databaseUrl: `sqlite:${file}` }, () => new Date('2026-03-01T12:00:00Z'));
  const orgId = (await app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
  const sqlite = app.handle.sqlite!;
  const at = '2026-03-01T12:00:00.000Z';
  const rand = lcg(42);
  const stats = { paidOnTime: 0, paidLate: 0, notDue: 0, overdueUnpaid: 0, overduePartlyPaid: 0, payments: 0 };
  const start = performance.now();
  const multi = (table: string, cols: readonly string[], rows: number) =>
    sqlite.prepare(
      `insert into ${table} (${cols.join(',')}) values ${Array(rows)
        .fill(`(${cols.map(() => '?').join(',')})`)
        .join(',')}`,
    );

  const clientCols = [
    'id',
    'org_id',
    'legal_name',
    'siren',
    'address_line',
    'postal_code',
    'city',
    'country',
    'created_at',
    'updated_at',
    'public_buyer',
  ] as const;
  const insertClients = multi('clients', clientCols, ROWS_PER_INSERT);
  sqlite.transaction(() => {
    for (let c = 0; c < CLIENTS; c += ROWS_PER_INSERT) {
      const values: unknown[] = [];
      for (let k = c; k < c + ROWS_PER_INSERT; k++)
        values.push(
          fakeUuid(1, k),
          orgId,
          `Client ${k} SAS`,
          '552081317',
          '1 rue du Test',
          '75001',
          'Paris',
          'FR',
          at,
          at,
          k % 50 === 0 ? 1 : 0,
        );
      insertClients.run(values);
    }
  })();

  // Plan every invoice, then insert them by issue day.
  const byDay: Planned[][] = [];
  for (let i = 0; i < INVOICES; i++) {
    const r = i % 100;
    const gross = 10_000 + rand(490_000);
    const p: Planned = { day: 0, gross, client: rand(CLIENTS), payments: [] };
    if (r < 60) {
      p.day = rand(396);
      p.payments.push([p.day + 10 + rand(20), gross]);
      stats.paidOnTime++;
    } else if (r < 70) {
      p.day = rand(365);
      if (rand(2) === 0) {
        const part = Math.floor(gross / 2);
        p.payments.push([p.day + 20 + rand(30), part], [p.day + 52 + rand(38), gross - part]);
      } else p.payments.push([p.day + 31 + rand(60), gross]);
      stats.paidLate++;
    } else if (r < 80) {
      p.day = 396 + rand(29);
      stats.notDue++;
    } else if (r < 90) {
      p.day = rand(394);
      stats.overdueUnpaid++;
    } else {
      p.day = rand(370);
      p.payments.push([p.day + 15 + rand(40), Math.floor((gross * (30 + rand(40))) / 100)]);
      stats.overduePartlyPaid++;
    }
    (byDay[p.day] ??= []).push(p);
  }

  const invCols = [
    'id',
    'org_id',
    'client_id',
    'kind',
    'status',
    'origin',
    'number',
    'issue_date',
    'due_date',
    'nature',
    'payment_means',
    'terms_version',
    'notes_json',
    'net_cents',
    'vat_cents',
    'gross_cents',
    'vat_breakdown_json',
    'paid_cents',
    'settled_on',
    'created_by',
    'created_at',
    'issued_at',
    'issued_by',
    'updated_at',
  ] as const;
  const payCols = [
    'id',
    'org_id',
    'client_id',
    'received_on',
    'amount_cents',
    'means',
    'status',
    'created_by',
    'created_at',
    'updated_at',
  ] as const;
  const allocCols = ['id', 'org_id', 'payment_id', 'invoice_id', 'amount_cents', 'created_by', 'created_at'] as const;
  const statements = new Map<string, ReturnType<typeof multi>>();
  const insert = (table: string, cols: readonly string[], values: unknown[]) => {
    const rows = values.length / cols.length;
    const key = `${table}:${rows}`;
    let st = statements.get(key);
    if (!st) statements.set(key, (st = multi(table, cols, rows)));
    st.run(values);
  };
  let seq = 0;
  let paymentSeq = 0;
  let inv: unknown[] = [];
  let pay: unknown[] = [];
  let alloc: unknown[] = [];
  // Allocations reference their invoices and payments: those go in first.
  const flush = () => {
    if (inv.length > 0) insert('invoices', invCols, inv);
    if (pay.length > 0) {
      insert('payments', payCols, pay);
      insert('payment_allocations', allocCols, alloc);
    }
    inv = [];
    pay = [];
    alloc = [];
  };
  const write = sqlite.transaction((days: Planned[][]) => {
    for (const day of days) {
      for (const p of day ?? []) {
        const issue = addDays(DAY0, p.day);
        const id = fakeUuid(2, seq);
        const client = fakeUuid(1, p.client);
        const net = Math.round(p.gross / 1.2);
        const paid = p.payments.reduce((s, x) => s + x[1], 0);
        const settled = paid >= p.gross ? addDays(DAY0, p.payments[p.payments.length - 1]![0]) : null;
        inv.push(
          id,
          orgId,
          client,
          'invoice',
          'issued',
          'manual',
          `F-${issue.slice(0, 4)}-${String(++seq).padStart(7, '0')}`,
          issue,
          addDays(issue, 30),
          'services',
          'bank-transfer',
          'ALLEO-1',
          '[]',
          net,
          p.gross - net,
          p.gross,
          '[]',
          paid,
          settled,
          'bench',
          at,
          at,
          'bench',
          at,
        );
        for (const [d, amount] of p.payments) {
          const pid = fakeUuid(3, paymentSeq);
          pay.push(pid, orgId, client, addDays(DAY0, d), amount, 'bank-transfer', 'recorded', 'bench', at, at);
          alloc.push(fakeUuid(4, paymentSeq++), orgId, pid, id, amount, 'bench', at);
        }
        if (inv.length >= invCols.length * ROWS_PER_INSERT) flush();
      }
    }
    flush();
  });
  for (let d = 0; d < byDay.length; d += 30) write(byDay.slice(d, d + 30));
  byDay.length = 0;
  stats.payments = paymentSeq;
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.exec('analyze');
  const generateSeconds = (performance.now() - start) / 1000;
  await app.close();
  return { file, orgId, stats, generateSeconds };
}

/** Child process: runs the step alone for a day and reports time, counts and its own peak RSS. */
export async function child(file: string, orgId: string, asOf: string) {
  const app = await openApp({ databaseUrl: `sqlite:${file}` }, () => new Date(`${asOf}T01:00:00Z`));
  try {
    let total = 0;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const counts = await latePaymentStep.run(app.ctx, {
      orgId,
      asOf,
      onTotal: (n) => (total = n),
      onItem: () => {},
      beforeCommit: () => {},
    });
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const decisions = Number(
      (
        await app.ctx.db
          .selectFrom('decisions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    return {
      asOf,
      seconds: Number(seconds.toFixed(2)),
      cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
      total,
      ...counts,
      invoicesPerSecond: Math.round(counts.examined / seconds),
      decisionsInDatabase: decisions,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await app.close();
  }
}

function runChild(file: string, orgId: string, asOf: string) {
  const res = spawnSync(
    process.execPath,
    [...NODE_FLAGS, '--import', 'tsx', new URL(import.meta.url).pathname, '--child', file, orgId, asOf],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (res.status !== 0) throw new Error(`child failed (${res.status}): ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as Awaited<ReturnType<typeof child>>;
}

export async function runLatePaymentSweepBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-late-'));
  try {
    const { file, orgId, stats, generateSeconds } = await generate(dir);
    const databaseMb = Math.round(fs.statSync(file).size / 1048576);
    // The file was just written: flush it, so the timed runs do not compete with its write-back.
    const fd = fs.openSync(file, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    const first = runChild(file, orgId, AS_OF);
    const next = runChild(file, orgId, addDays(AS_OF, 1));
    const worst = Math.max(first.seconds, next.seconds);
    const rss = Math.max(first.peakRssMb, next.peakRssMb);
    return {
      name: 'late-payment-sweep',
      invoices: INVOICES,
      data: stats,
      generateSeconds: Number(generateSeconds.toFixed(1)),
      databaseMb,
      firstRun: first,
      nextDay: next,
      seconds: worst,
      invoicesPerSecond: Math.round(INVOICES / worst),
      peakRssMb: rss,
      nodeFlags: NODE_FLAGS,
      target: TARGET,
      meetsTarget: worst <= TARGET.maxSeconds && rss <= TARGET.maxRssMb,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--child')
    console.log(JSON.stringify(await child(process.argv[3]!, process.argv[4]!, process.argv[5]!)));
  else console.log(JSON.stringify(await runLatePaymentSweepBench()));
}
