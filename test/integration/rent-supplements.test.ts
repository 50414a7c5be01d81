/**
 * Rent supplements on both engines (CGV art. 10.1, 4.2.1, 15.1): rent is billed for every
 * delivered day exactly once. A unit delivered after its month's rent was billed is billed for
 * the rest of that month by the next run (its own billing key per delivery), never twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { SWEEP_STEPS } from '../../src/sweep/registry.ts';
import { startTestApi, type Session, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { formedContract } from '../helpers/invoices.ts';
import { seedCatalogue, type Catalogue } from '../helpers/quotes.ts';

for (const dialect of DIALECTS) {
  describe(`rent supplements [${dialect}]`, () => {
    let t: TestApi;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let cat: Catalogue;

    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [sales, adv, accounting] = await Promise.all([
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('accounting'),
      ]);
    };
    const contractFor = async (quantity: number, contract: Record<string, unknown> = {}) => {
      const clientId = await t.createClient(`Client ${Math.random().toString(36).slice(2, 8)}`);
      const clientUser = await t.signIn('client', { clientId });
      const c = await formedContract(t, { sales, adv, clientUser }, clientId, cat, {
        lines: [{ kind: 'rental', catalogueItemId: cat.accessPoint, quantity, rentalMonths: 12 }],
        contract,
        rental: true,
        deliverRentals: false,
      });
      const line = await t.ctx.db
        .selectFrom('contract_lines')
        .select('id')
        .where('contract_id', '=', c.contractId)
        .executeTakeFirstOrThrow();
      return { ...c, lineId: line.id };
    };
    const deliver = async (contractId: string, lineId: string, serials: string[]) => {
      const res = await t.as(adv, {
        method: 'POST',
        url: '/api/deliveries',
        payload: { contractId, lines: [{ contractLineId: lineId, serials }] },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().delivery.id as string;
    };
    /** Starts a run through the API as accounting and waits for its end. */
    const billPeriod = async (period: string) => {
      const res = await t.as(accounting, { method: 'POST', url: '/api/billing-runs', payload: { period } });
      expect(res.statusCode, res.body).toBe(202);
      const id = res.json().run.id as string;
      let run: { status: string; invoicesCreated: number } = res.json().run;
      await expect
        .poll(async () => {
          run = (await t.as(accounting, { method: 'GET', url: `/api/billing-runs/${id}` })).json().run;
          return run.status;
        })
        .toBe('done');
      return run;
    };
    /** The rent invoices of a contract: key, then each line's quantity, unit price and period. */
    const rents = async (contractId: string) => {
      const rows = await t.ctx.db
        .selectFrom('invoices')
        .innerJoin('invoice_lines', 'invoice_lines.invoice_id', 'invoices.id')
        .select([
          'invoices.billing_key',
          'invoice_lines.quantity',
          'invoice_lines.unit_price_cents',
          'invoice_lines.period_start',
          'invoice_lines.period_end',
        ])
        .where('invoices.contract_id', '=', contractId)
        .where('invoices.origin', '=', 'rent')
        .orderBy('invoices.billing_key')
        .orderBy('invoice_lines.period_start')
        .execute();
      return rows.map((r) => [
        r.billing_key!.replace(contractId, 'C'),
        Number(r.quantity),
        Number(r.unit_price_cents),
        r.period_start,
        r.period_end,
      ]);
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      await moveClock('2028-03-01T09:00:00Z');
      cat = await seedCatalogue(t, await t.signIn('admin'));
    });
    afterAll(() => t.cleanup());

    it('a unit delivered on 17 March after the March run: the April run bills 15/31 of March once, plus April', async () => {
      await moveClock('2028-03-01T09:00:00Z');
      // "delivery" mode (the terms' default): 2 units, one on 1 March, the other on the 17th.
      const a = await contractFor(2, { effectiveDate: '2028-03-01' });
      // "contract-start" mode: billed from the stated start, 1 March, even if delivered later.
      const b = await contractFor(1, { effectiveDate: '2028-03-01', rentalPeriodStart: 'contract-start' });
      await deliver(a.contractId, a.lineId, ['SUP-A-1']);
      expect(await billPeriod('2028-03')).toMatchObject({ invoicesCreated: 1 });
      expect(await rents(a.contractId)).toEqual([['rent:C:2028-03', 1, 3100, '2028-03-01', '2028-03-31']]);
      // B had nothing delivered at the March run: nothing billed yet.
      expect(await rents(b.contractId)).toEqual([]);

      await moveClock('2028-03-17T09:00:00Z');
      const second = await deliver(a.contractId, a.lineId, ['SUP-A-2']);
      const late = await deliver(b.contractId, b.lineId, ['SUP-B-1']);

      await moveClock('2028-04-01T09:00:00Z');
      expect(await billPeriod('2028-04')).toMatchObject({ invoicesCreated: 4 });
      // A: the missing 15/31 of March for the unit of the 17th, under its own key; April for both.
      expect(await rents(a.contractId)).toEqual([
        ['rent:C:2028-03', 1, 3100, '2028-03-01', '2028-03-31'],
        [`rent:C:2028-03:${second}`, 1, 1500, '2028-03-17', '2028-03-31'],
        ['rent:C:2028-04', 2, 3100, '2028-04-01', '2028-04-30'],
      ]);
      // B: the whole of March from its stated start (art. 15.1), then April.
      expect(await rents(b.contractId)).toEqual([
        [`rent:C:2028-03:${late}`, 1, 3100, '2028-03-01', '2028-03-31'],
        ['rent:C:2028-04', 1, 3100, '2028-04-01', '2028-04-30'],
      ]);

      // Re-running either month, or the daily sweep with its catch-up, bills nothing more.
      expect(await billPeriod('2028-04')).toMatchObject({ invoicesCreated: 0 });
      expect(await billPeriod('2028-03')).toMatchObject({ invoicesCreated: 0 });
      const sweep = await runSweep(t.ctx, t.handle, {
        asOf: '2028-04-01',
        steps: SWEEP_STEPS.filter((s) => s.id === 'billing.rent'),
      });
      expect(sweep.steps.map((s) => s.acted)).toEqual([0]);
      expect(await rents(a.contractId)).toHaveLength(3);
      expect(await rents(b.contractId)).toHaveLength(2);
    });
  });
}
