/**
 * A SEPA mandate amended after its first collection, on both engines (issue 13, ADR 0019, CGV art.
 * 10.1): the client record — and so the next issued invoice's Factur-X (BT-89) and its payment
 * block — follows the mandate the collection uses, while the invoice issued before keeps its
 * reference; the next pain.008 flags the amendment (AmdmntInd true, the original mandate id and
 * debtor account, EPC rulebook AT-24) and validates against the ISO schema; the one after does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfAttachmentText, pdfText } from '../../src/documents/test-support.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { issueInvoice } from '../helpers/invoices.ts';
import { xmllintSchema } from '../helpers/camt.ts';
import { validateFacturXPdf } from '../helpers/einvoice.ts';

const ORG_IBAN = 'FR7630006000011234567890189';
const FIRST_IBAN = 'FR7630004000031234567890143';
// Another account at the same bank (BNP Paribas, bank code 30004): the mandate goes on, RCUR.
const SAME_BANK_IBAN = 'FR7630004000031234567890240';

for (const dialect of DIALECTS) {
  describe(`SEPA mandate amendments [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    let morel: string;
    let mandateId: string;
    let before: { id: string; number: string };

    const at = async (iso: string) => {
      t.setNow(iso);
      accounting = await t.signIn('accounting');
    };
    const invoiceFor = async (netCents: number) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId: morel,
          lines: [
            { label: 'Infogérance', nature: 'services', quantity: 1, unitPriceCents: netCents, vatRatePercent: '20' },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return issueInvoice(t, accounting, res.json().invoice.id);
    };
    const cii = async (invoiceId: string) => {
      const pdf = await t.as(accounting, { method: 'GET', url: `/api/invoices/${invoiceId}/pdf` });
      expect(pdf.statusCode).toBe(200);
      const bytes = new Uint8Array(pdf.rawPayload);
      return { bytes, xml: (await pdfAttachmentText(bytes, 'factur-x.xml'))!, text: (await pdfText(bytes)).text };
    };
    const runFile = async (dueBy: string) => {
      const res = await t.as(accounting, { method: 'POST', url: '/api/sepa/collection-runs', payload: { dueBy } });
      expect(res.statusCode, res.body).toBe(201);
      const run = res.json();
      expect(run.files).toHaveLength(1);
      const file = await t.as(accounting, {
        method: 'GET',
        url: `/api/sepa/collection-runs/${run.id}/files/${run.files[0].id}`,
      });
      expect(file.statusCode).toBe(200);
      expect(xmllintSchema(file.body, 'pain.008.001.02')).toEqual({ ok: true, output: '' });
      return file.body;
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      await t.ctx.db
        .updateTable('organisations')
        .set({ iban: ORG_IBAN, sepa_creditor_id: 'FR70ZZZ481422', email: 'facturation@alleo.example' })
        .where('id', '=', t.orgId)
        .execute();
      await at('2026-03-02T09:00:00Z');
      morel = await t.createClient('Société Morel & Fils');
      await t.ctx.db
        .updateTable('clients')
        .set({
          payment_method: 'direct-debit',
          email: 'compta@morel.example',
          iban: FIRST_IBAN,
          mandate_reference: 'ALLEO-FICHE-CLIENT',
          mandate_signed_on: '2026-01-02',
        })
        .where('id', '=', morel)
        .execute();
    });
    afterAll(() => t.cleanup());

    it('a new mandate becomes the client record’s reference; its first file flags no amendment', async () => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${morel}/sepa-mandates`,
        payload: {
          reference: 'ALLEO-MOREL-2026-001',
          scheme: 'CORE',
          signedOn: '2026-02-20',
          debtorIban: FIRST_IBAN,
          debtorBic: 'BNPAFRPP',
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      mandateId = res.json().id;
      const client = await t.as(accounting, { method: 'GET', url: `/api/clients/${morel}` });
      expect(client.json().client.mandateReference).toBe('ALLEO-MOREL-2026-001');

      before = await invoiceFor(10000); // due 2026-04-01
      expect((await cii(before.id)).xml).toContain(
        '<ram:DirectDebitMandateID>ALLEO-MOREL-2026-001</ram:DirectDebitMandateID>',
      );
      const xml = await runFile('2026-04-01');
      expect(xml).toContain('<SeqTp>FRST</SeqTp>');
      expect(xml).toContain(
        '<MndtId>ALLEO-MOREL-2026-001</MndtId><DtOfSgntr>2026-02-20</DtOfSgntr><AmdmntInd>false</AmdmntInd>',
      );
    });

    it('amended (new UMR and IBAN): the next invoice prints the new UMR, the next file flags the amendment', async () => {
      await at('2026-03-03T09:00:00Z');
      const amended = await t.as(accounting, {
        method: 'PATCH',
        url: `/api/sepa/mandates/${mandateId}`,
        payload: {
          reference: 'ALLEO-MOREL-2026-002',
          debtorIban: SAME_BANK_IBAN,
          reason: 'Nouveau compte du débiteur, mandat renuméroté',
        },
      });
      expect(amended.statusCode, amended.body).toBe(200);
      const client = await t.as(accounting, { method: 'GET', url: `/api/clients/${morel}` });
      expect(client.json().client.mandateReference).toBe('ALLEO-MOREL-2026-002');

      const after = await invoiceFor(5000); // due 2026-04-02
      const doc = await cii(after.id);
      expect(doc.xml).toContain('<ram:DirectDebitMandateID>ALLEO-MOREL-2026-002</ram:DirectDebitMandateID>');
      expect(doc.xml).not.toContain('ALLEO-MOREL-2026-001');
      expect(doc.text.replace(/\s+/g, ' ')).toContain('mandat (RUM) n° ALLEO-MOREL-2026-002');
      // The invoice issued before keeps the mandate it was issued with (ADR 0013).
      expect((await cii(before.id)).xml).toContain('ALLEO-MOREL-2026-001');
      if (dialect === 'sqlite') {
        const check = await validateFacturXPdf(doc.bytes, `${after.number}.pdf`);
        expect(check.code, check.output).toBe(0);
      }

      const xml = await runFile('2026-04-02');
      expect(xml).toContain('<SeqTp>RCUR</SeqTp>');
      expect(xml).toContain(
        '<MndtId>ALLEO-MOREL-2026-002</MndtId><DtOfSgntr>2026-02-20</DtOfSgntr><AmdmntInd>true</AmdmntInd>' +
          `<AmdmntInfDtls><OrgnlMndtId>ALLEO-MOREL-2026-001</OrgnlMndtId><OrgnlDbtrAcct><Id><IBAN>${FIRST_IBAN}</IBAN></Id></OrgnlDbtrAcct></AmdmntInfDtls>`,
      );
      expect(xml).toContain(`<DbtrAcct><Id><IBAN>${SAME_BANK_IBAN}</IBAN></Id></DbtrAcct>`);
      expect(xml).not.toContain('SMNDA');
    });

    it('the collection after that one flags no amendment', async () => {
      await at('2026-03-04T09:00:00Z');
      await invoiceFor(3000); // due 2026-04-03
      const xml = await runFile('2026-04-03');
      expect(xml).toContain('<SeqTp>RCUR</SeqTp>');
      expect(xml).toContain('<AmdmntInd>false</AmdmntInd>');
      expect(xml).not.toContain('AmdmntInfDtls');
    });

    it('revoked: the record follows the other active mandate, and keeps its last reference when none is left', async () => {
      const clientRef = async () =>
        (await t.as(accounting, { method: 'GET', url: `/api/clients/${morel}` })).json().client.mandateReference;
      const older = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${morel}/sepa-mandates`,
        payload: { reference: 'ALLEO-MOREL-B2B-001', scheme: 'B2B', signedOn: '2026-01-05', debtorIban: FIRST_IBAN },
      });
      expect(older.statusCode, older.body).toBe(201);
      // Signed earlier: not the one in force.
      expect(await clientRef()).toBe('ALLEO-MOREL-2026-002');
      const revoke = (id: string) =>
        t.as(accounting, {
          method: 'POST',
          url: `/api/sepa/mandates/${id}/revoke`,
          payload: { reason: 'Révoqué par le débiteur' },
        });
      expect((await revoke(mandateId)).statusCode).toBe(200);
      expect(await clientRef()).toBe('ALLEO-MOREL-B2B-001');
      expect((await revoke(older.json().id)).statusCode).toBe(200);
      expect(await clientRef()).toBe('ALLEO-MOREL-B2B-001');
    });
  });
}
