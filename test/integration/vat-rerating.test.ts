/**
 * art. 9.2 through the API on both engines: the VAT of a contract is the rate in force on the
 * order date (the day of acceptance). A rate changed by law between the quote and the order is
 * passed on, category by category, with a recorded decision and a statement in the
 * acknowledgement; nets never change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { runRentBilling } from '../../src/modules/billing/index.ts';
import { changeVatRate } from '../../src/modules/vat-rates/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { acceptInPortal, type Catalogue, issuedQuote, seedCatalogue } from '../helpers/quotes.ts';
import { deliverRentals } from '../helpers/invoices.ts';

for (const dialect of DIALECTS) {
  describe(`VAT of the order date [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let userA: Session;
    let accounting: Session;
    let clientA: string;
    let cat: Catalogue;
    let training: string;
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [admin, sales, adv, userA, accounting] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('client', { clientId: clientA }),
        t.signIn('accounting'),
      ]);
    };
    const lines = () => [
      { kind: 'sale', catalogueItemId: cat.firewall, quantity: 2, discountPercent: '10' },
      { kind: 'service', catalogueItemId: training, quantity: 1 },
      { kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 3, rentalMonths: 24 },
    ];
    /** The rental file approved by ALLEO, then the acknowledgement. */
    const acknowledge = async (quoteId: string) => {
      const review = await t.as(adv, {
        method: 'POST',
        url: `/api/quotes/${quoteId}/rental-file/reviews`,
        payload: { party: 'alleo', outcome: 'approved' },
      });
      expect(review.statusCode, review.body).toBe(201);
      // The rent runs from the stated start once the units are delivered (art. 4.2.1, 15.1).
      return t.as(adv, {
        method: 'POST',
        url: '/api/contracts',
        payload: { quoteId, rentalPeriodStart: 'contract-start' },
      });
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      await moveClock('2026-12-14T09:00:00Z');
      cat = await seedCatalogue(t, admin);
      // A service at the intermediate rate, which the change of the normal rate leaves alone.
      const item = await t.as(admin, {
        method: 'POST',
        url: '/api/catalogue',
        payload: {
          kind: 'service',
          category: 'training',
          sku: 'SRV-TRAIN-10',
          name: 'Formation (taux intermédiaire)',
          indicativePriceCents: 50000,
          vatRatePercent: '10',
        },
      });
      expect(item.statusCode, item.body).toBe(201);
      training = item.json().item.id;
    });
    afterAll(() => t.cleanup());

    it('a quote of December ordered in January after a change 20 % → 21 %: the contract passes the new rate on', async () => {
      await moveClock('2026-12-14T09:00:00Z');
      const before = await issuedQuote(t, sales, clientA, lines());
      const after = await issuedQuote(t, sales, clientA, lines());
      expect(before.totals).toMatchObject({ vatBreakdown: [{ ratePercent: '20' }, { ratePercent: '10' }] });
      const quoted = before.totals as {
        netCents: number;
        vatCents: number;
        vatBreakdown: Array<{ ratePercent: string; taxableCents: number; vatCents: number }>;
      };

      // Ordered on 31 December, the last day of 20 %: no change, even if acknowledged in January.
      await moveClock('2026-12-31T09:00:00Z');
      expect((await acceptInPortal(t, userA, before.id)).statusCode).toBe(200);
      await changeVatRate(t.ctx, { label: 'Taux normal', ratePercent: '21', effectiveFrom: '2027-01-01' });
      await moveClock('2027-01-05T09:00:00Z');
      const unchanged = await acknowledge(before.id);
      expect(unchanged.statusCode, unchanged.body).toBe(201);
      expect(unchanged.json().contract).toMatchObject({
        orderDate: '2026-12-31',
        totals: { vatCents: quoted.vatCents },
      });
      expect(unchanged.json().decisions.map((d: { rule: string }) => d.rule)).not.toContain('contract.vat-rate');

      // Ordered on 5 January: the normal rate of that day is 21 %; the intermediate rate stays 10 %.
      expect((await acceptInPortal(t, userA, after.id)).statusCode).toBe(200);
      const res = await acknowledge(after.id);
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json().contract;
      expect(c.orderDate).toBe('2027-01-05');
      expect(c.lines.map((l: { vatRatePercent: string }) => l.vatRatePercent)).toEqual(['21', '10', '21']);
      const base20 = quoted.vatBreakdown.find((r) => r.ratePercent === '20')!;
      const base10 = quoted.vatBreakdown.find((r) => r.ratePercent === '10')!;
      const vat21 = Math.round((base20.taxableCents * 21) / 100);
      expect(c.totals).toMatchObject({
        netCents: quoted.netCents,
        vatCents: vat21 + base10.vatCents,
        grossCents: quoted.netCents + vat21 + base10.vatCents,
        vatBreakdown: [
          { ratePercent: '21', taxableCents: base20.taxableCents, vatCents: vat21 },
          { ratePercent: '10', taxableCents: base10.taxableCents, vatCents: base10.vatCents },
        ],
      });
      const decision = res.json().decisions.find((d: { rule: string }) => d.rule === 'contract.vat-rate');
      expect(decision).toMatchObject({ article: '9.2', outcome: 'rerated' });
      expect(decision.explanation.fr).toContain('20 % → 21 %');

      const { text } = await pdfText(
        (await t.as(adv, { method: 'GET', url: `/api/contracts/${c.id}/pdf` })).rawPayload,
      );
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('art. 9.2 des CGV');
      expect(flat).toContain('ligne 1 : 20 % au devis, 21 % au jour de la commande');
      expect(flat).toContain('ligne 3 : 20 % au devis, 21 % au jour de la commande');
      expect(flat).not.toContain('ligne 2 :');

      // The order invoice drafted with the contract bills at the contract's rates.
      const invoices = (await t.as(adv, { method: 'GET', url: `/api/invoices?contractId=${c.id}` })).json()
        .items as Array<{ id: string }>;
      expect(invoices.length).toBeGreaterThan(0);
      const invoice = (await t.as(adv, { method: 'GET', url: `/api/invoices/${invoices[0]!.id}` })).json().invoice;
      expect(new Set(invoice.lines.map((l: { vatRatePercent: string }) => l.vatRatePercent))).not.toContain('20');
    });

    it("invoices carry the rate of their tax point: the order of 31 December at 20 %, its January rent at 21 %; a credit note may use the invoice's own rate", async () => {
      await moveClock('2027-01-05T10:00:00Z');
      const contract = (await t.as(adv, { method: 'GET', url: '/api/contracts' }))
        .json()
        .items.find((c: { orderDate: string }) => c.orderDate === '2026-12-31');
      const drafts = (
        await t.as(accounting, { method: 'GET', url: `/api/invoices?contractId=${contract.id}&filter=draft` })
      ).json().items as Array<{ id: string }>;
      const orderInvoice = (
        await t.as(accounting, { method: 'POST', url: `/api/invoices/${drafts[0]!.id}/issue` })
      ).json().invoice;
      expect(orderInvoice.lines.map((l: { vatRatePercent: string }) => l.vatRatePercent)).toEqual(['20']);

      await deliverRentals(t, adv, contract.id);
      const run = await runRentBilling(t.ctx, {
        orgId: t.orgId,
        period: '2027-01',
        issueDate: '2027-01-05',
        actorId: 'test',
      });
      expect(run.invoicesCreated).toBeGreaterThan(0);
      const rent = await t.ctx.db
        .selectFrom('invoices')
        .select('id')
        .where('contract_id', '=', contract.id)
        .where('origin', '=', 'rent')
        // January's invoice (the run also bills 31 December as a supplement, at 20 %).
        .where('billing_key', '=', `rent:${contract.id}:2027-01`)
        .executeTakeFirstOrThrow();
      const rentLines = await t.ctx.db
        .selectFrom('invoice_lines')
        .select(['vat_rate', 'period_start'])
        .where('invoice_id', '=', rent.id)
        .execute();
      expect(rentLines).toEqual([{ vat_rate: '21', period_start: '2027-01-01' }]);

      const gesture = (vatRatePercent: string) =>
        t.as(accounting, {
          method: 'POST',
          url: `/api/invoices/${orderInvoice.id}/credit-notes`,
          payload: {
            reason: 'Geste commercial',
            lines: [{ label: 'Remise', nature: 'goods', quantity: 1, unitPriceCents: 1000, vatRatePercent }],
          },
        });
      expect((await gesture('20')).statusCode).toBe(201);
      const refused = await gesture('19.6');
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].path).toBe('lines.0.vatRatePercent');
    });

    it("a quote drafted after the change takes the new rate of the catalogue item's category", async () => {
      await moveClock('2027-01-05T09:00:00Z');
      const q = await issuedQuote(t, sales, clientA, lines());
      expect((q.lines as Array<{ vatRatePercent: string }>).map((l) => l.vatRatePercent)).toEqual(['21', '10', '21']);
    });

    it('a rate abolished with no successor in its category blocks the acknowledgement, naming the line, and writes nothing', async () => {
      await moveClock('2027-01-06T09:00:00Z');
      const q = await issuedQuote(t, sales, clientA, lines());
      expect((await acceptInPortal(t, userA, q.id)).statusCode).toBe(200);
      // Hypothetical: the intermediate rate is abolished on 6 January without replacement.
      await t.ctx.db
        .updateTable('vat_rates')
        .set({ effective_to: '2027-01-05' })
        .where('label', '=', 'Taux intermédiaire')
        .where('effective_to', 'is', null)
        .execute();
      const contractsBefore = (await t.as(adv, { method: 'GET', url: '/api/contracts' })).json().items.length;
      const res = await acknowledge(q.id);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['lines.1.vatRatePercent']);
      expect((await t.as(adv, { method: 'GET', url: '/api/contracts' })).json().items.length).toBe(contractsBefore);
    });
  });
}
