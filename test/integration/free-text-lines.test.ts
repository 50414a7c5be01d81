/**
 * Free-text quote lines through the API on both engines (issue #17, ADR 0033, art. 6.8): a service
 * not in the catalogue is typed with its label, unit price and VAT rate; it prices, prints on the
 * quote, survives a revision and is carried by acceptance into the contract and the invoice of its
 * completion, whose Factur-X line has a name and no seller item id. Sale and rental lines stay
 * catalogue lines; every fault of a free line is reported at once, by field, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfAttachmentText, pdfText } from '../../src/documents/test-support.ts';
import { DIALECTS } from '../helpers/db.ts';
import { validateFacturXPdf } from '../helpers/einvoice.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { formedContract, issueInvoice } from '../helpers/invoices.ts';
import { type Catalogue, createDraft, issue, seedCatalogue, writeCounts } from '../helpers/quotes.ts';

const CABLING = 'Câblage du local technique (forfait hors catalogue)';
const freeLine = { kind: 'service', label: CABLING, quantity: 2, unitPriceCents: 45000, vatRatePercent: '20' };

for (const dialect of DIALECTS) {
  describe(`free-text quote lines [${dialect}]`, () => {
    let t: TestApi;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let clientA: string;
    let userA: Session;
    let cat: Catalogue;
    beforeAll(async () => {
      t = await startTestApi(dialect);
      t.setNow('2026-03-02T09:00:00Z');
      const admin = await t.signIn('admin');
      sales = await t.signIn('sales');
      adv = await t.signIn('order-admin');
      accounting = await t.signIn('accounting');
      clientA = await t.createClient('Transports Morel SAS');
      userA = await t.signIn('client', { clientId: clientA });
      cat = await seedCatalogue(t, admin);
    });
    afterAll(() => t.cleanup());

    it('prices a free service line with the catalogue lines and prints it on the quote', async () => {
      const draft = await createDraft(t, sales, clientA, [
        { kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 },
        freeLine,
      ]);
      const lines = draft.lines as Array<Record<string, unknown>>;
      expect(lines[1]).toMatchObject({
        kind: 'service',
        catalogueItemId: null,
        sku: null,
        category: null,
        label: CABLING,
        quantity: '2',
        unitPriceCents: 45000,
        vatRatePercent: '20',
        netCents: 90000,
      });
      // 590.00 + 2 × 450.00 = 1,490.00 HT, 20 % VAT.
      expect(draft.totals).toMatchObject({ netCents: 149000, vatCents: 29800, grossCents: 178800 });
      const issued = await issue(t, sales, draft.id);
      const pdf = await t.as(sales, { method: 'GET', url: `/api/quotes/${issued.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      const flat = (await pdfText(pdf.rawPayload)).text.replace(/\s+/g, ' ');
      expect(flat).toContain(CABLING);
      expect(flat).toContain('900,00 €');
    });

    it('a revision keeps the free line as typed', async () => {
      const v1 = await issue(t, sales, (await createDraft(t, sales, clientA, [freeLine])).id);
      const rev = await t.as(sales, { method: 'POST', url: `/api/quotes/${v1.id}/revise` });
      expect(rev.statusCode, rev.body).toBe(201);
      expect(rev.json().quote.lines).toEqual([
        expect.objectContaining({ catalogueItemId: null, sku: null, label: CABLING, netCents: 90000 }),
      ]);
    });

    it('refuses a free sale or rental line, naming catalogueItemId, and writes nothing', async () => {
      const before = await writeCounts(t);
      const res = await t.as(sales, {
        method: 'POST',
        url: '/api/quotes',
        payload: {
          clientId: clientA,
          deliveryLeadTime: '2 semaines',
          lines: [
            { kind: 'rental', quantity: 1, rentalMonths: 36, rentCents: 2000 },
            { kind: 'sale', quantity: 1, unitPriceCents: 1000 },
          ],
        },
        headers: { 'accept-language': 'fr' },
      });
      expect(res.statusCode, res.body).toBe(400);
      const errors = res.json().errors as Array<{ path: string; message: string }>;
      expect(errors.map((e) => e.path)).toEqual(['lines.0.catalogueItemId', 'lines.1.catalogueItemId']);
      expect(errors[0]!.message).toContain('une ligne de location porte sur un article du catalogue');
      expect(await writeCounts(t)).toEqual(before);
    });

    it('reports every missing field of a free service at once, and a VAT rate not in force', async () => {
      const before = await writeCounts(t);
      const post = (lines: unknown[]) =>
        t.as(sales, {
          method: 'POST',
          url: '/api/quotes',
          payload: { clientId: clientA, deliveryLeadTime: '2 semaines', lines },
          headers: { 'accept-language': 'fr' },
        });
      const missing = await post([{ kind: 'service', quantity: 1 }]);
      expect(missing.statusCode, missing.body).toBe(400);
      expect(missing.json().errors).toEqual([
        expect.objectContaining({ path: 'lines.0.label', message: 'Ce champ est obligatoire' }),
        expect.objectContaining({ path: 'lines.0.unitPriceCents', message: 'Ce champ est obligatoire' }),
        expect.objectContaining({ path: 'lines.0.vatRatePercent', message: 'Ce champ est obligatoire' }),
      ]);
      const badRate = await post([{ ...freeLine, vatRatePercent: '7' }]);
      expect(badRate.statusCode, badRate.body).toBe(400);
      expect(badRate.json().errors).toEqual([
        expect.objectContaining({
          path: 'lines.0.vatRatePercent',
          message: "le taux de TVA de 7 % n'est pas en vigueur au 2 mars 2026",
        }),
      ]);
      const labelOnCatalogue = await post([
        { kind: 'service', catalogueItemId: cat.installation, quantity: 1, label: 'x' },
      ]);
      expect(labelOnCatalogue.json().errors).toEqual([expect.objectContaining({ path: 'lines.0.label' })]);
      expect(await writeCounts(t)).toEqual(before);
    });

    it('acceptance carries the free line into the contract and the completion invoice; its CII line has a name and no seller id', async () => {
      const c = await formedContract(t, { sales, adv, clientUser: userA }, clientA, cat, {
        lines: [{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }, freeLine],
      });
      const contract = (await t.as(adv, { method: 'GET', url: `/api/contracts/${c.contractId}` })).json().contract;
      expect(contract.lines[1]).toMatchObject({ catalogueItemId: null, sku: null, label: CABLING, netCents: 90000 });

      const completion = await t.as(adv, {
        method: 'POST',
        url: '/api/invoices/from-contract',
        payload: { contractId: c.contractId, event: 'completion', operationDate: '2026-03-05' },
      });
      expect(completion.statusCode, completion.body).toBe(201);
      const draft = completion.json().invoice;
      expect(draft).toMatchObject({ origin: 'completion', nature: 'services', netCents: 90000, grossCents: 108000 });
      expect(draft.lines).toEqual([
        expect.objectContaining({ label: CABLING, sku: null, contractLineId: contract.lines[1].id }),
      ]);

      const inv = await issueInvoice(t, accounting, draft.id);
      const pdf = await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      const bytes = new Uint8Array(pdf.rawPayload);
      const xml = (await pdfAttachmentText(bytes, 'factur-x.xml'))!;
      const line = /<ram:IncludedSupplyChainTradeLineItem>[\s\S]*?<\/ram:IncludedSupplyChainTradeLineItem>/.exec(
        xml,
      )![0];
      expect(line).toContain(`<ram:Name>${CABLING}</ram:Name>`);
      expect(line).not.toContain('SellerAssignedID');
      if (dialect === 'sqlite') {
        const check = await validateFacturXPdf(bytes, `${inv.number}.pdf`);
        expect(check.code, check.output).toBe(0);
      }
    }, 120_000);
  });
}
