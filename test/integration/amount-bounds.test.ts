/**
 * Every amount the product takes and every total it computes is at most MAX_DOCUMENT_CENTS
 * (EUR 100 million): beyond it a 400 naming the field, on both engines, and nothing written; at
 * the bound a document is created, issued (Factur-X) and, for a quote, forms a contract whose
 * order invoice issues. One test per entry point that takes cents or quantities.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_CENTS } from '../../src/kernel/money.ts';
import { changeVatRate } from '../../src/modules/vat-rates/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { formedContract, invoicingCounts, issueInvoice } from '../helpers/invoices.ts';
import { acceptInPortal, type Catalogue, seedCatalogue, writeCounts } from '../helpers/quotes.ts';

const HUGE = 2 ** 53 - 1;

for (const dialect of DIALECTS) {
  describe(`amounts bounded to EUR 100 million per document [${dialect}]`, () => {
    let t: TestApi;
    const s = {} as Record<'admin' | 'sales' | 'adv' | 'accounting' | 'clientUser', Session>;
    let clientId: string;
    let cat: Catalogue;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientId = await t.createClient('Transports Morel SAS');
      s.admin = await t.signIn('admin');
      s.sales = await t.signIn('sales');
      s.adv = await t.signIn('order-admin');
      s.accounting = await t.signIn('accounting');
      s.clientUser = await t.signIn('client', { clientId });
      cat = await seedCatalogue(t, s.admin);
    });
    afterAll(() => t.cleanup());

    /** Answers 400 (problem+json) naming exactly these fields, and writes nothing. */
    async function refused(
      send: () => Promise<{
        statusCode: number;
        body: string;
        headers: Record<string, unknown>;
        json(): { errors: Array<{ path: string }> };
      }>,
      paths: string[],
    ) {
      const before = { ...(await invoicingCounts(t)), ...(await writeCounts(t)) };
      const res = await send();
      expect(res.statusCode, res.body).toBe(400);
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
      expect(
        res
          .json()
          .errors.map((e) => e.path)
          .sort(),
      ).toEqual([...paths].sort());
      expect({ ...(await invoicingCounts(t)), ...(await writeCounts(t)) }).toEqual(before);
    }

    const manualLine = (unitPriceCents: number, quantity = 1) => ({
      label: 'Prestation',
      nature: 'services',
      quantity,
      unitPriceCents,
      vatRatePercent: '20',
    });
    const postInvoice = (lines: unknown[]) =>
      t.as(s.accounting, { method: 'POST', url: '/api/invoices', payload: { clientId, lines } });

    it('manual invoice drafts: a unit price, a line and a total over the bound are refused; at the bound the draft issues', async () => {
      await refused(() => postInvoice([manualLine(HUGE)]), ['lines.0.unitPriceCents']);
      await refused(() => postInvoice([manualLine(MAX_DOCUMENT_CENTS + 1)]), ['lines.0.unitPriceCents']);
      await refused(() => postInvoice([manualLine(MAX_DOCUMENT_CENTS, 1_000_000)]), ['lines.0']);
      // Each line within the bound, the total incl. VAT over it.
      await refused(() => postInvoice([manualLine(5_000_000_000), manualLine(4_000_000_000)]), ['lines']);
      // At the bound: 83,333,333.33 € net + 20 % VAT = 99,999,999.99 € (+ rounding), created and issued.
      const res = await postInvoice([manualLine(8_333_333_333)]);
      expect(res.statusCode, res.body).toBe(201);
      const issued = await issueInvoice(t, s.accounting, res.json().invoice.id);
      expect(issued.grossCents).toBe(10_000_000_000);
      const pdf = await t.as(s.accounting, { method: 'GET', url: `/api/invoices/${issued.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      const shown = await t.as(s.accounting, { method: 'GET', url: `/api/clients/${clientId}/statement` });
      expect(shown.statusCode, shown.body).toBe(200);
      expect(JSON.stringify(shown.json())).toContain('10000000000');
    });

    it('credit notes: free credit lines over the bound are refused', async () => {
      const draft = await postInvoice([manualLine(100_000)]);
      expect(draft.statusCode, draft.body).toBe(201);
      const inv = await issueInvoice(t, s.accounting, draft.json().invoice.id);
      const credit = (lines: unknown[]) =>
        t.as(s.accounting, {
          method: 'POST',
          url: `/api/invoices/${inv.id}/credit-notes`,
          payload: { reason: 'Geste commercial', lines },
        });
      await refused(() => credit([manualLine(HUGE)]), ['lines.0.unitPriceCents']);
      await refused(() => credit([manualLine(MAX_DOCUMENT_CENTS, 1_000_000)]), ['lines.0']);
    });

    it('quotes (create and replace): prices, rents and line or document totals over the bound are refused', async () => {
      const post = (lines: unknown[]) =>
        t.as(s.sales, {
          method: 'POST',
          url: '/api/quotes',
          payload: { clientId, deliveryLeadTime: '4 semaines', lines },
        });
      await refused(
        () => post([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1, unitPriceCents: HUGE }]),
        ['lines.0.unitPriceCents'],
      );
      await refused(
        () =>
          post([
            { kind: 'service', catalogueItemId: cat.installation, quantity: 1, unitPriceCents: MAX_DOCUMENT_CENTS + 1 },
          ]),
        ['lines.0.unitPriceCents'],
      );
      await refused(
        () =>
          post([
            {
              kind: 'rental',
              catalogueItemId: cat.accessPoint,
              quantity: 1,
              rentalMonths: 12,
              rentCents: HUGE,
              maintenanceFeeCents: HUGE,
            },
          ]),
        ['lines.0.rentCents', 'lines.0.maintenanceFeeCents'],
      );
      // quantity × unit price: 1,000,000 × EUR 100 million.
      await refused(
        () =>
          post([
            { kind: 'sale', catalogueItemId: cat.firewall, quantity: 1_000_000, unitPriceCents: MAX_DOCUMENT_CENTS },
          ]),
        ['lines.0'],
      );
      // A rent within the bound over 120 months.
      await refused(
        () =>
          post([
            {
              kind: 'rental',
              catalogueItemId: cat.accessPoint,
              quantity: 1,
              rentalMonths: 120,
              rentCents: 100_000_000,
            },
          ]),
        ['lines.0'],
      );
      await refused(
        () =>
          post([
            { kind: 'sale', catalogueItemId: cat.firewall, quantity: 1, unitPriceCents: 5_000_000_000 },
            { kind: 'service', catalogueItemId: cat.installation, quantity: 1, unitPriceCents: 4_000_000_000 },
          ]),
        ['lines'],
      );
      const draft = await post([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }]);
      expect(draft.statusCode, draft.body).toBe(201);
      const put = (lines: unknown[]) =>
        t.as(s.sales, {
          method: 'PUT',
          url: `/api/quotes/${draft.json().quote.id}`,
          payload: { clientId, deliveryLeadTime: '4 semaines', lines },
        });
      await refused(
        () =>
          put([
            { kind: 'sale', catalogueItemId: cat.firewall, quantity: 1_000_000, unitPriceCents: MAX_DOCUMENT_CENTS },
          ]),
        ['lines.0'],
      );
    });

    it('a quote at the bound is accepted, forms a contract, and its order invoice issues', async () => {
      const c = await formedContract(t, s, clientId, cat, {
        lines: [{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1, unitPriceCents: 8_333_333_333 }],
      });
      const inv = await issueInvoice(t, s.accounting, c.orderDraftId!);
      expect(inv.grossCents).toBe(10_000_000_000);
    });

    it('licences: licensed users on a quote line and an observed usage count over their bounds are refused', async () => {
      const post = (lines: unknown[]) =>
        t.as(s.sales, {
          method: 'POST',
          url: '/api/quotes',
          payload: { clientId, deliveryLeadTime: '4 semaines', lines },
        });
      await refused(
        () => post([{ kind: 'sale', catalogueItemId: cat.twoFactor, quantity: 1, licensedUsers: HUGE }]),
        ['lines.0.licensedUsers'],
      );
      await refused(
        () => post([{ kind: 'sale', catalogueItemId: cat.twoFactor, quantity: 1_000_001 }]),
        ['lines.0.quantity'],
      );
      const c = await formedContract(t, s, clientId, cat, {
        lines: [{ kind: 'sale', catalogueItemId: cat.twoFactor, quantity: 1 }],
      });
      const licence = (await t.as(s.adv, { method: 'GET', url: `/api/licences?contractId=${c.contractId}` })).json()
        .items[0] as { id: string };
      await refused(
        () => t.as(s.adv, { method: 'POST', url: `/api/licences/${licence.id}/usage`, payload: { usersCount: HUGE } }),
        ['usersCount'],
      );
    });

    it('payments and allocations: an amount over the bound is refused', async () => {
      const pay = (body: Record<string, unknown>) =>
        t.as(s.accounting, {
          method: 'POST',
          url: '/api/payments',
          payload: { clientId, means: 'bank-transfer', receivedOn: '2026-03-02', ...body },
        });
      await refused(() => pay({ amountCents: HUGE }), ['amountCents']);
      await refused(() => pay({ amountCents: MAX_DOCUMENT_CENTS + 1, keepExcessAsCredit: true }), ['amountCents']);
      await refused(
        () => pay({ amountCents: 100, allocations: [{ invoiceId: 'x', amountCents: HUGE }] }),
        ['allocations.0.amountCents'],
      );
      const credit = await pay({ amountCents: 100, keepExcessAsCredit: true });
      expect(credit.statusCode, credit.body).toBe(201);
      await refused(
        () =>
          t.as(s.accounting, {
            method: 'POST',
            url: `/api/payments/${credit.json().payment.id}/allocations`,
            payload: { allocations: [{ invoiceId: 'x', amountCents: HUGE }] },
          }),
        ['allocations.0.amountCents'],
      );
    });

    it('bank statement imports: a line over the bound is refused, naming it', async () => {
      const upload = (csv: string) =>
        t.as(s.accounting, { method: 'POST', url: '/api/bank-imports', payload: { filename: 'releve.csv', csv } });
      await refused(
        () => upload('date;amount;label\n2026-03-02;100000000,01;VIR\n2026-03-02;-90071992547409,91;VIR\n'),
        ['rows.0.amount', 'rows.1.amount'],
      );
      await refused(
        () => upload('date;credit;debit;label\n2026-03-02;100000000,01;;VIR\n2026-03-02;;100000000,01;VIR\n'),
        ['rows.0.credit', 'rows.1.debit'],
      );
      const atBound = await upload('date;amount;label\n2026-03-02;100000000,00;VIR\n');
      expect(atBound.statusCode, atBound.body).toBe(201);
    });

    it('catalogue: prices, rents, fees and indemnities over the bound are refused (create and update)', async () => {
      const item = {
        kind: 'service',
        category: 'installation',
        sku: 'SRV-BIG',
        name: 'Grosse prestation',
        indicativePriceCents: 1000,
        vatRatePercent: '20',
      };
      await refused(
        () =>
          t.as(s.admin, {
            method: 'POST',
            url: '/api/catalogue',
            payload: { ...item, indicativePriceCents: HUGE, lateCancellationIndemnityCents: HUGE },
          }),
        ['indicativePriceCents', 'lateCancellationIndemnityCents'],
      );
      const patch = (body: Record<string, unknown>) =>
        t.as(s.admin, { method: 'PATCH', url: `/api/catalogue/${cat.accessPoint}`, payload: body });
      await refused(
        () =>
          patch({ monthlyRentCents: MAX_DOCUMENT_CENTS + 1, maintenanceFeeCents: HUGE, indicativePriceCents: HUGE }),
        ['indicativePriceCents', 'maintenanceFeeCents', 'monthlyRentCents'],
      );
    });

    it('rules: amounts in the facts over the bound are refused, naming the fact', async () => {
      const res = await t.as(s.accounting, {
        method: 'POST',
        url: '/api/rules/invoice.late-payment/evaluate',
        payload: {
          asOf: '2026-04-15',
          facts: { issueDate: '2026-01-10', totalCents: HUGE, payments: [{ date: '2026-03-20', amountCents: HUGE }] },
        },
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(
        res
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['facts.payments.0.amountCents', 'facts.totalCents']);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`a quote at the bound whose VAT rises by the order date [${dialect}]`, () => {
    it('still forms a contract whose order invoice issues (derived documents are never refused later)', async () => {
      const t = await startTestApi(dialect);
      try {
        const clientId = await t.createClient('Transports Morel SAS');
        const cat = await seedCatalogue(t, await t.signIn('admin'));
        await changeVatRate(t.ctx, { label: 'Taux normal', ratePercent: '21', effectiveFrom: '2026-03-03' });
        // Quoted at 20 % on 2 March (EUR 100,000,000.00 incl. VAT), ordered and acknowledged at 21 % on 3 March.
        t.setNow('2026-03-02T09:00:00Z');
        const sales = await t.signIn('sales');
        const quote = await t.as(sales, {
          method: 'POST',
          url: '/api/quotes',
          payload: {
            clientId,
            deliveryLeadTime: '4 semaines',
            lines: [{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1, unitPriceCents: 8_333_333_333 }],
          },
        });
        expect(quote.statusCode, quote.body).toBe(201);
        expect(quote.json().quote.totals.grossCents).toBe(MAX_DOCUMENT_CENTS);
        const issued = await t.as(sales, { method: 'POST', url: `/api/quotes/${quote.json().quote.id}/issue` });
        expect(issued.statusCode, issued.body).toBe(200);
        t.setNow('2026-03-03T09:00:00Z');
        const s = { adv: await t.signIn('order-admin'), clientUser: await t.signIn('client', { clientId }) };
        const accounting = await t.signIn('accounting');
        expect((await acceptInPortal(t, s.clientUser, quote.json().quote.id)).statusCode).toBe(200);
        const formed = await t.as(s.adv, {
          method: 'POST',
          url: '/api/contracts',
          payload: { quoteId: quote.json().quote.id },
        });
        expect(formed.statusCode, formed.body).toBe(201);
        const drafts = await t.as(accounting, {
          method: 'GET',
          url: `/api/invoices?contractId=${formed.json().contract.id}&filter=draft`,
        });
        const orderDraft = (drafts.json().items as Array<{ id: string; origin: string }>).find(
          (i) => i.origin === 'order',
        )!;
        const inv = await issueInvoice(t, accounting, orderDraft.id);
        expect(inv.grossCents).toBeGreaterThan(MAX_DOCUMENT_CENTS);
      } finally {
        await t.cleanup();
      }
    });
  });
}
