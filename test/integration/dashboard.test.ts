/**
 * The dashboard (issue 17), on both engines: overdue amounts by ageing bucket, due this week,
 * cash expected, overdue by client, invoiced vs collected by month, computed from what the
 * database holds on the test clock's day (2026-03-02); sections per role; access refused to
 * clients and to anonymous requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { insertInvoices, paymentRow } from '../helpers/seed-invoices.ts';

for (const dialect of DIALECTS) {
  describe(`dashboard [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    let a: string;
    let b: string;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      accounting = await t.signIn('accounting');
      a = await t.createClient('Alpha Industrie');
      b = await t.createClient('Bêta Services');
      await insertInvoices(t.ctx, t.orgId, [
        // 10 days late, 1,000 open of 1,200.
        {
          clientId: a,
          number: 'F-1',
          issueDate: '2026-01-21',
          dueDate: '2026-02-20',
          grossCents: 1200,
          paidCents: 200,
        },
        // 46 days late.
        { clientId: a, number: 'F-2', issueDate: '2025-12-16', dueDate: '2026-01-15', grossCents: 2000 },
        // 72 days late.
        { clientId: b, number: 'F-3', issueDate: '2025-11-20', dueDate: '2025-12-20', grossCents: 3000 },
        // 152 days late.
        { clientId: b, number: 'F-4', issueDate: '2025-09-01', dueDate: '2025-10-01', grossCents: 4000 },
        // Due this week (in 3 days), and in the 0–30 days of cash expected.
        { clientId: a, number: 'F-5', issueDate: '2026-02-03', dueDate: '2026-03-05', grossCents: 500 },
        // Due in 39 days: cash expected in 31–60.
        { clientId: b, number: 'F-6', issueDate: '2026-03-01', dueDate: '2026-04-10', grossCents: 700 },
        // Settled: in no receivable figure.
        {
          clientId: a,
          number: 'F-7',
          issueDate: '2026-01-02',
          dueDate: '2026-02-01',
          grossCents: 900,
          paidCents: 900,
          settledOn: '2026-01-30',
        },
        // A credit note: lowers February's invoiced amount, never a receivable.
        {
          clientId: a,
          number: 'AV-1',
          issueDate: '2026-02-10',
          dueDate: '2026-02-10',
          grossCents: 100,
          kind: 'credit-note',
        },
      ]);
      await t.ctx.db
        .insertInto('payments')
        .values([
          paymentRow(t.orgId, { clientId: a, receivedOn: '2026-01-30', amountCents: 900 }),
          paymentRow(t.orgId, { clientId: a, receivedOn: '2026-02-15', amountCents: 200 }),
        ])
        .execute();
    });
    afterAll(() => t.cleanup());

    it('gives accounting the overdue by ageing bucket, due this week and cash expected', async () => {
      const res = await t.as(accounting, { method: 'GET', url: '/api/dashboard' });
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json();
      expect(d.asOf).toBe('2026-03-02');
      expect(d.bounds).toMatchObject({ late30: '2026-01-31', week: '2026-03-08', in7: '2026-03-09' });
      const r = d.receivables;
      expect(r.overdue).toEqual({ count: 4, cents: 1000 + 2000 + 3000 + 4000 });
      expect(r.ageing).toEqual([
        { count: 1, cents: 1000 },
        { count: 1, cents: 2000 },
        { count: 1, cents: 3000 },
        { count: 1, cents: 4000 },
      ]);
      expect(r.dueThisWeek).toEqual({ count: 1, cents: 500 });
      expect(r.expected).toEqual([500, 700, 0]);
      expect(r.overdueByClient).toEqual([
        { clientId: b, name: 'Bêta Services', cents: 7000, count: 2 },
        { clientId: a, name: 'Alpha Industrie', cents: 3000, count: 2 },
      ]);
    });

    it('charts twelve months of invoiced (credit notes deducted) against collected', async () => {
      const d = (await t.as(accounting, { method: 'GET', url: '/api/dashboard' })).json();
      const monthly: { month: string; invoicedCents: number; collectedCents: number }[] = d.receivables.monthly;
      expect(monthly).toHaveLength(12);
      expect(monthly[0]!.month).toBe('2025-04');
      expect(monthly.at(-1)!.month).toBe('2026-03');
      const of = (m: string) => monthly.find((x) => x.month === m);
      expect(of('2025-09')).toEqual({ month: '2025-09', invoicedCents: 4000, collectedCents: 0 });
      expect(of('2026-01')).toEqual({ month: '2026-01', invoicedCents: 1200 + 900, collectedCents: 900 });
      expect(of('2026-02')).toEqual({ month: '2026-02', invoicedCents: 500 - 100, collectedCents: 200 });
      expect(of('2026-03')).toEqual({ month: '2026-03', invoicedCents: 700, collectedCents: 0 });
    });

    it('computes only the sections of the role', async () => {
      const sales = await t.signIn('sales');
      const s = (await t.as(sales, { method: 'GET', url: '/api/dashboard' })).json();
      expect(s.receivables).toBeNull();
      expect(s.failedMails).toBeNull();
      expect(s.quotes).toEqual({
        expiringSoon: { count: 0 },
        acceptedToAcknowledge: { count: 0 },
        rentalFilesAwaitingLessor: { count: 0 },
      });
      const dpo = await t.signIn('dpo');
      const p = (await t.as(dpo, { method: 'GET', url: '/api/dashboard' })).json();
      expect(p.dataRequestsDue).toEqual({ count: 0 });
      expect(p.receivables).toBeNull();
      const admin = await t.signIn('admin');
      const all = (await t.as(admin, { method: 'GET', url: '/api/dashboard' })).json();
      expect(all.receivables.overdue.count).toBe(4);
      expect(all.operations).toEqual({
        deliveriesToMake: { count: 0 },
        interventionsToConfirm: { count: 0 },
        insuranceMissing: { count: 0 },
      });
      expect(all.failedMails).toEqual({ count: 0 });
    });

    it('is refused to a client user and to an anonymous request', async () => {
      const client = await t.signIn('client');
      expect((await t.as(client, { method: 'GET', url: '/api/dashboard' })).statusCode).toBe(403);
      expect((await t.as(null, { method: 'GET', url: '/api/dashboard' })).statusCode).toBe(401);
    });
  });
}
