/**
 * The daily sweep with its first real step (art. 17.2, personal data retention): decisions with
 * their citation, idempotent reruns, one sweep at a time, and a run killed midway that, rerun,
 * ends exactly like an uninterrupted one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import type { AppContext } from '../../src/context.ts';
import { cliDatabase, runCli } from '../helpers/cli.ts';
import { DIALECTS, freshDatabase, type TestDb } from '../helpers/db.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { ensureOrganisation } from '../../src/seed/seed-demo.ts';

/** 30 clients: every third one ended its relationship more than 5 years ago. */
async function seedClients(ctx: AppContext, orgId: string) {
  for (let i = 0; i < 30; i++) {
    const id = `client-${String(i).padStart(3, '0')}`;
    const ended = i % 3 === 0 ? '2021-03-01' : i % 3 === 1 ? '2024-06-30' : null;
    await ctx.db
      .insertInto('clients')
      .values({
        id,
        org_id: orgId,
        legal_name: `Client ${i}`,
        siren: '552081317',
        siret: null,
        vat_number: null,
        address_line: '1 rue',
        postal_code: '75001',
        city: 'Paris',
        country: 'FR',
        email: `contact${i}@client.example`,
        phone: '0102030405',
        relationship_ended_on: ended,
        anonymised_at: null,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z',
      })
      .execute();
    if (i === 0)
      await createUser(ctx, orgId, {
        email: 'person@client0.example',
        name: 'Jeanne Personne',
        role: 'client',
        password: 'long-enough-pass',
        clientId: id,
      });
  }
}

/** What the sweep leaves behind, free of ids and times that differ between two runs. */
async function outcome(ctx: AppContext) {
  const clients = await ctx.db
    .selectFrom('clients')
    .select(['id', 'email', 'phone'])
    .select((eb) => eb('anonymised_at', 'is not', null).as('anon'))
    .orderBy('id')
    .execute();
  const decisions = await ctx.db
    .selectFrom('decisions')
    .select(['object_id', 'rule', 'outcome', 'article', 'effect_key'])
    .orderBy('object_id')
    .execute();
  const evidence = await ctx.db
    .selectFrom('evidence_entries')
    .select(['object_id', 'kind'])
    .orderBy('object_id')
    .execute();
  const users = await ctx.db.selectFrom('users').select(['name', 'disabled']).execute();
  return { clients: clients.map((c) => ({ ...c, anon: Boolean(c.anon) })), decisions, evidence, users };
}

for (const dialect of DIALECTS) {
  describe(`daily sweep [${dialect}]`, () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await freshDatabase(dialect);
      await seedClients(t.ctx, t.orgId);
    });
    afterAll(() => t.cleanup());

    it('erases personal data only after the retention period, citing art. 17.2', async () => {
      const early = await runSweep(t.ctx, t.handle, { asOf: '2026-03-01' });
      expect(early.steps[0]).toMatchObject({ step: 'personal-data.retention', status: 'ran', examined: 20, acted: 0 });
      const report = await runSweep(t.ctx, t.handle, { asOf: '2026-03-02' });
      expect(report.steps[0]).toMatchObject({ status: 'ran', examined: 20, acted: 10 });
      const d = await t.ctx.db
        .selectFrom('decisions')
        .selectAll()
        .where('object_id', '=', 'client-000')
        .executeTakeFirstOrThrow();
      expect(d).toMatchObject({
        rule: 'personal-data.retention',
        outcome: 'erase',
        article: '17.2',
        terms_version: 'ALLEO-1',
        actor: 'system:sweep',
      });
      expect(JSON.parse(d.decision_json).retainUntil).toBe('2026-03-01');
      const c0 = await t.ctx.db
        .selectFrom('clients')
        .selectAll()
        .where('id', '=', 'client-000')
        .executeTakeFirstOrThrow();
      expect(c0.email).toBeNull();
      expect(c0.legal_name).toBe('Client 0');
      const user = await t.ctx.db
        .selectFrom('users')
        .selectAll()
        .where('client_id', '=', 'client-000')
        .executeTakeFirstOrThrow();
      expect(user).toMatchObject({ name: 'Utilisateur anonymisé', disabled: 1 });
      const c1 = await t.ctx.db
        .selectFrom('clients')
        .selectAll()
        .where('id', '=', 'client-001')
        .executeTakeFirstOrThrow();
      expect(c1.email).toBe('contact1@client.example');
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });

    it('a second run for the same day writes nothing', async () => {
      const before = await outcome(t.ctx);
      const runs = await t.ctx.db.selectFrom('sweep_runs').selectAll().execute();
      const again = await runSweep(t.ctx, t.handle, { asOf: '2026-03-02' });
      expect(again.steps[0]?.status).toBe('already-done');
      expect(await outcome(t.ctx)).toEqual(before);
      expect(await t.ctx.db.selectFrom('sweep_runs').selectAll().execute()).toEqual(runs);
    });

    it('another day acts only on what is new', async () => {
      const report = await runSweep(t.ctx, t.handle, { asOf: '2026-03-03' });
      expect(report.steps[0]).toMatchObject({ examined: 10, acted: 0 });
    });

    it('one sweep at a time', async () => {
      // The second sweep starts once the first is inside its step (so holds the lock), not after a delay.
      let release: () => void = () => {};
      let inStep: () => void = () => {};
      const blocker = new Promise<void>((r) => (release = r));
      const entered = new Promise<void>((r) => (inStep = r));
      const slowStep = {
        id: 'test.slow',
        article: '0',
        title: { fr: 'lent', en: 'slow' },
        run: async () => {
          inStep();
          await blocker;
          return { examined: 0, acted: 0 };
        },
      };
      const first = runSweep(t.ctx, t.handle, { asOf: '2026-03-04', steps: [slowStep] });
      try {
        await entered;
        await expect(runSweep(t.ctx, t.handle, { asOf: '2026-03-04', steps: [slowStep] })).rejects.toMatchObject({
          code: 'sweep.locked',
        });
      } finally {
        release();
        await first;
      }
    });
  });

  describe(`sweep killed midway and rerun [${dialect}]`, () => {
    it('ends exactly like an uninterrupted run', async () => {
      const interrupted = await cliDatabase(dialect);
      const straight = await cliDatabase(dialect);
      try {
        for (const target of [interrupted, straight]) {
          const h = openDatabase(target.url, target.schema ? { pgSchema: target.schema } : {});
          await migrateToLatest(h.db);
          const ctx: AppContext = { db: h.db, dialect, now: () => new Date('2026-03-02T01:00:00Z') };
          await seedClients(ctx, await ensureOrganisation(ctx));
          await h.close();
        }
        const killed = await runCli(['sweep', '--as-of', '2026-03-02', '--no-progress'], {
          ...interrupted.env,
          CLAUSIER_SWEEP_KILL_AFTER: '4',
        });
        expect(killed.signal).toBe('SIGKILL');
        const rerun = await runCli(['sweep', '--as-of', '2026-03-02', '--no-progress'], interrupted.env);
        expect(rerun.code, rerun.stderr).toBe(0);
        expect(rerun.stdout).toContain('personal-data.retention: ran');
        const full = await runCli(['sweep', '--as-of', '2026-03-02', '--no-progress'], straight.env);
        expect(full.code, full.stderr).toBe(0);
        const read = async (target: typeof interrupted) => {
          const h = openDatabase(target.url, target.schema ? { pgSchema: target.schema } : {});
          const ctx: AppContext = { db: h.db, dialect, now: () => new Date() };
          const o = await outcome(ctx);
          const v = await verifyEvidence(h.db, h.dialect);
          await h.close();
          return { o, v };
        };
        const a = await read(interrupted);
        const b = await read(straight);
        expect(a.o).toEqual(b.o);
        expect(a.o.decisions).toHaveLength(10);
        expect(a.v).toMatchObject({ ok: true, entries: 10 });
        const verify = await runCli(['evidence', 'verify'], interrupted.env);
        expect(verify.code).toBe(0);
        expect(verify.stdout).toContain('OK: 10 entries');
      } finally {
        await interrupted.cleanup();
        await straight.cleanup();
      }
    });
  });
}
