/**
 * A billing run killed at random points (SIGKILL: no cleanup, no rollback handler) and rerun:
 * each batch commits as a whole or not at all, so the end is exactly that of an uninterrupted
 * run — one invoice per contract, numbers F-2026-0000001…N without hole or duplicate, in
 * contract order, and an evidence log that verifies. Real processes of the command line (the
 * bundle of its sources, see test/helpers/cli-bundle.ts) on a
 * SQLite file with a few hundred contracts written in bulk.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { seedRentalContracts } from '../helpers/rental-samples.ts';
import { ensureOrganisation } from '../../src/seed/seed-demo.ts';
import { cliDatabase, type CliResult, runCli } from '../helpers/cli.ts';

const PERIOD = '2026-03';
const ARGS = ['billing', 'run', '--period', PERIOD, '--as-of', '2026-03-02', '--batch-size', '20', '--no-progress'];
const CONTRACTS = 400;

type Target = Awaited<ReturnType<typeof cliDatabase>>;

async function seed(target: Target) {
  const h = openDatabase(target.url);
  await migrateToLatest(h.db);
  const ctx: AppContext = { db: h.db, dialect: 'sqlite', now: () => new Date('2026-03-02T01:00:00Z') };
  const orgId = await ensureOrganisation(ctx);
  await seedRentalContracts(ctx, { orgId, count: CONTRACTS, financed: (i) => i % 37 === 5 });
  await h.close();
}

/** Spawns the run and SIGKILLs it `delayMs` after it announced its start. */
function runKilledAfter(env: Record<string, string>, delayMs: number): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.env.CLAUSIER_TEST_CLI ?? 'bin/clausier', ...ARGS], {
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (!armed && stdout.includes('billing run ')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** What the run leaves, checked for the invariants after every interruption. */
async function state(target: Target) {
  const h = openDatabase(target.url);
  try {
    const invoices = await h.db
      .selectFrom('invoices')
      .select(['billing_key', 'number', 'contract_id', 'gross_cents', 'period_start', 'period_end', 'status'])
      .where('origin', '=', 'rent')
      .orderBy('number')
      .execute();
    const lines = await h.db
      .selectFrom('invoice_lines')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const counter = await h.db
      .selectFrom('document_sequences')
      .select('last_value')
      .where('series', '=', 'F')
      .where('year', '=', 2026)
      .executeTakeFirst();
    const runs = await h.db
      .selectFrom('billing_runs')
      .select(['status', 'invoices_created', 'batches_committed'])
      .orderBy('started_at')
      .execute();
    const evidence = await verifyEvidence(h.db, h.dialect);
    const issuedEntries = await h.db
      .selectFrom('evidence_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('object_type', '=', 'invoice')
      .where('kind', '=', 'document.issued')
      .executeTakeFirstOrThrow();
    // The contracts the run must bill: rental covering a day of March 2026, not financed.
    const expected = await h.db
      .selectFrom('contracts')
      .select('id')
      .where('lessor_id', 'is', null)
      .where('effective_date', '<=', '2026-03-31')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('contract_lines')
            .select('id')
            .whereRef('contract_lines.contract_id', '=', 'contracts.id')
            .where('kind', '=', 'rental')
            .where('rental_ends_on', '>=', '2026-03-01'),
        ),
      )
      .orderBy('id')
      .execute();
    return {
      invoices,
      lines: Number(lines.n),
      counter: Number(counter?.last_value ?? 0),
      runs,
      evidence,
      issuedEntries: Number(issuedEntries.n),
      expected: expected.map((c) => c.id),
    };
  } finally {
    await h.close();
  }
}

function checkInvariants(s: Awaited<ReturnType<typeof state>>) {
  const numbers = s.invoices.map((i) => i.number);
  // Gapless and never twice: 1…n, and the counter stands at n (a killed batch gave its numbers back).
  expect(numbers).toEqual(numbers.map((_, i) => `F-2026-${String(i + 1).padStart(7, '0')}`));
  expect(s.counter).toBe(numbers.length);
  expect(new Set(s.invoices.map((i) => i.contract_id)).size).toBe(s.invoices.length);
  // Numbers follow the contracts' order: each run resumes after what the previous one committed.
  const contracts = s.invoices.map((i) => i.contract_id!);
  expect(contracts).toEqual([...contracts].sort());
  expect(s.evidence).toMatchObject({ ok: true });
  expect(s.issuedEntries).toBe(s.invoices.length);
}

describe('billing run killed at random points and rerun [sqlite]', () => {
  it('ends exactly like an uninterrupted run: one invoice per contract, no hole, evidence verifies', async () => {
    const interrupted = await cliDatabase('sqlite');
    const straight = await cliDatabase('sqlite');
    try {
      await seed(interrupted);
      await seed(straight);
      const choices: string[] = [];
      let finished = false;
      let kills = 0;
      for (let k = 0; k < 6 && !finished; k++) {
        let res: CliResult;
        if (k % 2 === 0) {
          // Fault injection: the process kills itself inside a batch transaction, before commit.
          const after = Math.floor(Math.random() * 3);
          choices.push(`kill inside batch ${after + 1}`);
          res = await runCli(ARGS, { ...interrupted.env, CLAUSIER_BILLING_KILL_AFTER: String(after) });
        } else {
          // A kill from outside at a random moment of the run.
          const delay = Math.floor(Math.random() * 120);
          choices.push(`kill after ${delay} ms`);
          res = await runKilledAfter(interrupted.env, delay);
        }
        if (res.signal === 'SIGKILL') kills++;
        else {
          expect(res.code, `${choices.join(', ')}\n${res.stderr}`).toBe(0);
          finished = true;
        }
        checkInvariants(await state(interrupted));
      }
      expect(kills, choices.join(', ')).toBeGreaterThan(0);

      const rerun = await runCli(ARGS, interrupted.env);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toMatch(/\d+ invoices issued/);
      const full = await runCli(ARGS, straight.env);
      expect(full.code, full.stderr).toBe(0);

      const a = await state(interrupted);
      const b = await state(straight);
      checkInvariants(a);
      expect(a.expected.length).toBeGreaterThan(200);
      expect(a.invoices.map((i) => i.contract_id)).toEqual(a.expected);
      // Same invoices, same numbers, same amounts as the run never interrupted.
      expect(a.invoices).toEqual(b.invoices);
      expect(a.lines).toBe(b.lines);
      // Every killed run is marked interrupted by the next one; the last run is done.
      expect(a.runs.at(-1)!.status).toBe('done');
      expect(a.runs.slice(0, -1).every((r) => r.status === 'interrupted' || r.status === 'done')).toBe(true);
      expect(a.runs.reduce((n, r) => n + Number(r.invoices_created), 0)).toBe(a.invoices.length);

      const again = await runCli(ARGS, interrupted.env);
      expect(again.stdout).toContain(`0 invoices issued, ${a.invoices.length} already billed`);
      const verify = await runCli(['evidence', 'verify'], interrupted.env);
      expect(verify.code, verify.stderr).toBe(0);
      expect(verify.stdout).toMatch(/^OK: \d+ entries/);
    } finally {
      await interrupted.cleanup();
      await straight.cleanup();
    }
  }, 180_000);
});
