/**
 * Anchoring the evidence log (issue #16, ADR 0016). A chain can only prove itself against
 * something outside the database: a rewrite of its tail passes `verify` alone, and fails against
 * a head published earlier (the anchors file, the administrators' e-mail).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type OpenedApp } from '../../src/app.ts';
import type { Db } from '../../src/db/database.ts';
import {
  appendEvidence,
  entryHash,
  formatAnchor,
  parseAnchors,
  parseHead,
  verifyEvidence,
} from '../../src/evidence/index.ts';
import { evidenceAnchorStep } from '../../src/modules/evidence-log/index.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { cliDatabase, runCli } from '../helpers/cli.ts';
import { DIALECTS, freshDatabase, type TestDb } from '../helpers/db.ts';

async function appendSome(db: Db, dialect: TestDb['ctx']['dialect'], orgId: string, from: number, to: number) {
  for (let i = from; i <= to; i++) {
    await db.transaction().execute((trx) =>
      appendEvidence(trx, dialect, {
        orgId,
        kind: 'decision',
        objectType: 'quote',
        objectId: `Q-${i}`,
        actor: `user-${i}`,
        at: `2026-03-0${1 + (i % 8)}T10:00:00.000Z`,
        decision: { rule: 'quote.validity', outcome: 'valid', n: i },
      }),
    );
  }
}

const headOf = async (db: Db, orgId: string) => {
  const h = await db
    .selectFrom('evidence_heads')
    .select(['seq', 'hash'])
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return { orgId, seq: Number(h.seq), hash: h.hash };
};

/** The attack of the issue: delete the last entries and move the head back. */
async function dropTail(db: Db, orgId: string, keep: number) {
  await db.deleteFrom('evidence_entries').where('org_id', '=', orgId).where('seq', '>', keep).execute();
  const last = await db
    .selectFrom('evidence_entries')
    .select(['seq', 'hash'])
    .where('org_id', '=', orgId)
    .where('seq', '=', keep)
    .executeTakeFirstOrThrow();
  await db.updateTable('evidence_heads').set({ seq: last.seq, hash: last.hash }).where('org_id', '=', orgId).execute();
}

/** The other attack: change an entry, then recompute every later hash and the head. */
async function rewriteFrom(db: Db, orgId: string, seq: number) {
  await db
    .updateTable('evidence_entries')
    .set({ actor: 'forger' })
    .where('org_id', '=', orgId)
    .where('seq', '=', seq)
    .execute();
  const rows = await db.selectFrom('evidence_entries').selectAll().where('org_id', '=', orgId).orderBy('seq').execute();
  let prev = rows.find((r) => Number(r.seq) === seq - 1)?.hash ?? '0'.repeat(64);
  for (const r of rows.filter((x) => Number(x.seq) >= seq)) {
    const hash = entryHash(prev, {
      orgId,
      seq: Number(r.seq),
      kind: r.kind,
      objectType: r.object_type,
      objectId: r.object_id,
      contractId: r.contract_id,
      actor: r.actor,
      at: r.at,
      documentSha256: r.document_sha256,
      decisionJson: r.decision_json,
    });
    await db
      .updateTable('evidence_entries')
      .set({ prev_hash: prev, hash })
      .where('org_id', '=', orgId)
      .where('seq', '=', r.seq)
      .execute();
    prev = hash;
  }
  await db.updateTable('evidence_heads').set({ hash: prev }).where('org_id', '=', orgId).execute();
}

describe('anchor lines', () => {
  it('reads the lines it writes, among other text, and --head in both forms', () => {
    const hash = 'ab'.repeat(32);
    const line = formatAnchor({ orgId: 'org-1', seq: 42, hash, at: '2026-03-02T01:00:00.000Z' });
    expect(
      parseAnchors(
        `Bonjour,\r\n\r\n${line}\r\nfin\nclausier-evidence-anchor v1 org=org-2 seq=7 hash=${'cd'.repeat(32)}\n`,
      ),
    ).toEqual([
      { orgId: 'org-1', seq: 42, hash, at: '2026-03-02T01:00:00.000Z' },
      { orgId: 'org-2', seq: 7, hash: 'cd'.repeat(32) },
    ]);
    expect(parseHead(`42:${hash.toUpperCase()}`)).toEqual({ seq: 42, hash });
    expect(parseHead(`org-1:42:${hash}`)).toEqual({ orgId: 'org-1', seq: 42, hash });
    for (const bad of ['42', `0:${hash}`, `42:${hash.slice(1)}`, `x:y:42:${hash}`])
      expect(() => parseHead(bad), bad).toThrow(/--head/);
  });
});

for (const dialect of DIALECTS) {
  describe(`evidence anchors [${dialect}]`, () => {
    let t: TestDb;
    beforeEach(async () => {
      t = await freshDatabase(dialect);
      await appendSome(t.ctx.db, dialect, t.orgId, 1, 8);
    });
    afterEach(() => t.cleanup());

    it('a tail removed and the head moved back passes verify alone, but not against an anchor taken before', async () => {
      const anchor = await headOf(t.ctx.db, t.orgId);
      await dropTail(t.ctx.db, t.orgId, 5);
      expect(await verifyEvidence(t.ctx.db, dialect)).toMatchObject({ ok: true, entries: 5 });
      const r = await verifyEvidence(t.ctx.db, dialect, { anchors: [anchor] });
      expect(r).toMatchObject({ ok: false, firstBroken: { orgId: t.orgId, seq: 8, problem: 'anchor-missing' } });
      // Without the organisation (SEQ:HASH), the only chain is meant.
      expect(
        (await verifyEvidence(t.ctx.db, dialect, { anchors: [{ seq: anchor.seq, hash: anchor.hash }] })).firstBroken,
      ).toMatchObject({ seq: 8, problem: 'anchor-missing' });
    });

    it('an entry changed with every later hash and the head recomputed fails against an anchor at or after it', async () => {
      const at5 = await t.ctx.db
        .selectFrom('evidence_entries')
        .select('hash')
        .where('seq', '=', 5)
        .executeTakeFirstOrThrow();
      const at3 = await t.ctx.db
        .selectFrom('evidence_entries')
        .select('hash')
        .where('seq', '=', 3)
        .executeTakeFirstOrThrow();
      const head = await headOf(t.ctx.db, t.orgId);
      await rewriteFrom(t.ctx.db, t.orgId, 4);
      expect(await verifyEvidence(t.ctx.db, dialect)).toMatchObject({ ok: true, entries: 8 });
      expect(
        (await verifyEvidence(t.ctx.db, dialect, { anchors: [{ orgId: t.orgId, seq: 3, hash: at3.hash }] })).ok,
      ).toBe(true);
      expect(
        (await verifyEvidence(t.ctx.db, dialect, { anchors: [{ orgId: t.orgId, seq: 5, hash: at5.hash }] }))
          .firstBroken,
      ).toMatchObject({ seq: 5, problem: 'anchor-mismatch' });
      expect((await verifyEvidence(t.ctx.db, dialect, { anchors: [head] })).firstBroken).toMatchObject({
        seq: 8,
        problem: 'anchor-mismatch',
      });
    });

    it("a sweep without the data directory leaves the day's anchor to a run that has it", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-anchor-'));
      try {
        expect((await runSweep(t.ctx, t.handle, { asOf: '2026-03-02', steps: [evidenceAnchorStep] })).steps).toEqual(
          [],
        );
        const later = await runSweep(t.ctx, t.handle, {
          asOf: '2026-03-02',
          steps: [evidenceAnchorStep],
          dataDir: dir,
        });
        expect(later.steps).toEqual([
          { orgId: t.orgId, step: 'evidence.anchor', status: 'ran', examined: 1, acted: 1 },
        ]);
        const [anchor] = parseAnchors(fs.readFileSync(path.join(dir, 'evidence-anchors.log'), 'utf8'));
        expect(anchor).toMatchObject(await headOf(t.ctx.db, t.orgId));
        expect(await verifyEvidence(t.ctx.db, dialect, { anchors: [anchor!] })).toMatchObject({ ok: true, anchors: 1 });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('an intact chain holds every anchor; an emptied log or an unknown organisation fails', async () => {
      const first = await headOf(t.ctx.db, t.orgId);
      await appendSome(t.ctx.db, dialect, t.orgId, 9, 10);
      const second = await headOf(t.ctx.db, t.orgId);
      expect(await verifyEvidence(t.ctx.db, dialect, { anchors: [first, second, first] })).toMatchObject({
        ok: true,
        anchors: 3,
      });
      expect(
        (await verifyEvidence(t.ctx.db, dialect, { anchors: [{ ...first, orgId: 'another-org' }] })).firstBroken,
      ).toMatchObject({ orgId: 'another-org', problem: 'anchor-missing' });
    });
  });

  describe(`evidence anchors published by the sweep, checked by the CLI [${dialect}]`, () => {
    let db: Awaited<ReturnType<typeof cliDatabase>>;
    let app: OpenedApp;
    let orgId: string;
    let dataDir: string;
    let env: Record<string, string>;
    beforeAll(async () => {
      db = await cliDatabase(dialect);
      app = await openApp({ databaseUrl: db.url, ...(db.schema ? { pgSchema: db.schema } : {}) });
      orgId = (await app.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
      await app.ctx.db.updateTable('organisations').set({ email: 'direction@alleo.example' }).execute();
      await createUser(app.ctx, orgId, {
        email: 'admin.one@alleo.example',
        name: 'Admin One',
        role: 'admin',
        password: 'anchor-password-1',
      });
      await createUser(app.ctx, orgId, {
        email: 'admin.two@alleo.example',
        name: 'Admin Two',
        role: 'admin',
        password: 'anchor-password-2',
      });
      await createUser(app.ctx, orgId, {
        email: 'compta@alleo.example',
        name: 'Compta',
        role: 'accounting',
        password: 'anchor-password-3',
      });
      await appendSome(app.ctx.db, dialect, orgId, 1, 6);
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-anchors-'));
      env = { ...db.env, CLAUSIER_DATA_DIR: dataDir };
    });
    afterAll(async () => {
      await app?.close();
      await db?.cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('publishes the head daily to the anchors file and to the administrators; verify --anchors and --head then catch a rewritten tail', async () => {
      const anchorsFile = path.join(dataDir, 'evidence-anchors.log');
      const day1 = await runCli(['sweep', '--as-of', '2026-03-02', '--no-progress'], env);
      expect(day1.code, day1.stderr).toBe(0);
      expect(day1.stdout).toContain('2026-03-02 evidence.anchor: ran, 1 examined, 1 acted');
      const head1 = await headOf(app.ctx.db, orgId);
      expect(parseAnchors(fs.readFileSync(anchorsFile, 'utf8'))).toEqual([{ ...head1, at: expect.any(String) }]);
      // The same day again publishes nothing more.
      expect((await runCli(['sweep', '--as-of', '2026-03-02', '--no-progress'], env)).stdout).toContain(
        'evidence.anchor: already-done',
      );
      await appendSome(app.ctx.db, dialect, orgId, 7, 9);
      expect((await runCli(['sweep', '--as-of', '2026-03-03', '--no-progress'], env)).code).toBe(0);
      const head2 = await headOf(app.ctx.db, orgId);
      expect(parseAnchors(fs.readFileSync(anchorsFile, 'utf8')).map((a) => [a.seq, a.hash])).toEqual([
        [head1.seq, head1.hash],
        [head2.seq, head2.hash],
      ]);

      const mails = await app.ctx.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('related_type', '=', 'evidence-anchor')
        .orderBy('created_at')
        .execute();
      expect(mails).toHaveLength(2);
      expect(JSON.parse(mails[1]!.to)).toEqual(['admin.one@alleo.example', 'admin.two@alleo.example']);
      expect(mails[1]!.subject).toContain('2026-03-03');
      const command = `evidence verify --head ${orgId}:${head2.seq}:${head2.hash}`;
      expect(mails[1]!.text).toContain(command);
      expect(parseAnchors(mails[1]!.text)).toEqual([{ ...head2, at: expect.any(String) }]);

      const ok = await runCli(['evidence', 'verify', '--anchors', anchorsFile, '--no-progress'], env);
      expect(ok.code, ok.stderr).toBe(0);
      // Every entry up to the second anchor (the sweep's own entries included: the first anchor's
      // e-mail delivered on the second day).
      expect(ok.stdout).toContain(
        `OK: ${head2.seq} entries in 1 chain(s) verified, 0 document(s) re-hashed, 2 anchor(s) found in the chain`,
      );

      await dropTail(app.ctx.db, orgId, 7);
      const alone = await runCli(['evidence', 'verify', '--no-progress'], env);
      expect(alone.code, alone.stderr).toBe(0);
      const anchored = await runCli(['evidence', 'verify', '--anchors', anchorsFile, '--no-progress'], env);
      expect(anchored.code).toBe(1);
      expect(anchored.stderr).toMatch(new RegExp(`BROKEN at entry ${head2.seq} .*anchor-missing`));
      const byHead = await runCli(['evidence', 'verify', '--head', `${head2.seq}:${head2.hash}`, '--no-progress'], env);
      expect(byHead.code).toBe(1);
      expect(byHead.stderr).toContain('anchor-missing');
      const bad = await runCli(['evidence', 'verify', '--head', 'nonsense'], env);
      expect(bad.code).toBe(2);
    }, 120_000);

    it('re-hashes the stored documents by default, and skips them with --no-documents', async () => {
      await app.ctx.db.transaction().execute((trx) =>
        appendEvidence(trx, dialect, {
          orgId,
          kind: 'document.received',
          objectType: 'quote',
          objectId: 'Q-doc',
          actor: 'u',
          at: '2026-03-04T10:00:00.000Z',
          document: { bytes: Buffer.from('%PDF-1.7 signed'), mediaType: 'application/pdf', filename: 'signed.pdf' },
        }),
      );
      const intact = await runCli(['evidence', 'verify', '--no-progress'], env);
      expect(intact.stdout, intact.stderr).toContain('1 document(s) re-hashed');
      await app.ctx.db
        .updateTable('evidence_documents')
        .set({ content: Buffer.from('%PDF-1.7 forged') })
        .execute();
      const forged = await runCli(['evidence', 'verify', '--no-progress'], env);
      expect(forged.code).toBe(1);
      expect(forged.stderr).toContain('altered-document');
      const skipped = await runCli(['evidence', 'verify', '--no-documents', '--no-progress'], env);
      expect(skipped.code, skipped.stderr).toBe(0);
      expect(skipped.stdout).toContain('documents not checked');
    }, 60_000);
  });
}
