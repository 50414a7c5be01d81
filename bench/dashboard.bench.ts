/**
 * The dashboard with a busy ledger: BENCH_DASHBOARD_INVOICES issued invoices (100,000 by default)
 * over 500 clients and two years, one in three unsettled (so tens of thousands overdue), one
 * credit note per 50, a payment per settled invoice; then GET /api/dashboard as an
 * administrator (every section) through the whole HTTP stack (access hook, zod serialisation),
 * BENCH_DASHBOARD_REQUESTS times one after the other. Target: p99 under 100 ms (issue 17).
 *
 * `npm run bench dashboard`. BENCH_DASHBOARD_DATABASE_URL=postgres://… runs on PostgreSQL in a
 * schema of its own (dropped afterwards); by default a SQLite file in a temporary directory.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import { openApp } from '../src/app.ts';
import type { InvoicesTable, PaymentsTable } from '../src/db/schema.ts';
import { addDays } from '../src/kernel/dates.ts';
import { buildServer } from '../src/http/server.ts';
import { ensureLadder } from '../src/modules/dunning/index.ts';
import { createUser } from '../src/modules/users/index.ts';
import { adminQuery } from '../test/helpers/db.ts';
import { insertClient } from '../test/helpers/concurrent-issue.ts';
import { issuedInvoiceRow, paymentRow } from '../test/helpers/seed-invoices.ts';

const INVOICES = Number(process.env.BENCH_DASHBOARD_INVOICES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 300);
const PG_URL = process.env.BENCH_DASHBOARD_DATABASE_URL;
/** A SQLite file kept between runs (seeded once when empty): to profile the queries without seeding again. */
const KEEP_FILE = process.env.BENCH_DASHBOARD_SQLITE_FILE;
const TODAY = '2026-12-07';

export async function runDashboardBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-dashboard-'));
  const schema = PG_URL ? `bench_dash_${randomBytes(6).toString('hex')}` : undefined;
  if (schema) await adminQuery(`create schema ${schema}`, PG_URL);
  const app = await openApp(
    PG_URL
      ? { databaseUrl: PG_URL, pgSchema: schema }
      : { databaseUrl: `sqlite:${KEEP_FILE ?? path.join(dir, 'dash.db')}` },
    () => new Date(`${TODAY}T09:00:00Z`),
  );
  try {
    const db = app.ctx.db;
    const orgId = (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const t = { ctx: app.ctx, orgId };
    const seeded = (await db.selectFrom('invoices').select('id').limit(1).execute()).length > 0;
    // The default ladder (the dashboard counts the steps due), as the dunning screen creates it.
    await ensureLadder(app.ctx, orgId);
    const clients: string[] = [];
    if (!seeded) for (let c = 0; c < 500; c++) clients.push(await insertClient(t));
    const seedStart = performance.now();
    const CHUNK = 500;
    for (let start = 0; !seeded && start < INVOICES; start += CHUNK) {
      const invoices: Insertable<InvoicesTable>[] = [];
      const payments: Insertable<PaymentsTable>[] = [];
      for (let i = start; i < Math.min(INVOICES, start + CHUNK); i++) {
        const clientId = clients[(i * 7) % clients.length]!;
        // Two years of issue dates, due 30 days later; the last ones are not yet due.
        const issueDate = addDays(TODAY, -730 + Math.floor((i * 760) / INVOICES));
        const dueDate = addDays(issueDate, 30);
        const credit = i % 50 === 49;
        const settled = !credit && i % 3 !== 2;
        const gross = 12_000 + (i % 900) * 10;
        invoices.push(
          issuedInvoiceRow(orgId, {
            clientId,
            number: `${credit ? 'AV' : 'F'}-${String(i + 1).padStart(7, '0')}`,
            issueDate,
            dueDate,
            grossCents: gross,
            paidCents: settled ? gross : 0,
            settledOn: settled ? dueDate : null,
            kind: credit ? 'credit-note' : 'invoice',
          }),
        );
        if (settled) payments.push(paymentRow(orgId, { clientId, receivedOn: dueDate, amountCents: gross }));
      }
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('invoices').values(invoices).execute();
        if (payments.length) await trx.insertInto('payments').values(payments).execute();
      });
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const email = `bench.${randomBytes(4).toString('hex')}@test.example`;
    await createUser(app.ctx, orgId, {
      email,
      name: 'Bench',
      role: 'admin',
      password: 'bench-password-1',
    });
    const server = await buildServer(app.ctx, { logger: false, webDistDir: '/nonexistent' });
    try {
      const login = await server.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'bench-password-1' },
      });
      const cookie = login.cookies.find((c) => c.name === 'clausier_session');
      const headers = { cookie: `clausier_session=${cookie?.value}` };
      const first = await server.inject({ method: 'GET', url: '/api/dashboard', headers });
      if (first.statusCode !== 200) throw new Error(`dashboard answered ${first.statusCode}: ${first.body}`);
      const overdue = first.json().receivables.overdue;
      for (let i = 0; i < 10; i++) await server.inject({ method: 'GET', url: '/api/dashboard', headers });
      const times: number[] = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < REQUESTS; i++) {
        const start = performance.now();
        const res = await server.inject({ method: 'GET', url: '/api/dashboard', headers });
        times.push(performance.now() - start);
        if (res.statusCode !== 200) throw new Error(`dashboard answered ${res.statusCode}`);
      }
      const used = process.cpuUsage(cpu);
      times.sort((a, b) => a - b);
      const at = (q: number) => Number(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!.toFixed(1));
      return {
        name: 'dashboard',
        engine: app.ctx.dialect,
        invoices: INVOICES,
        overdueInvoices: overdue.count,
        requests: REQUESTS,
        seedSeconds: Number(seedSeconds.toFixed(1)),
        p50Ms: at(0.5),
        p99Ms: at(0.99),
        maxMs: Number(times.at(-1)!.toFixed(1)),
        // CPU time of this process per request (SQLite runs in it; PostgreSQL's share is not counted).
        cpuMsPerRequest: Number(((used.user + used.system) / 1000 / REQUESTS).toFixed(1)),
        underTarget: at(0.99) < 100,
        loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
      };
    } finally {
      await server.close();
    }
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (schema) await adminQuery(`drop schema ${schema} cascade`, PG_URL);
  }
}
