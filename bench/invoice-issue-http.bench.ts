/**
 * Invoices created then issued over HTTP (issue #19): the server in a child process
 * (bench/invoice-issue-target.ts), a client with a bearer token and keep-alive, a two-line manual
 * invoice created (`POST /api/invoices`) then issued (`POST /api/invoices/:id/issue`, Factur-X
 * PDF/A-3 stored in the evidence log). For each engine (SQLite, then PostgreSQL) in one run:
 * sequential, then 8 clients side by side. Reports invoices/s, p50/p99 of create and of issue,
 * the server's CPU ms per invoice, the statements each step sends, and checks the numbering:
 * the numbers issued are F-YYYY-0000001…N with no hole and no duplicate.
 *
 * The client asks `Prefer: return=minimal` (RFC 7240): it needs the id and the number, not the
 * whole invoice read back; BENCH_ISSUE_ANSWER=full measures the full answers instead.
 *
 * `npm run bench invoice-issue-http`; BENCH_ISSUE_COUNT (default 1000 per client), BENCH_ISSUE_WARMUP (default 1000, issued first and not measured: V8 keeps optimising past the first few hundred),
 * BENCH_ISSUE_CLIENTS (default 8), BENCH_ISSUE_ENGINES (default "sqlite,postgres"); BENCH_PROFILE_DIR=dir
 * writes the server's CPU profile there (node --cpu-prof). BENCH_ISSUE_BEFORE=<another checkout,
 * with its node_modules> also runs that checkout's server, engine by engine just before this one,
 * so that before and after are measured in one run on the same machine. Statements are counted by a Kysely
 * plugin: every query Kysely compiles, not the BEGIN/COMMIT of a transaction.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { invoiceBody } from './invoice-issue-body.ts';
import { postJson } from './post-json.ts';
import { quietStart } from './quiet-start.ts';

const COUNT = Number(process.env.BENCH_ISSUE_COUNT ?? 1000);
const CLIENTS = Number(process.env.BENCH_ISSUE_CLIENTS ?? 8);
const ENGINES = (process.env.BENCH_ISSUE_ENGINES ?? 'sqlite,postgres').split(',');
const MINIMAL = process.env.BENCH_ISSUE_ANSWER !== 'full';
const BEFORE = process.env.BENCH_ISSUE_BEFORE;
/** Invoices issued before measuring (lazy imports, JIT), counted in the numbering check only. */
const WARM_UP = Number(process.env.BENCH_ISSUE_WARMUP ?? 1000);
const TARGETS = {
  sqlite: { sequential: 500, concurrent: 700 },
  postgres: { sequential: 250, concurrent: 300, issueP99Ms: 50 },
} as const;

interface Target {
  port: number;
  token: string;
  clientId: string;
  engine: string;
  createStatements: number;
  issueStatements: number;
}

function post(t: Target, url: string, body: unknown, expect: number) {
  return postJson(t.port, url, body, expect, {
    authorization: `Bearer ${t.token}`,
    ...(MINIMAL ? { prefer: 'return=minimal' } : {}),
  });
}

/** CPU ms the server process has used (/proc: utime + stime, clock ticks of 10 ms). */
function serverCpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const percentile = (sorted: number[], p: number) =>
  Number((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1));

async function run(t: Target, pid: number, clients: number, count = COUNT) {
  const create: number[] = [];
  const issue: number[] = [];
  const numbers: string[] = [];
  let errors = 0;
  const cpuBefore = serverCpuMs(pid);
  const clientCpuBefore = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < count; i++) {
        try {
          const t0 = performance.now();
          const created = await post(t, '/api/invoices', invoiceBody(t.clientId), 201);
          const t1 = performance.now();
          // The short answer (Prefer honoured) or the whole invoice (full, or a server without it).
          const id = (created.id ?? created.invoice.id) as string;
          const issued = await post(t, `/api/invoices/${id}/issue`, {}, 200);
          create.push(t1 - t0);
          issue.push(performance.now() - t1);
          numbers.push((issued.number ?? issued.invoice.number) as string);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const cpuAfter = serverCpuMs(pid);
  const clientCpu = process.cpuUsage(clientCpuBefore);
  create.sort((a, b) => a - b);
  issue.sort((a, b) => a - b);
  return {
    clients,
    invoices: numbers.length,
    errors,
    seconds: Number(seconds.toFixed(2)),
    invoicesPerSecond: Number((numbers.length / seconds).toFixed(1)),
    createP50Ms: percentile(create, 0.5),
    createP99Ms: percentile(create, 0.99),
    issueP50Ms: percentile(issue, 0.5),
    issueP99Ms: percentile(issue, 0.99),
    serverCpuMsPerInvoice:
      cpuBefore !== null && cpuAfter !== null ? Number(((cpuAfter - cpuBefore) / numbers.length).toFixed(2)) : null,
    // The client shares the machine's two cores with the server: what it costs is measured too.
    clientCpuMsPerInvoice: Number(((clientCpu.user + clientCpu.system) / 1000 / numbers.length).toFixed(2)),
    numbers,
  };
}

/** The numbers issued in the whole run: 1…N of one series, no hole, no duplicate. */
function numberingCheck(numbers: string[]) {
  const seq = numbers.map((n) => Number(n.split('-').at(-1))).sort((a, b) => a - b);
  const duplicates = seq.filter((n, i) => i > 0 && seq[i - 1] === n).length;
  const holes = seq.length === 0 ? 0 : seq[seq.length - 1]! - seq[0]! + 1 - (seq.length - duplicates);
  return { issued: seq.length, first: seq[0] ?? null, last: seq.at(-1) ?? null, duplicates, holes };
}

async function benchEngine(engine: string, checkout = process.cwd()) {
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/invoice-issue-target.ts'], {
    cwd: checkout,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_ISSUE_ENGINE: engine },
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`target exited with ${code}`)));
    });
    const t = JSON.parse(line) as Target;
    const warmUp = await run(t, child.pid!, 1, WARM_UP);
    const loadAtSequentialStart = await quietStart();
    const sequential = await run(t, child.pid!, 1);
    const loadAtConcurrentStart = await quietStart();
    const concurrent = await run(t, child.pid!, CLIENTS);
    // The two warm-up invoices of the target are numbers 1 and 2 of the series.
    const numbering = numberingCheck([
      'F-0-1',
      'F-0-2',
      ...warmUp.numbers,
      ...sequential.numbers,
      ...concurrent.numbers,
    ]);
    const { numbers: _s, ...seq } = sequential;
    const { numbers: _c, ...conc } = concurrent;
    return {
      engine,
      ...(checkout !== process.cwd() ? { checkout } : {}),
      statementsPerCreate: t.createStatements,
      statementsPerIssue: t.issueStatements,
      sequential: { ...seq, loadAverageAtStart: loadAtSequentialStart },
      concurrent: { ...conc, loadAverageAtStart: loadAtConcurrentStart },
      numbering,
      target: TARGETS[engine as keyof typeof TARGETS],
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function runInvoiceIssueHttpBench() {
  const results = [];
  for (const engine of ENGINES) {
    if (BEFORE) results.push(await benchEngine(engine, BEFORE));
    results.push(await benchEngine(engine));
  }
  return {
    name: 'invoice-issue-http',
    description: `two-line manual invoice created then issued over HTTP (bearer token, keep-alive, ${MINIMAL ? 'Prefer: return=minimal' : 'full answers'}): ${WARM_UP} not measured, then 1 client × ${COUNT}, then ${CLIENTS} clients × ${COUNT}, per engine`,
    loadAverageAtStart: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    results,
  };
}
