/**
 * The bank and accounting commands of issue 13 as real processes on both engines: `export fec`
 * (a period without entries is the header alone, not an error), `bank import FILE` (a camt.053,
 * imported once), `sepa collect` (without the organisation's ICS: exit 2 naming the field; with
 * it and nothing due: no file written).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { cliDatabase, runCli } from '../helpers/cli.ts';
import { camt053 } from '../helpers/camt.ts';
import { DIALECTS } from '../helpers/db.ts';

const IBAN = 'FR7630006000011234567890189';

for (const dialect of DIALECTS) {
  describe(`clausier bank, export and sepa commands [${dialect}]`, () => {
    let db: Awaited<ReturnType<typeof cliDatabase>>;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-cli13-'));
    const setOrg = async (set: Record<string, string | null>) => {
      const handle = openDatabase(db.url, db.schema ? { pgSchema: db.schema } : {});
      try {
        await handle.db.updateTable('organisations').set(set).execute();
      } finally {
        await handle.close();
      }
    };
    beforeAll(async () => {
      db = await cliDatabase(dialect);
      const seed = await runCli(['db', 'seed', '--no-activity'], db.env);
      expect(seed.code, seed.stderr).toBe(0);
    });
    afterAll(async () => {
      fs.rmSync(dir, { recursive: true, force: true });
      await db.cleanup();
    });

    it('export fec writes the header alone for a period without entries', async () => {
      const out = path.join(dir, 'fec.txt');
      const res = await runCli(['export', 'fec', '--from', '2019-01-01', '--to', '2019-12-31', '--out', out], db.env);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/0 line\(s\), 0 sales and 0 bank entries/);
      const text = fs.readFileSync(out, 'latin1');
      expect(text.split('\r\n')[0]!.split('\t')).toHaveLength(18);
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(1);
      const bad = await runCli(['export', 'fec', '--from', '2019-13-01', '--to', '2019-12-31'], db.env);
      expect(bad.code).toBe(2);
    });

    it('bank import reads a camt.053 once', async () => {
      await setOrg({ iban: IBAN });
      const file = path.join(dir, 'releve.xml');
      fs.writeFileSync(file, camt053(IBAN, [{ ref: 'CLI-0001', amount: '42.00', bookedOn: '2026-03-05' }], 'STMT-CLI'));
      const first = await runCli(['bank', 'import', file], db.env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/imported releve\.xml: 1 line\(s\)/);
      const again = await runCli(['bank', 'import', file], db.env);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already imported|déjà/i);
    });

    it('sepa collect names the missing ICS (exit 2), then writes nothing when nothing is due', async () => {
      await setOrg({ sepa_creditor_id: null });
      const missing = await runCli(['sepa', 'collect', '--due-by', '2019-01-31', '--no-progress'], db.env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('organisation.sepaCreditorId');
      await setOrg({ sepa_creditor_id: 'FR70ZZZ481422', email: 'facturation@alleo.example' });
      const none = await runCli(['sepa', 'collect', '--due-by', '2019-01-31', '--out', dir, '--no-progress'], db.env);
      expect(none.code, none.stderr).toBe(0);
      expect(none.stdout).toContain('nothing to collect: no file written');
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('prelevements-'))).toEqual([]);
    });
  });
}
