/**
 * The batch append writes exactly the chain that appending the same entries one by one writes,
 * and the verifier accepts it, before and after other single appends.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { appendEvidence } from './append.ts';
import { appendEvidenceBatch, type BatchEvidence } from './append-batch.ts';
import { verifyEvidence } from './verify.ts';

const ORG = 'org-batch';

async function database() {
  const h = openDatabase('sqlite::memory:');
  await migrateToLatest(h.db);
  await h.db
    .insertInto('organisations')
    .values({
      id: ORG,
      name: 'ALLEO',
      legal_form: 'SASU',
      share_capital_cents: null,
      address_line: '1 rue',
      postal_code: '92310',
      city: 'Sèvres',
      country: 'FR',
      siren: '552081317',
      siret: null,
      vat_number: null,
      rcs: null,
      iban: null,
      bic: null,
      email: null,
      phone: null,
      created_at: '2026-01-01T00:00:00Z',
    })
    .execute();
  return h;
}

function entries(n: number, from = 0): BatchEvidence[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'document.issued',
    objectType: 'invoice',
    objectId: `inv-${from + i}`,
    contractId: i % 3 === 0 ? null : `c-${i % 7}`,
    actor: 'system:sweep',
    at: '2026-03-02T01:00:00.000Z',
    ...(i % 5 === 0 ? { documentSha256: 'a'.repeat(64) } : {}),
    decision: {
      number: `F-2026-${String(from + i + 1).padStart(7, '0')}`,
      grossCents: 1000 + i,
      note: i % 2 ? 'é"\n' : undefined,
    },
  }));
}

describe('appendEvidenceBatch', () => {
  it('writes the same chain as one-by-one appends, and it verifies', async () => {
    const one = await database();
    const batch = await database();
    try {
      const first = entries(1_234);
      const then = entries(3, 1_234);
      await one.db.transaction().execute(async (trx) => {
        for (const e of [...first, ...then]) await appendEvidence(trx, 'sqlite', { orgId: ORG, ...e });
      });
      const appended = await batch.db.transaction().execute((trx) => appendEvidenceBatch(trx, 'sqlite', ORG, first));
      expect(appended.map((a) => a.seq)).toEqual(first.map((_, i) => i + 1));
      // Single appends after a batch continue the same chain.
      await batch.db.transaction().execute(async (trx) => {
        for (const e of then) await appendEvidence(trx, 'sqlite', { orgId: ORG, ...e });
      });
      const rows = (h: typeof one) => h.db.selectFrom('evidence_entries').selectAll().orderBy('seq').execute();
      expect(await rows(batch)).toEqual(await rows(one));
      expect(await batch.db.selectFrom('evidence_heads').selectAll().execute()).toEqual(
        await one.db.selectFrom('evidence_heads').selectAll().execute(),
      );
      const report = await verifyEvidence(batch.db, 'sqlite');
      expect(report).toMatchObject({ ok: true, entries: 1_237 });
      expect(await appendEvidenceBatch(batch.db, 'sqlite', ORG, [])).toEqual([]);
    } finally {
      await one.close();
      await batch.close();
    }
  });

  it('a rolled-back batch leaves the chain as it was', async () => {
    const h = await database();
    try {
      await h.db.transaction().execute((trx) => appendEvidenceBatch(trx, 'sqlite', ORG, entries(10)));
      await expect(
        h.db.transaction().execute(async (trx) => {
          await appendEvidenceBatch(trx, 'sqlite', ORG, entries(50, 10));
          throw new Error('killed');
        }),
      ).rejects.toThrow('killed');
      expect(await verifyEvidence(h.db, 'sqlite')).toMatchObject({ ok: true, entries: 10 });
      // A tampered entry is still caught.
      await h.db.updateTable('evidence_entries').set({ decision_json: '{}' }).where('seq', '=', 4).execute();
      expect((await verifyEvidence(h.db, 'sqlite')).firstBroken).toMatchObject({ seq: 4, problem: 'altered-entry' });
    } finally {
      await h.close();
    }
  });
});
