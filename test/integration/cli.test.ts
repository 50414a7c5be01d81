/** The operators' command line, run as a real process against both engines. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { queueMail } from '../../src/mail/index.ts';
import { cliDatabase, runCli } from '../helpers/cli.ts';
import { header, startSmtpSink } from '../helpers/smtp-sink.ts';
import { DIALECTS } from '../helpers/db.ts';
import { RULES } from '../../src/rules/index.ts';

for (const dialect of DIALECTS) {
  describe(`clausier CLI [${dialect}]`, () => {
    let db: Awaited<ReturnType<typeof cliDatabase>>;
    beforeAll(async () => {
      db = await cliDatabase(dialect);
      // The real entry point (tsx over the sources); the other calls start the bundle of the same sources.
      const migrate = await runCli(['db', 'migrate'], db.env, undefined, { real: true });
      expect(migrate.code, migrate.stderr).toBe(0);
    });
    afterAll(() => db.cleanup());

    it('rules eval prints one decision as JSON (exit 0), invalid facts exit 2 with the errors', async () => {
      const ok = await runCli(
        ['rules', 'eval', 'invoice.due-date', '--as-of', '2026-03-03', '--facts', '-'],
        db.env,
        '{"issueDate":"2026-01-31"}',
      );
      expect(ok.code, ok.stderr).toBe(0);
      expect(JSON.parse(ok.stdout)).toMatchObject({
        rule: 'invoice.due-date',
        outcome: 'due',
        dueDate: '2026-03-02',
        citation: { article: '10.1' },
      });
      const bad = await runCli(
        ['rules', 'eval', 'invoice.due-date', '--as-of', '2026-03-03', '--facts', '-'],
        db.env,
        '{"issueDate":"31/01/2026","x":1}',
      );
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      const err = JSON.parse(bad.stderr.trim().split('\n').at(-1)!);
      expect(err.errors.map((e: { path: string }) => e.path).sort()).toEqual(['facts.issueDate', 'facts.x']);
    });

    it('rules list prints the whole catalogue, module decisions included, and rules eval reaches them', async () => {
      const list = await runCli(['rules', 'list'], db.env);
      expect(list.code, list.stderr).toBe(0);
      const ids = list.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/)[0]);
      expect(ids).toEqual(RULES.map((r) => r.id));
      expect(ids).toEqual(
        expect.arrayContaining([
          'invoice.acceleration',
          'client.prepayment',
          'contract.cancellation-for-non-payment',
          'contract.vat-rate',
          'licence.usage',
          'contract.assignment',
        ]),
      );
      const usage = await runCli(
        ['rules', 'eval', 'licence.usage', '--as-of', '2026-03-02', '--facts', '-'],
        db.env,
        '{"solution":"Suite","licensedUsers":25,"usersCount":32,"observedOn":"2026-03-02"}',
      );
      expect(usage.code, usage.stderr).toBe(0);
      expect(JSON.parse(usage.stdout)).toMatchObject({
        rule: 'licence.usage',
        outcome: 'over-usage',
        excessUsers: 7,
        citation: { article: '14.4', termsVersion: 'ALLEO-1' },
      });
    });

    it('rates import-ecb adds rows once, and a malformed file changes nothing', async () => {
      const first = await runCli(['rates', 'import-ecb', 'test/fixtures/ecb-mro-2025-2026.csv'], db.env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/5 rate changes in the file: 1 added, 0 changed, 4 unchanged/);
      const again = await runCli(['rates', 'import-ecb', 'test/fixtures/ecb-mro-2025-2026.csv'], db.env);
      expect(again.stdout).toMatch(/0 added, 0 changed, 5 unchanged/);
      const before = (await runCli(['rates', 'list'], db.env)).stdout;
      const bad = await runCli(['rates', 'import-ecb', 'test/fixtures/ecb-mro-malformed.csv'], db.env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/line 3/);
      expect((await runCli(['rates', 'list'], db.env)).stdout).toBe(before);
      expect(before).toContain('2026-09-16   2.40 %');
    });

    it("rates vat-change ends the category's rate the day before and opens the new one; bad input exits 2 and changes nothing", async () => {
      const before = (await runCli(['rates', 'vat-list'], db.env)).stdout;
      expect(before).toMatch(/2014-01-01 → …\s+20 % {2}Taux normal/);
      const bad = await runCli(
        ['rates', 'vat-change', '--label', 'Taux normal', '--rate', '20', '--from', '2013-01-01'],
        db.env,
      );
      expect(bad.code, bad.stderr).toBe(2);
      expect(bad.stderr).toMatch(/ratePercent: /);
      expect(bad.stderr).toMatch(/effectiveFrom: /);
      const unknown = await runCli(
        ['rates', 'vat-change', '--label', 'Taux majoré', '--rate', '25', '--from', '2027-01-01'],
        db.env,
      );
      expect(unknown.code, unknown.stderr).toBe(2);
      expect(unknown.stderr).toMatch(/label: .*Taux normal/);
      expect((await runCli(['rates', 'vat-list'], db.env)).stdout).toBe(before);
      const ok = await runCli(
        ['rates', 'vat-change', '--label', 'Taux normal', '--rate', '21', '--from', '2027-01-01'],
        db.env,
      );
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toContain('Taux normal: 20 % until 2026-12-31, then 21 % from 2027-01-01.');
      const after = (await runCli(['rates', 'vat-list'], db.env)).stdout;
      expect(after).toMatch(/2014-01-01 → 2026-12-31\s+20 % {2}Taux normal/);
      expect(after).toMatch(/2027-01-01 → …\s+21 % {2}Taux normal/);
    });

    it('users create makes a login; a bad email exits 2', async () => {
      const ok = await runCli(
        [
          'users',
          'create',
          '--email',
          'first.admin@alleo.example',
          '--name',
          'First Admin',
          '--password',
          'a-strong-password',
        ],
        db.env,
      );
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/Created admin first.admin@alleo.example/);
      const dup = await runCli(
        [
          'users',
          'create',
          '--email',
          'first.admin@alleo.example',
          '--name',
          'Again',
          '--password',
          'a-strong-password',
        ],
        db.env,
      );
      expect(dup.code).toBe(2);
      const bad = await runCli(['users', 'create', '--email', 'nope', '--name', 'X', '--password', 'short'], db.env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/email/);
    });

    it('db backup: an online SQLite copy, or a pointer to pg_dump', async () => {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bk-')), 'backup.db');
      const res = await runCli(['db', 'backup', out], db.env);
      if (dialect === 'sqlite') {
        expect(res.code, res.stderr).toBe(0);
        const copy = new Database(out, { readonly: true });
        expect((copy.prepare('select count(*) n from users').get() as { n: number }).n).toBeGreaterThanOrEqual(1);
        copy.close();
      } else {
        expect(res.code).toBe(2);
        expect(res.stderr).toContain('pg_dump');
      }
    });

    it('demo data: seeded once into an empty database, never in production', async () => {
      const prod = await runCli(['db', 'seed'], { ...db.env, NODE_ENV: 'production' });
      expect(prod.code).not.toBe(0);
      expect(prod.stderr).toMatch(/never seeded in production/);
      // This database already has a user (created above): seeding adds nothing.
      const again = await runCli(['db', 'seed'], db.env);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/nothing seeded/);
    });

    it('mail deliver sends the queued e-mails by hand: .eml files without SMTP_URL, else through SMTP', async () => {
      const handle = openDatabase(db.url, db.schema ? { pgSchema: db.schema } : {});
      const clock = { now: () => new Date() };
      const queue = (n: number) =>
        queueMail(handle.db, clock, {
          orgId: 'org-cli',
          from: 'adv@alleo.example',
          to: [`client-${n}@cli.example`],
          subject: `Message ${n}`,
          text: 'Bonjour',
        });
      const first = [await queue(1), await queue(2)];
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-mail-'));
      const sink = await startSmtpSink();
      try {
        const files = await runCli(['mail', 'deliver', '--no-progress'], { ...db.env, CLAUSIER_DATA_DIR: dataDir });
        expect(files.code, files.stderr).toBe(0);
        expect(files.stdout).toMatch(/2 sent, 0 failed attempts/);
        expect(fs.readdirSync(path.join(dataDir, 'outbox')).sort()).toEqual(first.map((q) => `${q.id}.eml`).sort());
        const smtpOne = await queue(3);
        const smtp = await runCli(['mail', 'deliver'], { ...db.env, CLAUSIER_DATA_DIR: dataDir, SMTP_URL: sink.url });
        expect(smtp.code, smtp.stderr).toBe(0);
        expect(smtp.stdout).toMatch(/1 sent, 0 failed attempts .*via SMTP/);
        expect(sink.received.map((r) => header(r.data, 'Message-ID'))).toEqual([expect.stringContaining(smtpOne.id)]);
        const none = await runCli(['mail', 'deliver'], { ...db.env, CLAUSIER_DATA_DIR: dataDir });
        expect(none.stdout).toMatch(/0 sent/);
      } finally {
        await sink.close();
        await handle.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('--help lists the commands', async () => {
      const res = await runCli(['--help'], db.env);
      expect(res.code).toBe(0);
      for (const c of ['serve', 'db', 'users', 'rules', 'rates', 'evidence', 'sweep', 'mail'])
        expect(res.stdout).toContain(c);
    });
  });
}
