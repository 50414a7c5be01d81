/**
 * Invoices and credit notes through the API on both engines (CGV art. 9, 10.1; CGI ann. II art.
 * 242 nonies A): drafts from contract events, gapless issue, due dates, immutability, credit
 * notes within what remains, client users confined to their own issued invoices, bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { type Catalogue, seedCatalogue } from '../helpers/quotes.ts';
import { pdfAttachmentText, pdfText } from '../../src/documents/test-support.ts';
import { validateFacturXPdf } from '../helpers/einvoice.ts';
import { formedContract, invoicingCounts, issueInvoice } from '../helpers/invoices.ts';

const DAY = '2026-03-02T09:00:00Z';

for (const dialect of DIALECTS) {
  describe(`invoices [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let userA: Session;
    let userB: Session;
    let clientA: string;
    let clientB: string;
    let cat: Catalogue;
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [admin, sales, adv, accounting, userA, userB] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('accounting'),
        t.signIn('client', { clientId: clientA }),
        t.signIn('client', { clientId: clientB }),
      ]);
    };
    const contractFor = (options: Parameters<typeof formedContract>[4] = {}, user = userA, client = clientA) =>
      formedContract(t, { sales, adv, clientUser: user }, client, cat, options);

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      clientB = await t.createClient('Clinique du Parc SA');
      await moveClock(DAY);
      cat = await seedCatalogue(t, admin);
    });
    afterAll(() => t.cleanup());

    it('the acknowledgement drafts the invoice of what is billed on order; issuing numbers it and fixes the due date', async () => {
      await moveClock(DAY);
      const c = await contractFor();
      expect(c.orderDraftId).not.toBeNull();
      const draft = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${c.orderDraftId}` })).json().invoice;
      // Products are invoiced on order; the installation waits for its completion (contract default).
      expect(draft).toMatchObject({
        status: 'draft',
        number: null,
        origin: 'order',
        contractNumber: c.contractNumber,
        nature: 'goods',
        netCents: 53100,
        vatCents: 10620,
        grossCents: 63720,
      });
      expect(draft.lines.map((l: { label: string }) => l.label)).toEqual(['Pare-feu FortiGate 40F']);

      expect((await t.as(sales, { method: 'POST', url: `/api/invoices/${c.orderDraftId}/issue` })).statusCode).toBe(
        403,
      );
      const issued = await issueInvoice(t, accounting, c.orderDraftId!);
      expect(issued).toMatchObject({
        number: expect.stringMatching(/^F-2026-\d{7}$/),
        issueDate: '2026-03-02',
        dueDate: '2026-04-01',
        openCents: 63720,
        paymentState: 'not-due',
      });
      // The issue is recorded with the figures it fixed; the PDF is rendered on first use (ADR 0031).
      const detail = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${issued.id}` })).json();
      expect(detail.invoice.documentSha256).toBeNull();
      const issueEntry = detail.evidence.find((e: { kind: string }) => e.kind === 'document.issued');
      expect(issueEntry).toMatchObject({ documentSha256: null });
      const pdf = await t.as(accounting, { method: 'GET', url: `/api/invoices/${issued.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      const rendered = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${issued.id}` })).json();
      expect(rendered.invoice.documentSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(rendered.evidence.find((e: { kind: string }) => e.kind === 'document.rendered')).toMatchObject({
        documentSha256: rendered.invoice.documentSha256,
      });
      const pdfAgain = await t.as(accounting, { method: 'GET', url: `/api/invoices/${issued.id}/pdf` });
      expect(Buffer.compare(pdfAgain.rawPayload, pdf.rawPayload)).toBe(0);

      // Frozen: not issued twice, never deleted.
      expect((await t.as(accounting, { method: 'POST', url: `/api/invoices/${issued.id}/issue` })).json().code).toBe(
        'invoice.not_draft',
      );
      const del = await t.as(accounting, { method: 'DELETE', url: `/api/invoices/${issued.id}` });
      expect(del.statusCode).toBe(409);
      expect(del.json().code).toBe('invoice.issued_immutable');

      // The service on completion; nothing is left after that.
      const completion = await t.as(adv, {
        method: 'POST',
        url: '/api/invoices/from-contract',
        payload: { contractId: c.contractId, event: 'completion', operationDate: '2026-03-05' },
      });
      expect(completion.statusCode, completion.body).toBe(201);
      expect(completion.json().invoice).toMatchObject({
        origin: 'completion',
        nature: 'services',
        netCents: 142500,
        operationDate: '2026-03-05',
      });
      const again = await t.as(adv, {
        method: 'POST',
        url: '/api/invoices/from-contract',
        payload: { contractId: c.contractId, event: 'completion' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('invoice.nothing_to_invoice');
    });

    it('numbers follow each other without gaps, and a deleted draft takes no number', async () => {
      await moveClock(DAY);
      const a = await contractFor();
      const b = await contractFor();
      const deleted = await t.as(accounting, { method: 'DELETE', url: `/api/invoices/${a.orderDraftId}` });
      expect(deleted.statusCode, deleted.body).toBe(204);
      const c = await contractFor();
      const first = await issueInvoice(t, accounting, b.orderDraftId!);
      const second = await issueInvoice(t, accounting, c.orderDraftId!);
      const n = (s: string) => Number(s.slice(-7));
      expect(n(second.number)).toBe(n(first.number) + 1);
      const numbers = (
        await t.ctx.db
          .selectFrom('invoices')
          .select('number')
          .where('kind', '=', 'invoice')
          .where('number', 'is not', null)
          .execute()
      )
        .map((r) => n(r.number!))
        .sort((x, y) => x - y);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    });

    it("the contract's payment term and prepayment set the due date (art. 10.1)", async () => {
      await moveClock(DAY);
      const term = await contractFor({ contract: { paymentTermDays: 45 } });
      expect((await issueInvoice(t, accounting, term.orderDraftId!)).dueDate).toBe('2026-04-16');
      const prepaid = await contractFor({ contract: { prepaymentRequired: true } });
      expect((await issueInvoice(t, accounting, prepaid.orderDraftId!)).dueDate).toBe('2026-03-02');
      const tooLong = await t.as(adv, {
        method: 'POST',
        url: '/api/contracts',
        payload: { quoteId: 'x', paymentTermDays: 90 },
      });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().errors[0].path).toBe('paymentTermDays');
    });

    it('a credit note corrects an issued invoice, never beyond what remains of it', async () => {
      await moveClock(DAY);
      const c = await contractFor();
      const inv = await issueInvoice(t, accounting, c.orderDraftId!);
      const before = await invoicingCounts(t);
      const tooMuch = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${inv.id}/credit-notes`,
        payload: {
          reason: 'Geste commercial',
          lines: [{ label: 'Remise', nature: 'goods', quantity: 1, unitPriceCents: 60000, vatRatePercent: '20' }],
        },
      });
      expect(tooMuch.statusCode).toBe(409);
      expect(tooMuch.json()).toMatchObject({ code: 'invoice.credit_exceeds', errors: [{ path: 'lines' }] });
      expect(await invoicingCounts(t)).toEqual(before);

      const partial = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${inv.id}/credit-notes`,
        payload: {
          reason: 'Geste commercial',
          lines: [
            {
              label: 'Remise exceptionnelle',
              nature: 'goods',
              quantity: 1,
              unitPriceCents: 10000,
              vatRatePercent: '20',
            },
          ],
        },
      });
      expect(partial.statusCode, partial.body).toBe(201);
      const note = await issueInvoice(t, accounting, partial.json().invoice.id);
      expect(note).toMatchObject({
        kind: 'credit-note',
        number: expect.stringMatching(/^AV-2026-\d{7}$/),
        grossCents: 12000,
        paymentState: 'credit-note',
      });
      const after = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv.id}` })).json();
      expect(after.invoice).toMatchObject({ creditedCents: 12000, openCents: 63720 - 12000 });
      expect(after.creditNotes.map((n: { number: string }) => n.number)).toEqual([note.number]);

      // The whole invoice can no longer be credited: 12 000 are already.
      const whole = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${inv.id}/credit-notes`,
        payload: { reason: 'Annulation' },
      });
      expect(whole.statusCode).toBe(409);
      // A credit note of a credit note, or of a draft, is refused.
      expect(
        (
          await t.as(accounting, {
            method: 'POST',
            url: `/api/invoices/${note.id}/credit-notes`,
            payload: { reason: 'x' },
          })
        ).json().code,
      ).toBe('invoice.not_creditable');
    });

    it('a client user sees only its own issued invoices; another client gets 404 and nothing in lists', async () => {
      await moveClock(DAY);
      const a = await contractFor();
      const issued = await issueInvoice(t, accounting, a.orderDraftId!);
      const draftOnly = await contractFor();
      const mine = (await t.as(userA, { method: 'GET', url: '/api/invoices' })).json().items as Array<{
        id: string;
        clientId: string;
        status: string;
      }>;
      expect(mine.map((i) => i.id)).toContain(issued.id);
      expect(mine.map((i) => i.id)).not.toContain(draftOnly.orderDraftId);
      expect(mine.every((i) => i.clientId === clientA && i.status === 'issued')).toBe(true);
      expect((await t.as(userA, { method: 'GET', url: `/api/invoices/${draftOnly.orderDraftId}` })).statusCode).toBe(
        404,
      );
      expect((await t.as(userB, { method: 'GET', url: `/api/invoices/${issued.id}` })).statusCode).toBe(404);
      expect((await t.as(userB, { method: 'GET', url: `/api/invoices/${issued.id}/pdf` })).statusCode).toBe(404);
      expect((await t.as(userB, { method: 'GET', url: `/api/invoices?clientId=${clientA}` })).json().items).toEqual([]);
      const pdf = await t.as(userA, { method: 'GET', url: `/api/invoices/${issued.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(
        (
          await t.as(userA, {
            method: 'POST',
            url: `/api/invoices/${issued.id}/credit-notes`,
            payload: { reason: 'x' },
          })
        ).statusCode,
      ).toBe(403);
    });

    it('the PDF states every mandatory mention and is a Factur-X valid under the official rules', async () => {
      await moveClock(DAY);
      const c = await contractFor();
      const inv = await issueInvoice(t, accounting, c.orderDraftId!);
      const pdf = await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      const bytes = new Uint8Array(pdf.rawPayload);
      const { text } = await pdfText(bytes);
      for (const mention of [
        `FACTURE n° ${inv.number}`,
        "Date d'émission : 2 mars 2026",
        "Date d'échéance : 1er avril 2026",
        'RCS Nanterre 481 422 475', // seller: SIREN in its RCS and SIRET
        'SIREN 552 081 317', // client (reform mention C)
        'FR02481422475',
        'Nature des opérations : Livraisons de biens',
        `Contrat n° ${c.contractNumber}`,
        'Pare-feu FortiGate 40F',
        '531,00 €',
        '637,20 €',
        "Pas d'escompte pour paiement anticipé",
        '40,00 €',
        'IBAN FR76',
        'majoré de 10 points',
      ]) {
        expect(text.replace(/\s+/g, ' '), mention).toContain(mention);
      }
      // The bytes do not depend on the engine: one JVM run (several seconds) is enough.
      if (dialect === 'sqlite') {
        const check = await validateFacturXPdf(bytes, `${inv.number}.pdf`);
        expect(check.code, check.output).toBe(0);
      }
    }, 120_000);

    it("the CII names each party's own country: a Belgian client, valid under the official rules (PDF/A-3)", async () => {
      await moveClock(DAY);
      const belgian = await t.createClient('Brasserie Dupont SRL');
      await t.ctx.db
        .updateTable('clients')
        .set({ address_line: 'Rue de la Loi 16', postal_code: '1000', city: 'Bruxelles', country: 'BE' })
        .where('id', '=', belgian)
        .execute();
      const user = await t.signIn('client', { clientId: belgian });
      const c = await contractFor({}, user, belgian);
      const inv = await issueInvoice(t, accounting, c.orderDraftId!);
      const pdf = await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      const bytes = new Uint8Array(pdf.rawPayload);
      const { text } = await pdfText(bytes);
      expect(text.replace(/\s+/g, ' ')).toContain('1000 Bruxelles Belgique');
      const xml = (await pdfAttachmentText(bytes, 'factur-x.xml'))!;
      const buyer = /<ram:BuyerTradeParty>[\s\S]*?<\/ram:BuyerTradeParty>/.exec(xml)![0];
      const seller = /<ram:SellerTradeParty>[\s\S]*?<\/ram:SellerTradeParty>/.exec(xml)![0];
      expect(buyer).toContain('<ram:PostcodeCode>1000</ram:PostcodeCode>');
      expect(buyer).toContain('<ram:CityName>Bruxelles</ram:CityName>');
      expect(buyer).toContain('<ram:CountryID>BE</ram:CountryID>');
      expect(seller).toContain('<ram:CountryID>FR</ram:CountryID>');
      if (dialect === 'sqlite') {
        const check = await validateFacturXPdf(bytes, `${inv.number}.pdf`);
        expect(check.code, check.output).toBe(0);
        expect(check.output).toContain('PDF/A-3 essentials: fonts embedded');
      }
    }, 120_000);

    it('a virtualized solution may be installed only once its invoice is paid (art. 5.2, 9.1)', async () => {
      await moveClock(DAY);
      const c = await contractFor({ lines: [{ kind: 'sale', catalogueItemId: cat.twoFactor, quantity: 1 }] });
      const licenceOf = async () =>
        (
          (await t.as(adv, { method: 'GET', url: `/api/licences?contractId=${c.contractId}` })).json().items as Array<{
            installation: { allowed: boolean; invoiceNumber: string | null; paidOn: string | null };
          }>
        )[0]!;
      expect((await licenceOf()).installation).toEqual({
        allowed: false,
        invoiceNumber: null,
        paidOn: null,
        article: '5.2',
      });
      const inv = await issueInvoice(t, accounting, c.orderDraftId!);
      expect((await licenceOf()).installation).toMatchObject({ allowed: false, invoiceNumber: inv.number });
      const paid = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId: clientA,
          receivedOn: '2026-03-02',
          amountCents: inv.grossCents,
          means: 'bank-transfer',
          allocations: [{ invoiceId: inv.id, amountCents: inv.grossCents }],
        },
      });
      expect(paid.statusCode, paid.body).toBe(201);
      expect((await licenceOf()).installation).toMatchObject({ allowed: true, paidOn: '2026-03-02' });
    });

    it('bad input names the field and writes nothing', async () => {
      await moveClock(DAY);
      const before = await invoicingCounts(t);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ clientId: clientA, lines: [] }, 'lines'],
        [
          {
            clientId: clientA,
            lines: [
              { label: 'Réparation', nature: 'services', quantity: -1, unitPriceCents: 1000, vatRatePercent: '20' },
            ],
          },
          'lines.0.quantity',
        ],
        [
          {
            clientId: clientA,
            lines: [{ label: 'Réparation', nature: 'services', quantity: 1, unitPriceCents: -5, vatRatePercent: '20' }],
          },
          'lines.0.unitPriceCents',
        ],
        [
          {
            clientId: clientA,
            lines: [
              { label: 'Réparation', nature: 'services', quantity: 1, unitPriceCents: 1000, vatRatePercent: '19.6' },
            ],
          },
          'lines.0.vatRatePercent',
        ],
        [
          {
            clientId: 'nope',
            lines: [
              { label: 'Réparation', nature: 'services', quantity: 1, unitPriceCents: 1000, vatRatePercent: '20' },
            ],
          },
          'clientId',
        ],
      ];
      for (const [payload, path] of cases) {
        const res = await t.as(accounting, { method: 'POST', url: '/api/invoices', payload });
        expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(
          res.json().errors?.map((e: { path: string }) => e.path),
          res.body,
        ).toContain(path);
      }
      expect(await invoicingCounts(t)).toEqual(before);

      const ok = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId: clientA,
          lines: [
            {
              label: 'Frais de port refacturés',
              nature: 'services',
              quantity: 1,
              unitPriceCents: 2500,
              vatRatePercent: '20',
            },
          ],
        },
      });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().invoice).toMatchObject({ origin: 'manual', grossCents: 3000, termsVersion: null });
      const issued = await issueInvoice(t, accounting, ok.json().invoice.id);
      expect(issued).toMatchObject({ termsVersion: 'ALLEO-1', dueDate: '2026-04-01' });
    });
  });
}
