/**
 * The ECB and VAT rate tables kept in memory while unchanged (ADR 0038, issue #19), both engines:
 * the same rows are served from memory, and any write — by this process, by another connection
 * (the command line, another instance), inside a transaction that is then rolled back — is seen
 * by the next read exactly as the database holds it.
 */
import SQLite from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { ensureShippedRates, loadEcbRates } from '../../src/modules/ecb-rates/index.ts';
import { vatRateTable } from '../../src/modules/vat-rates/index.ts';
import { adminQuery, DIALECTS, freshDatabase, type TestDb } from '../helpers/db.ts';

for (const dialect of DIALECTS) {
  describe(`reference tables in memory [${dialect}]`, () => {
    let t: TestDb;
    let other: TestDb;
    let dir: string;

    /** A write through a connection of its own, as the command line or another instance makes it. */
    async function writeElsewhere(statement: string) {
      if (dialect === 'sqlite') {
        const conn = new SQLite(t.handle.sqliteFile!);
        try {
          conn.exec(statement);
        } finally {
          conn.close();
        }
        return;
      }
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(t.ctx.db);
      await adminQuery(`set search_path to ${rows[0]!.schema}; ${statement}`);
    }
    const latestEcb = async (ctx: AppContext) => (await loadEcbRates(ctx)).at(-1)!;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reference-cache-'));
      t = await freshDatabase(dialect, { file: path.join(dir, 'a.db') });
      other = await freshDatabase(dialect, { file: path.join(dir, 'b.db') });
      // The shipped ECB history, as the first start puts it in.
      await ensureShippedRates(t.ctx);
      await ensureShippedRates(other.ctx);
    });
    afterAll(async () => {
      await t?.cleanup();
      await other?.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('serves the same rows from memory while the table is unchanged, frozen', async () => {
      const first = await loadEcbRates(t.ctx);
      expect(first.length).toBeGreaterThan(10);
      expect(await loadEcbRates(t.ctx)).toBe(first);
      expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
      const vat = await vatRateTable(t.ctx.db);
      expect(await vatRateTable(t.ctx.db)).toBe(vat);
    });

    it('sees a write made through another connection at the next read', async () => {
      const before = await latestEcb(t.ctx);
      await writeElsewhere(
        `update ecb_rates set rate_percent = '9.99' where effective_from = '${before.effectiveFrom}'`,
      );
      expect(await latestEcb(t.ctx)).toEqual({ effectiveFrom: before.effectiveFrom, ratePercent: '9.99' });
      await writeElsewhere(
        `insert into ecb_rates (effective_from, rate_percent, source, imported_at) values ('2199-01-01', '1.23', 'test', '2026-03-02T09:00:00Z')`,
      );
      expect(await latestEcb(t.ctx)).toEqual({ effectiveFrom: '2199-01-01', ratePercent: '1.23' });
      await writeElsewhere(`delete from ecb_rates where effective_from = '2199-01-01'`);
      expect((await latestEcb(t.ctx)).effectiveFrom).toBe(before.effectiveFrom);
    });

    it('a write rolled back leaves the table as it was, in memory too', async () => {
      const before = await vatRateTable(t.ctx.db);
      const seenInside = await t.ctx.db
        .transaction()
        .execute(async (trx) => {
          await trx.updateTable('vat_rates').set({ label: 'changé puis annulé' }).execute();
          const inside = await vatRateTable(trx);
          throw Object.assign(new Error('rolled back'), { inside });
        })
        .catch((e: { inside: Awaited<ReturnType<typeof vatRateTable>> }) => e.inside);
      expect(seenInside.every((r) => r.label === 'changé puis annulé')).toBe(true);
      const after = await vatRateTable(t.ctx.db);
      expect(after).toEqual(before);
      expect(after.some((r) => r.label === 'changé puis annulé')).toBe(false);
    });

    it('two databases in one process keep their own rows', async () => {
      await writeElsewhere(`update vat_rates set label = 'base A seulement' where rate_percent = '20'`);
      expect((await vatRateTable(t.ctx.db)).some((r) => r.label === 'base A seulement')).toBe(true);
      expect((await vatRateTable(other.ctx.db)).some((r) => r.label === 'base A seulement')).toBe(false);
    });

    it('without its version row, a table is still read whole, not served empty', async () => {
      const before = await vatRateTable(other.ctx.db);
      await other.ctx.db.deleteFrom('reference_versions').where('source_table', '=', 'vat_rates').execute();
      const without = await vatRateTable(other.ctx.db);
      expect(without).toEqual(before);
      expect(without).not.toBe(await vatRateTable(other.ctx.db)); // read each time, not kept
    });
  });
}
