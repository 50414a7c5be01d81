/**
 * Personal data retention (art. 17.1, 17.2; ADR 0026), on both engines: the end of the
 * relationship derived from contracts and invoices (or overridden with a reason), the client's
 * people erased the day after retainUntil and not on the day, the portal acceptance record's
 * name and IP erased while `verify` still passes, connection logs deleted after their short
 * period, and the inventory that every personal-looking column must appear in.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../src/evidence/index.ts';
import {
  personalDataRetentionStep,
  connectionLogRetentionStep,
  unlistedColumns,
} from '../../src/modules/privacy/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { startTestApi, type Session, type TestApi } from '../helpers/api.ts';
import { runCli } from '../helpers/cli.ts';
import { DIALECTS, PG_URL } from '../helpers/db.ts';
import { formedContract, issueInvoice } from '../helpers/invoices.ts';
import { issuedQuote, seedCatalogue, threeLines, type Catalogue } from '../helpers/quotes.ts';

for (const dialect of DIALECTS) {
  describe(`personal data retention [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let dpo: Session;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let clientUser: Session;
    let clientId: string;
    let contactId: string;
    let cat: Catalogue;
    let statementSha: string;
    let quoteMailSha: string;
    let quoteMailId: string;

    const sweep = (asOf: string) =>
      runSweep(t.ctx, t.handle, { asOf, steps: [personalDataRetentionStep] }).then((r) => r.steps[0]!);

    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
      dpo = await t.signIn('dpo');
      sales = await t.signIn('sales');
      adv = await t.signIn('order-admin');
      accounting = await t.signIn('accounting');
      clientId = await t.createClient('Morel Industrie SAS');
      clientUser = await t.signIn('client', { clientId });
      const contact = await t.as(sales, {
        method: 'POST',
        url: `/api/clients/${clientId}/contacts`,
        payload: { name: 'Julie Morel', title: 'Acheteuse', email: 'julie@morel.example', phone: '0102030405' },
      });
      expect(contact.statusCode, contact.body).toBe(201);
      contactId = contact.json().contact?.id ?? contact.json().client?.contacts?.[0]?.id;
      cat = await seedCatalogue(t, admin);
      // A quote sent to the contact: its e-mail is in the outbox and, as .eml, in the evidence store.
      const q = await issuedQuote(t, sales, clientId, threeLines(cat, { rental: false }));
      const sent = await t.as(sales, {
        method: 'POST',
        url: `/api/quotes/${q.id}/send`,
        payload: { to: ['julie@morel.example'] },
      });
      expect(sent.statusCode, sent.body).toBe(200);
      quoteMailSha = sent.json().emlSha256;
      quoteMailId = sent.json().messageId;
    });
    afterAll(() => t.cleanup());

    it('derives the end of the relationship: ongoing while an invoice is unpaid, then the day it is paid', async () => {
      const noContract = await t.as(dpo, { method: 'GET', url: '/api/privacy/retention' });
      expect(noContract.statusCode, noContract.body).toBe(200);
      expect(noContract.json().items.find((r: { clientId: string }) => r.clientId === clientId)).toMatchObject({
        source: 'no-contract',
        endedOn: null,
        outcome: 'active',
      });

      const contract = await formedContract(t, { sales, adv, clientUser }, clientId, cat);
      const invoice = await issueInvoice(t, accounting, contract.orderDraftId!);
      const ongoing = (await t.as(dpo, { method: 'GET', url: '/api/privacy/retention' })).json().items;
      expect(ongoing.find((r: { clientId: string }) => r.clientId === clientId)).toMatchObject({
        source: 'ongoing',
        endedOn: null,
      });

      const paid = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId,
          receivedOn: '2026-03-02',
          amountCents: invoice.grossCents,
          means: 'bank-transfer',
        },
      });
      expect(paid.statusCode, paid.body).toBe(201);
      const ended = (await t.as(dpo, { method: 'GET', url: '/api/privacy/retention' })).json().items;
      expect(ended.find((r: { clientId: string }) => r.clientId === clientId)).toMatchObject({
        source: 'derived',
        endedOn: '2026-03-02',
        derivedEndedOn: '2026-03-02',
        retainUntil: '2031-03-02',
        erasedOn: '2031-03-03',
        outcome: 'retain',
      });
      const statement = await t.ctx.db
        .selectFrom('evidence_entries')
        .select('document_sha256')
        .where('kind', '=', 'document.received')
        .where(
          'object_id',
          '=',
          (await t.ctx.db.selectFrom('contracts').select('quote_id').executeTakeFirstOrThrow()).quote_id,
        )
        .executeTakeFirstOrThrow();
      statementSha = statement.document_sha256!;
    });

    it('an override needs a reason and the right role, and is recorded with it', async () => {
      const noReason = await t.as(dpo, {
        method: 'PUT',
        url: `/api/privacy/clients/${clientId}/relationship-end`,
        payload: { endedOn: '2026-03-01' },
      });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0].path).toBe('reason');
      const bySales = await t.as(sales, {
        method: 'PUT',
        url: `/api/privacy/clients/${clientId}/relationship-end`,
        payload: { endedOn: '2026-03-01', reason: 'Le client a déménagé' },
      });
      expect(bySales.statusCode).toBe(403);
      const set = await t.as(dpo, {
        method: 'PUT',
        url: `/api/privacy/clients/${clientId}/relationship-end`,
        payload: { endedOn: '2026-03-01', reason: 'Dernier échange le 1er mars' },
      });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json().items[0]).toMatchObject({
        source: 'override',
        endedOn: '2026-03-01',
        derivedEndedOn: '2026-03-02',
        overrideReason: 'Dernier échange le 1er mars',
        retainUntil: '2031-03-01',
      });
      const entry = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'client.relationship-end')
        .where('object_id', '=', clientId)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(entry.decision_json!)).toMatchObject({
        endedOn: '2026-03-01',
        reason: 'Dernier échange le 1er mars',
      });
      // Back to the derived end.
      const back = await t.as(dpo, {
        method: 'PUT',
        url: `/api/privacy/clients/${clientId}/relationship-end`,
        payload: { endedOn: null, reason: 'Retour à la date calculée' },
      });
      expect(back.json().items[0]).toMatchObject({ source: 'derived', endedOn: '2026-03-02' });
    });

    it('keeps everything on retainUntil itself', async () => {
      const step = await sweep('2031-03-02');
      expect(step).toMatchObject({ status: 'ran', acted: 0 });
      const contact = await t.ctx.db
        .selectFrom('client_contacts')
        .selectAll()
        .where('id', '=', contactId)
        .executeTakeFirstOrThrow();
      expect(contact).toMatchObject({ name: 'Julie Morel', email: 'julie@morel.example' });
    });

    it('erases the day after: contacts, portal users, acceptance name and IP, e-mails; the chain still verifies', async () => {
      t.setNow('2031-03-03T02:00:00Z');
      const step = await sweep('2031-03-03');
      expect(step).toMatchObject({ status: 'ran', acted: 1 });
      const decision = await t.ctx.db
        .selectFrom('decisions')
        .selectAll()
        .where('object_id', '=', clientId)
        .where('rule', '=', 'personal-data.retention')
        .executeTakeFirstOrThrow();
      expect(decision).toMatchObject({ outcome: 'erase', article: '17.2' });
      expect(JSON.parse(decision.decision_json).retainUntil).toBe('2031-03-02');

      const contact = await t.ctx.db
        .selectFrom('client_contacts')
        .selectAll()
        .where('id', '=', contactId)
        .executeTakeFirstOrThrow();
      expect(contact).toMatchObject({ name: 'Contact anonymisé', title: null, email: null, phone: null });
      const user = await t.ctx.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', clientUser.userId)
        .executeTakeFirstOrThrow();
      expect(user).toMatchObject({ name: 'Utilisateur anonymisé', disabled: 1 });
      expect(user.email).not.toContain('@test.example');

      const quote = await t.ctx.db
        .selectFrom('quotes')
        .select('acceptance_json')
        .where('client_id', '=', clientId)
        .where('acceptance_json', 'is not', null)
        .executeTakeFirstOrThrow();
      const acceptance = JSON.parse(quote.acceptance_json!);
      expect(acceptance).toMatchObject({ channel: 'portal', signatoryName: null, signatoryTitle: null, ip: null });
      expect(acceptance.documentSha256).toBe(statementSha);

      // The statement (name, e-mail, IP) and the quote e-mail are gone from the evidence store…
      for (const sha of [statementSha, quoteMailSha]) {
        const doc = await t.ctx.db
          .selectFrom('evidence_documents')
          .selectAll()
          .where('sha256', '=', sha)
          .executeTakeFirstOrThrow();
        expect(doc.content.byteLength).toBe(0);
        expect(doc.erased_at).not.toBeNull();
      }
      const erasures = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'personal-data.erased')
        .execute();
      expect(erasures.map((e) => e.object_id).sort()).toEqual([statementSha, quoteMailSha].sort());
      expect(erasures.every((e) => !e.decision_json!.includes('@'))).toBe(true);
      const outbox = await t.ctx.db.selectFrom('outbox_messages').selectAll().execute();
      expect(outbox.find((m) => m.id === quoteMailId)).toMatchObject({ to: '[]', cc: null, status: 'cancelled' });
      expect(outbox.find((m) => m.id === quoteMailId)!.eml.byteLength).toBe(0);
      expect(outbox.some((m) => m.to.includes('julie@morel.example'))).toBe(false);

      // …and the chain, documents included, still verifies: hashes were never rewritten.
      const report = await verifyEvidence(t.ctx.db, t.ctx.dialect, { documents: true });
      expect(report.firstBroken).toBeNull();
      expect(report.ok).toBe(true);
      expect(report.erasedDocuments).toBeGreaterThanOrEqual(2);
      if (dialect === 'postgres') {
        // The operator's command reads the same schema and agrees (documents re-hashed by default).
        const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.ctx.db)).rows[0]!.s;
        const cli = await runCli(['evidence', 'verify', '--no-progress'], {
          DATABASE_URL: PG_URL,
          CLAUSIER_PG_SCHEMA: schema,
        });
        expect(cli.code, cli.stderr).toBe(0);
      }

      // The staff notification of the portal acceptance no longer names the signatory.
      const notes = await t.ctx.db
        .selectFrom('notifications')
        .select('text_fr')
        .where('kind', '=', 'quote.accepted')
        .execute();
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.every((n) => !n.text_fr.includes('Marc Morel'))).toBe(true);

      // The issued invoice keeps the identity printed on it.
      const invoice = await t.ctx.db
        .selectFrom('invoices')
        .selectAll()
        .where('client_id', '=', clientId)
        .where('status', '=', 'issued')
        .executeTakeFirstOrThrow();
      expect(invoice.document_sha256).not.toBeNull();
      const pdf = await t.ctx.db
        .selectFrom('evidence_documents')
        .selectAll()
        .where('sha256', '=', invoice.document_sha256!)
        .executeTakeFirstOrThrow();
      expect(pdf.erased_at).toBeNull();
      expect(pdf.content.byteLength).toBeGreaterThan(0);

      // A second run the next day finds nothing left to do.
      expect(await sweep('2031-03-04')).toMatchObject({ acted: 0 });
    });

    it('an emptied document without its erasure entry breaks verify', async () => {
      const victim = await t.ctx.db
        .selectFrom('evidence_documents')
        .select(['sha256'])
        .where('erased_at', 'is', null)
        .where('media_type', '=', 'application/pdf')
        .executeTakeFirstOrThrow();
      await t.ctx.db
        .updateTable('evidence_documents')
        .set({ content: new Uint8Array(0), erased_at: '2031-03-11T00:00:00Z', erasure_seq: 1 })
        .where('sha256', '=', victim.sha256)
        .execute();
      const report = await verifyEvidence(t.ctx.db, t.ctx.dialect, { documents: true });
      expect(report.ok).toBe(false);
      expect(report.firstBroken).toMatchObject({ problem: 'altered-document' });
    });

    it('deletes login failures after the connection-log period (at most one year, a setting)', async () => {
      admin = await t.signIn('admin');
      const tooLong = await t.as(admin, {
        method: 'PUT',
        url: '/api/privacy/settings',
        payload: { connectionLogRetentionDays: 400 },
      });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().errors[0].path).toBe('connectionLogRetentionDays');
      const set = await t.as(admin, {
        method: 'PUT',
        url: '/api/privacy/settings',
        payload: { connectionLogRetentionDays: 90 },
      });
      expect(set.statusCode, set.body).toBe(200);
      await t.ctx.db
        .insertInto('login_failures')
        .values([
          { id: 'lf-old', email: 'x@y.example', ip: '203.0.113.7', at: '2031-01-01T10:00:00.000Z' },
          { id: 'lf-new', email: 'x@y.example', ip: '203.0.113.7', at: '2031-01-02T10:00:00.000Z' },
        ])
        .execute();
      // 2031-04-02 − 90 days = 2031-01-02: the failure of 1 January goes, the one of 2 January stays.
      const report = await runSweep(t.ctx, t.handle, { asOf: '2031-04-02', steps: [connectionLogRetentionStep] });
      expect(report.steps[0]).toMatchObject({ status: 'ran', acted: 1 });
      const left = await t.ctx.db.selectFrom('login_failures').select('id').where('id', 'like', 'lf-%').execute();
      expect(left.map((r) => r.id)).toEqual(['lf-new']);
    });
  });

  describe(`personal data inventory [${dialect}]`, () => {
    let t: TestApi;
    beforeAll(async () => {
      t = await startTestApi(dialect);
    });
    afterAll(() => t.cleanup());

    it('lists every column named like personal data in the migrated schema', async () => {
      // PostgreSQL lists every schema's tables: other test files' (and other branches') are not ours.
      const schema =
        dialect === 'postgres'
          ? (await sql<{ s: string }>`select current_schema() as s`.execute(t.ctx.db)).rows[0]!.s
          : undefined;
      const tables = await t.ctx.db.introspection.getTables();
      const columns = tables
        .filter((tb) => !tb.name.startsWith('kysely_') && (schema === undefined || tb.schema === schema))
        .flatMap((tb) => tb.columns.map((c) => ({ table: tb.name, column: c.name })));
      expect(columns.length).toBeGreaterThan(100);
      expect(unlistedColumns(columns)).toEqual([]);
      // The check bites: a column a migration would add without listing it is reported.
      expect(
        unlistedColumns([...columns, { table: 'quotes', column: 'signatory_phone' }, { table: 'x', column: 'ip' }]),
      ).toEqual(['quotes.signatory_phone', 'x.ip']);
    });

    it('is readable by the data protection officer, not by sales', async () => {
      const dpo = await t.signIn('dpo');
      const sales = await t.signIn('sales');
      const res = await t.as(dpo, { method: 'GET', url: '/api/privacy/inventory' });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.find((i: { id: string }) => i.id === 'login_failures.ip')).toMatchObject({
        retention: 'connection-log',
      });
      expect((await t.as(sales, { method: 'GET', url: '/api/privacy/inventory' })).statusCode).toBe(403);
    });
  });
}
