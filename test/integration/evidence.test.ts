/** The evidence log detects alteration, deletion and reordering done directly in the database. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvidence, exportEvidenceArchive, sha256OfBytes, verifyEvidence } from '../../src/evidence/index.ts';
import { DIALECTS, freshDatabase, type TestDb } from '../helpers/db.ts';
import { startTestApi } from '../helpers/api.ts';

for (const dialect of DIALECTS) {
  describe(`evidence log [${dialect}]`, () => {
    let t: TestDb;
    const pdf = Buffer.from('%PDF-1.7 signed quote D-2026-0001');
    beforeEach(async () => {
      t = await freshDatabase(dialect);
      for (let i = 1; i <= 6; i++) {
        await t.ctx.db.transaction().execute((trx) =>
          appendEvidence(trx, dialect, {
            orgId: t.orgId,
            kind: i === 2 ? 'document.received' : 'decision',
            objectType: i <= 3 ? 'contract' : 'quote',
            objectId: i <= 3 ? 'C-1' : 'Q-9',
            contractId: i <= 3 ? 'C-1' : null,
            actor: `user-${i}`,
            at: `2026-03-0${i}T10:00:00.000Z`,
            ...(i === 2 ? { document: { bytes: pdf, mediaType: 'application/pdf', filename: 'devis-signe.pdf' } } : {}),
            decision: { rule: 'quote.validity', outcome: 'valid', n: i },
          }),
        );
      }
    });
    afterEach(() => t.cleanup());

    const entries = () => t.ctx.db.selectFrom('evidence_entries').selectAll().orderBy('seq');

    it('an intact chain verifies, documents stored once by SHA-256', async () => {
      const report = await verifyEvidence(t.ctx.db, t.ctx.dialect, { documents: true });
      expect(report).toMatchObject({ ok: true, entries: 6, firstBroken: null });
      const docs = await t.ctx.db.selectFrom('evidence_documents').select('sha256').execute();
      expect(docs).toEqual([{ sha256: sha256OfBytes(pdf) }]);
    });

    it('detects an altered entry', async () => {
      await t.ctx.db.updateTable('evidence_entries').set({ actor: 'someone-else' }).where('seq', '=', 3).execute();
      const r = await verifyEvidence(t.ctx.db, t.ctx.dialect);
      expect(r.ok).toBe(false);
      expect(r.firstBroken).toMatchObject({ seq: 3, problem: 'altered-entry' });
    });

    it('detects an altered decision text, even white space', async () => {
      const row = await entries().where('seq', '=', 4).executeTakeFirstOrThrow();
      await t.ctx.db
        .updateTable('evidence_entries')
        .set({ decision_json: row.decision_json!.replace(',', ', ') })
        .where('seq', '=', 4)
        .execute();
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).firstBroken).toMatchObject({
        seq: 4,
        problem: 'altered-entry',
      });
    });

    it('detects a deleted entry in the middle and at the end', async () => {
      await t.ctx.db.deleteFrom('evidence_entries').where('seq', '=', 2).execute();
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).firstBroken).toMatchObject({
        seq: 2,
        problem: 'missing-entry',
      });
    });

    it('detects a deleted last entry through the head', async () => {
      await t.ctx.db.deleteFrom('evidence_entries').where('seq', '=', 6).execute();
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).firstBroken).toMatchObject({ problem: 'head-mismatch' });
    });

    it('detects reordered entries (two rows swapped)', async () => {
      const a = await entries().where('seq', '=', 4).executeTakeFirstOrThrow();
      const b = await entries().where('seq', '=', 5).executeTakeFirstOrThrow();
      const { seq: _sa, org_id: _oa, ...restA } = a;
      const { seq: _sb, org_id: _ob, ...restB } = b;
      await t.ctx.db.updateTable('evidence_entries').set(restB).where('seq', '=', 4).execute();
      await t.ctx.db.updateTable('evidence_entries').set(restA).where('seq', '=', 5).execute();
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).firstBroken).toMatchObject({ seq: 4 });
    });

    it('detects an altered document', async () => {
      await t.ctx.db
        .updateTable('evidence_documents')
        .set({ content: Buffer.from('%PDF-1.7 forged') })
        .execute();
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect, { documents: true })).firstBroken).toMatchObject({
        seq: 2,
        problem: 'altered-document',
      });
    });

    it('exports one contract as a tar archive with manifest and documents', async () => {
      const {
        archive,
        entries: n,
        documents,
      } = await exportEvidenceArchive(t.ctx.db, t.orgId, { contractId: 'C-1' }, new Date('2026-03-10T00:00:00Z'));
      expect(n).toBe(3);
      expect(documents).toBe(1);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ev-'));
      fs.writeFileSync(path.join(dir, 'a.tar'), archive);
      const listing = execFileSync('tar', ['-tf', path.join(dir, 'a.tar')], { encoding: 'utf8' })
        .trim()
        .split('\n');
      expect(listing).toEqual(['README.txt', 'manifest.json', `documents/${sha256OfBytes(pdf)}.pdf`]);
      execFileSync('tar', ['-xf', path.join(dir, 'a.tar'), '-C', dir]);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
      expect(sha256OfBytes(fs.readFileSync(path.join(dir, 'documents', `${sha256OfBytes(pdf)}.pdf`)))).toBe(
        sha256OfBytes(pdf),
      );
      fs.rmSync(dir, { recursive: true });
    });

    it('concurrent appends keep one unbroken chain', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.ctx.db.transaction().execute((trx) =>
            appendEvidence(trx, dialect, {
              orgId: t.orgId,
              kind: 'decision',
              objectType: 'x',
              objectId: String(i),
              actor: 'a',
              at: '2026-03-09T00:00:00.000Z',
              decision: { i },
            }),
          ),
        ),
      );
      expect(await verifyEvidence(t.ctx.db, t.ctx.dialect)).toMatchObject({ ok: true, entries: 26 });
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`evidence log over HTTP [${dialect}]`, () => {
    it('the page cursor agrees with the integer sequence column: up to 2^31−1 answers, beyond it 400 naming the field', async () => {
      const t = await startTestApi(dialect);
      try {
        const admin = await t.signIn('admin');
        const last = await t.as(admin, { method: 'GET', url: '/api/evidence?limit=1&before=2147483647' });
        expect(last.statusCode, last.body).toBe(200);
        for (const before of ['2147483648', String(2 ** 53 - 1)]) {
          const res = await t.as(admin, { method: 'GET', url: `/api/evidence?limit=1&before=${before}` });
          expect(res.statusCode, res.body).toBe(400);
          expect(res.headers['content-type']).toContain('application/problem+json');
          expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['querystring.before']);
        }
      } finally {
        await t.cleanup();
      }
    });
  });
}
