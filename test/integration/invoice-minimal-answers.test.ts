/**
 * `Prefer: return=minimal` (RFC 7240) on the invoice write path (issue #19), both engines: a
 * caller that only needs what the write fixed gets it, and the write is the same as without the
 * header — the stored invoice, its number in the gapless series and its evidence entry. Without
 * the header the answer is the whole invoice, as before; the draft's answer is built from the
 * rows the insert returned and equals what a later read shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

const DAY = '2026-03-02T09:00:00Z';
const MINIMAL = { prefer: 'return=minimal' };

for (const dialect of DIALECTS) {
  describe(`invoice writes with Prefer: return=minimal [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    let clientId: string;
    const body = () => ({
      clientId,
      lines: [
        {
          label: 'Réparation FortiGate 40F',
          nature: 'services',
          quantity: 1,
          unitPriceCents: 18_000,
          vatRatePercent: '20',
        },
        { label: 'Transport retour', nature: 'services', quantity: 2.5, unitPriceCents: 3_500, vatRatePercent: '20' },
      ],
    });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      t.setNow(DAY);
      clientId = await t.createClient('Transports Morel SAS');
      accounting = await t.signIn('accounting');
    });
    afterAll(() => t.cleanup());

    it('create and issue answer only what they fixed, and store exactly what the full answers show', async () => {
      const created = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        headers: MINIMAL,
        payload: body(),
      });
      expect(created.statusCode).toBe(201);
      expect(created.headers['preference-applied']).toBe('return=minimal');
      const draft = created.json();
      // 180.00 + 2.5 × 35.00 = 267.50 net, 53.50 VAT.
      expect(draft).toEqual({
        id: expect.any(String),
        kind: 'invoice',
        status: 'draft',
        number: null,
        issueDate: null,
        dueDate: null,
        grossCents: 32_100,
      });

      const issued = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${draft.id}/issue`,
        headers: MINIMAL,
      });
      expect(issued.statusCode).toBe(200);
      expect(issued.headers['preference-applied']).toBe('return=minimal');
      const ref = issued.json();
      expect(ref).toEqual({
        id: draft.id,
        kind: 'invoice',
        status: 'issued',
        number: expect.stringMatching(/^F-2026-\d{7}$/),
        issueDate: '2026-03-02',
        dueDate: '2026-04-01',
        grossCents: 32_100,
      });

      // What was stored is what the short answer said, with the issue in the evidence log.
      const full = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${draft.id}` })).json();
      expect(full.invoice).toMatchObject({
        status: 'issued',
        number: ref.number,
        issueDate: ref.issueDate,
        dueDate: ref.dueDate,
        grossCents: 32_100,
        netCents: 26_750,
        vatCents: 5_350,
      });
      expect(full.evidence.map((e: { kind: string }) => e.kind)).toContain('document.issued');

      // Issuing again is refused the same way with or without the header, and takes no number.
      const again = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${draft.id}/issue`,
        headers: MINIMAL,
      });
      expect(again.statusCode).toBe(409);
      const next = await t.as(accounting, { method: 'POST', url: '/api/invoices', headers: MINIMAL, payload: body() });
      const nextRef = (
        await t.as(accounting, { method: 'POST', url: `/api/invoices/${next.json().id}/issue`, headers: MINIMAL })
      ).json();
      const seq = (n: string) => Number(n.slice(-7));
      expect(seq(nextRef.number)).toBe(seq(ref.number) + 1);
    });

    it('without the header the answers are the whole invoice; the draft answer equals a later read', async () => {
      const created = await t.as(accounting, { method: 'POST', url: '/api/invoices', payload: body() });
      expect(created.statusCode).toBe(201);
      expect(created.headers['preference-applied']).toBeUndefined();
      const answer = created.json();
      const read = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${answer.invoice.id}` })).json();
      // Built from the rows the insert returned: identical to the read, quantities as stored.
      expect(answer).toEqual(read);
      expect(answer.invoice.lines.map((l: { quantity: string }) => Number(l.quantity))).toEqual([1, 2.5]);

      const issued = await t.as(accounting, { method: 'POST', url: `/api/invoices/${answer.invoice.id}/issue` });
      expect(issued.statusCode).toBe(200);
      expect(issued.headers['preference-applied']).toBeUndefined();
      expect(issued.json().invoice).toMatchObject({ status: 'issued', number: expect.stringMatching(/^F-2026-/) });
      expect(issued.json().evidence.length).toBeGreaterThan(0);
    });

    it('a series that outgrows its seven digits goes on, never cut (PostgreSQL formats the number in SQL)', async () => {
      // The next invoice of 2027 would be number 10,000,000: the first of the year creates the counter.
      t.setNow('2027-01-04T09:00:00Z');
      accounting = await t.signIn('accounting');
      const first = await t.as(accounting, { method: 'POST', url: '/api/invoices', headers: MINIMAL, payload: body() });
      const firstRef = (
        await t.as(accounting, { method: 'POST', url: `/api/invoices/${first.json().id}/issue`, headers: MINIMAL })
      ).json();
      expect(firstRef.number).toBe('F-2027-0000001');
      await t.ctx.db
        .updateTable('document_sequences')
        .set({ last_value: 9_999_999 })
        .where('org_id', '=', t.orgId)
        .where('series', '=', 'F')
        .where('year', '=', 2027)
        .execute();
      const big = await t.as(accounting, { method: 'POST', url: '/api/invoices', headers: MINIMAL, payload: body() });
      const bigRef = (
        await t.as(accounting, { method: 'POST', url: `/api/invoices/${big.json().id}/issue`, headers: MINIMAL })
      ).json();
      expect(bigRef.number).toBe('F-2027-10000000');
      const stored = await t.ctx.db
        .selectFrom('invoices')
        .select('number')
        .where('id', '=', big.json().id)
        .executeTakeFirstOrThrow();
      expect(stored.number).toBe('F-2027-10000000');
      t.setNow(DAY);
      accounting = await t.signIn('accounting');
    });

    it('a refused create writes nothing, with or without the header', async () => {
      const before = (await t.as(accounting, { method: 'GET', url: '/api/invoices?filter=draft' })).json().items.length;
      const bad = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        headers: MINIMAL,
        payload: { ...body(), clientId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(bad.statusCode).toBe(404);
      expect(bad.json().errors[0].path).toBe('clientId');
      const after = (await t.as(accounting, { method: 'GET', url: '/api/invoices?filter=draft' })).json().items.length;
      expect(after).toBe(before);
    });
  });
}
