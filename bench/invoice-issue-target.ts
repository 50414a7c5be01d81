/**
 * The server under load for the invoice-issue benchmark: Clausier with the demo data on a fresh
 * SQLite file, or in a fresh PostgreSQL schema (BENCH_ISSUE_ENGINE=postgres), and a bearer token
 * of the accounting user. Every statement the database receives is counted (a Kysely plugin), so
 * the target first creates and issues two invoices through its own HTTP stack and reports how many
 * statements each step of the second sent (BENCH_LOG_STATEMENTS=1 lists them on stderr). Prints one JSON line, then serves until SIGTERM (dropping its data).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KyselyPlugin } from 'kysely';
import { openApp } from '../src/app.ts';
import { buildServer } from '../src/http/server.ts';
import { seedDemo } from '../src/seed/seed-demo.ts';
import { adminQuery, PG_URL } from '../test/helpers/db.ts';
import { invoiceBody } from './invoice-issue-body.ts';
import { describeStatement } from './statement-label.ts';

const engine = process.env.BENCH_ISSUE_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-issue-'));
const schema = engine === 'postgres' ? `bench_issue_${randomBytes(6).toString('hex')}` : undefined;
if (schema) await adminQuery(`create schema ${schema}`);
const app = await openApp(
  schema ? { databaseUrl: PG_URL, pgSchema: schema } : { databaseUrl: `sqlite:${path.join(dir, 'issue.db')}` },
);
await seedDemo(app.ctx);

let statements = 0;
/** What each statement of the warm-up invoice was (kind and table), printed to stderr with BENCH_LOG_STATEMENTS. */
let log: string[] = [];
const counter: KyselyPlugin = {
  transformQuery: (args) => {
    statements++;
    log.push(describeStatement(args.node));
    return args.node;
  },
  transformResult: async (args) => args.result,
};
const uncounted = app.ctx.db;
app.ctx.db = app.ctx.db.withPlugin(counter);

const server = await buildServer(app.ctx, { logger: false, webDistDir: '/nonexistent' });
await server.listen({ host: '127.0.0.1', port: 0 });

const login = await server.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email: 'compta@alleo.example', password: 'demo-compta-2026' },
});
const cookie = login.cookies.find((c) => c.name === 'clausier_session');
const tokenRes = await server.inject({
  method: 'POST',
  url: '/api/tokens',
  headers: { cookie: `clausier_session=${cookie?.value}`, 'x-csrf-token': login.json().csrfToken as string },
  payload: { name: 'bench', expiresInDays: 1 },
});
const token = tokenRes.json().token as string;
const clientId = (
  await app.ctx.db
    .selectFrom('clients')
    .select('id')
    .where('legal_name', '=', 'Transports Morel SAS')
    .executeTakeFirstOrThrow()
).id;

/**
 * Two invoices through the server's own stack: the first warms up (the token enters the auth cache,
 * the year's counter and the evidence head are created); the statements of the second, the steady
 * state every benchmarked invoice pays, are counted.
 */
const auth = {
  authorization: `Bearer ${token}`,
  ...(process.env.BENCH_ISSUE_ANSWER !== 'full' ? { prefer: 'return=minimal' } : {}),
};
async function createAndIssue() {
  const before = statements;
  log = [];
  const created = await server.inject({
    method: 'POST',
    url: '/api/invoices',
    headers: auth,
    payload: invoiceBody(clientId),
  });
  const create = { count: statements - before, log };
  if (created.statusCode !== 201)
    throw new Error(`warm-up create failed: ${created.statusCode} ${created.body.slice(0, 400)}`);
  const id = (created.json().id ?? created.json().invoice.id) as string;
  const beforeIssue = statements;
  log = [];
  const issued = await server.inject({ method: 'POST', url: `/api/invoices/${id}/issue`, headers: auth, payload: {} });
  if (issued.statusCode !== 200)
    throw new Error(`warm-up issue failed: ${issued.statusCode} ${issued.body.slice(0, 300)}`);
  return { create, issue: { count: statements - beforeIssue, log } };
}
await createAndIssue();
const counted = await createAndIssue();
const createStatements = counted.create.count;
const issueStatements = counted.issue.count;
// Counting stops here: the benchmarked requests do not pay for the plugin.
app.ctx.db = uncounted;
if (process.env.BENCH_LOG_STATEMENTS)
  process.stderr.write(
    `[${engine}] create: ${createStatements}\n  ${counted.create.log.join('\n  ')}\n` +
      `[${engine}] issue: ${issueStatements}\n  ${counted.issue.log.join('\n  ')}\n`,
  );

const port = (server.server.address() as { port: number }).port;
process.stdout.write(JSON.stringify({ port, token, clientId, engine, createStatements, issueStatements }) + '\n');
process.on('SIGTERM', async () => {
  await server.close();
  await app.close();
  if (schema) await adminQuery(`drop schema ${schema} cascade`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
