/**
 * Through the API on both engines: a draft quote can be deleted (only a draft: 409 otherwise, and
 * nothing changes), and the client user declines an issued quote in the portal with an optional
 * reason, recorded as a decision citing art. 3.1 with its statement in the evidence log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import {
  acceptInPortal,
  type Catalogue,
  createDraft,
  issuedQuote,
  seedCatalogue,
  threeLines,
  writeCounts,
} from '../helpers/quotes.ts';

for (const dialect of DIALECTS) {
  describe(`quote drafts deleted, quotes declined in the portal [${dialect}]`, () => {
    let t: TestApi;
    let sales: Session;
    let clientA: string;
    let userA: Session;
    let userB: Session;
    let cat: Catalogue;
    beforeAll(async () => {
      t = await startTestApi(dialect);
      t.setNow('2026-03-02T09:00:00Z');
      const admin = await t.signIn('admin');
      sales = await t.signIn('sales');
      clientA = await t.createClient('Transports Morel SAS');
      userA = await t.signIn('client', { clientId: clientA });
      userB = await t.signIn('client');
      cat = await seedCatalogue(t, admin);
    });
    afterAll(() => t.cleanup());

    it('deletes a draft and its lines; the quote is then 404', async () => {
      const draft = await createDraft(t, sales, clientA, threeLines(cat));
      const res = await t.as(sales, { method: 'DELETE', url: `/api/quotes/${draft.id}` });
      expect(res.statusCode, res.body).toBe(204);
      expect((await t.as(sales, { method: 'GET', url: `/api/quotes/${draft.id}` })).statusCode).toBe(404);
      const lines = await t.ctx.db.selectFrom('quote_lines').select('id').where('quote_id', '=', draft.id).execute();
      expect(lines).toEqual([]);
      expect((await t.as(sales, { method: 'DELETE', url: `/api/quotes/${draft.id}` })).statusCode).toBe(404);
    });

    it('refuses to delete an issued quote (409 quote.not_draft) and writes nothing', async () => {
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      const before = await writeCounts(t);
      const res = await t.as(sales, { method: 'DELETE', url: `/api/quotes/${q.id}` });
      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('quote.not_draft');
      expect(await writeCounts(t)).toEqual(before);
    });

    it('only quote writers delete drafts: a client user gets 403', async () => {
      const draft = await createDraft(t, sales, clientA, threeLines(cat));
      expect((await t.as(userA, { method: 'DELETE', url: `/api/quotes/${draft.id}` })).statusCode).toBe(403);
      expect((await t.as(sales, { method: 'GET', url: `/api/quotes/${draft.id}` })).statusCode).toBe(200);
    });

    it('the client declines an issued quote with a reason: status refused, decision art. 3.1, statement in the evidence log', async () => {
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      const res = await t.as(userA, {
        method: 'POST',
        url: `/api/portal/quotes/${q.id}/refuse`,
        payload: { reason: 'Budget reporté à 2027' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().quote.status).toBe('refused');
      expect(res.json().decision).toMatchObject({
        rule: 'quote.acceptance',
        outcome: 'refused',
        reason: 'declined',
        clientReason: 'Budget reporté à 2027',
        citation: { article: '3.1', termsVersion: q.termsVersion },
      });
      expect(res.json().decision.explanation.fr).toContain('motif : Budget reporté à 2027');
      const detail = (await t.as(sales, { method: 'GET', url: `/api/quotes/${q.id}` })).json();
      expect(detail.decisions.map((d: { rule: string; outcome: string }) => `${d.rule}:${d.outcome}`)).toEqual([
        'quote.acceptance:refused',
      ]);
      const statement = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('object_id', '=', q.id)
        .where('kind', '=', 'document.received')
        .executeTakeFirstOrThrow();
      expect(statement.actor).toBe(userA.userId);
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
      // Declined: it can no longer be accepted, nor declined twice.
      expect((await acceptInPortal(t, userA, q.id)).json().code).toBe('quote.not_issued');
      const again = await t.as(userA, { method: 'POST', url: `/api/portal/quotes/${q.id}/refuse`, payload: {} });
      expect(again.statusCode).toBe(409);
      // A new version can follow.
      expect((await t.as(sales, { method: 'POST', url: `/api/quotes/${q.id}/revise` })).statusCode).toBe(201);
    });

    it('the reason is optional; another client gets 404; an empty reason is a 400 naming the field; nothing written', async () => {
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      const before = await writeCounts(t);
      const other = await t.as(userB, { method: 'POST', url: `/api/portal/quotes/${q.id}/refuse`, payload: {} });
      expect(other.statusCode).toBe(404);
      const empty = await t.as(userA, {
        method: 'POST',
        url: `/api/portal/quotes/${q.id}/refuse`,
        payload: { reason: '   ' },
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
      expect(await writeCounts(t)).toEqual(before);
      const ok = await t.as(userA, { method: 'POST', url: `/api/portal/quotes/${q.id}/refuse`, payload: {} });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().decision.clientReason).toBeNull();
    });
  });
}
