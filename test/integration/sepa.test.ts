/**
 * SEPA direct debit on both engines (issue 13, ADR 0019, CGV art. 10.1 and 10.3): mandates (an
 * invalid IBAN refused naming the field, a UMR used once, amendments kept, the PDF to sign); a
 * collection run (preview, generate: one pain.008.001.02 file per scheme and collection date that
 * xmllint validates against the ISO schema, FRST then RCUR, the due date pushed by the terms'
 * pre-notification delay, a client without a mandate skipped and listed); the pre-notification
 * counted only once the transport accepted it; a returned debit from a camt.053 (once) and by hand
 * reversing the payment, after which the late-payment sweep charges interest and the indemnity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { issueInvoice } from '../helpers/invoices.ts';
import { camt053, xmllintSchema } from '../helpers/camt.ts';
import { memoryTransport } from '../helpers/memory-transport.ts';
import { deliverOutbox } from '../../src/modules/outbox/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { SWEEP_STEPS } from '../../src/sweep/registry.ts';

const ORG_IBAN = 'FR7630006000011234567890189';
const DEBTOR_IBAN = 'FR1420041010050500013M02606';

for (const dialect of DIALECTS) {
  describe(`SEPA direct debit [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    let morel: string;
    let parc: string;
    let inv1: { id: string; number: string };
    let inv2: { id: string; number: string };
    let mandateId: string;
    let runId: string;

    const invoiceFor = async (clientId: string, netCents: number) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            { label: 'Loyer mensuel', nature: 'services', quantity: 1, unitPriceCents: netCents, vatRatePercent: '20' },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return issueInvoice(t, accounting, res.json().invoice.id);
    };
    const count = async (table: 'sepa_mandates' | 'sepa_collection_runs' | 'sepa_debits' | 'sepa_returns') =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const at = async (iso: string) => {
      t.setNow(iso);
      accounting = await t.signIn('accounting');
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
      parc = await t.createClient('Clinique du Parc SA');
      await t.ctx.db
        .updateTable('clients')
        .set({
          payment_method: 'direct-debit',
          email: 'compta@morel.example',
          // The client record's own mandate fields (what the invoice prints, BT-89) as the client form requires.
          iban: DEBTOR_IBAN,
          mandate_reference: 'ALLEO-FICHE-CLIENT',
          mandate_signed_on: '2026-01-02',
        })
        .where('id', 'in', [morel, parc])
        .execute();
      inv1 = await invoiceFor(morel, 10000); // 120,00 €, due 2026-04-01
      inv2 = await invoiceFor(parc, 5000); // no mandate: skipped
    });
    afterAll(() => t.cleanup());

    it('refuses a mandate with an invalid IBAN or BIC, naming the field; nothing written', async () => {
      const before = await count('sepa_mandates');
      const res = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${morel}/sepa-mandates`,
        payload: {
          scheme: 'CORE',
          signedOn: '2026-02-20',
          debtorIban: 'FR1420041010050500013M02607',
          debtorBic: 'AGRI',
        },
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(
        res
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['debtorBic', 'debtorIban']);
      const future = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${morel}/sepa-mandates`,
        payload: { scheme: 'CORE', signedOn: '2026-03-03', debtorIban: DEBTOR_IBAN, reference: 'RUM É 1' },
      });
      expect(future.statusCode).toBe(400);
      expect(
        future
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['reference', 'signedOn']);
      expect(await count('sepa_mandates')).toBe(before);
    });

    it('records a mandate once per UMR, keeps its amendments and prints the form to sign', async () => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${morel}/sepa-mandates`,
        payload: {
          reference: 'ALLEO-MOREL-2026-001',
          scheme: 'CORE',
          signedOn: '2026-02-20',
          debtorIban: 'fr76 3000 4000 0312 3456 7890 143',
          debtorBic: 'bnpafrpp',
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      const m = res.json();
      mandateId = m.id;
      expect(m).toMatchObject({
        reference: 'ALLEO-MOREL-2026-001',
        debtorIban: 'FR7630004000031234567890143',
        debtorBic: 'BNPAFRPP',
        debtorName: 'Société Morel & Fils',
        nextSequence: 'FRST',
        status: 'active',
        version: 1,
      });
      const again = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${parc}/sepa-mandates`,
        payload: { reference: 'ALLEO-MOREL-2026-001', scheme: 'B2B', signedOn: '2026-02-20', debtorIban: DEBTOR_IBAN },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('sepa.reference_taken');

      const amended = await t.as(accounting, {
        method: 'PATCH',
        url: `/api/sepa/mandates/${mandateId}`,
        payload: { debtorIban: DEBTOR_IBAN, debtorBic: null, reason: 'Changement de banque du débiteur' },
      });
      expect(amended.statusCode, amended.body).toBe(200);
      expect(amended.json().version).toBe(2);
      expect(amended.json().amendments).toEqual([
        expect.objectContaining({
          version: 2,
          before: { debtorIban: 'FR7630004000031234567890143', debtorBic: 'BNPAFRPP' },
          after: { debtorIban: DEBTOR_IBAN, debtorBic: null },
          reason: 'Changement de banque du débiteur',
        }),
      ]);
      const bad = await t.as(accounting, {
        method: 'PATCH',
        url: `/api/sepa/mandates/${mandateId}`,
        payload: { debtorIban: 'FR00', reason: 'x' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('debtorIban');

      const pdf = await t.as(accounting, { method: 'GET', url: `/api/sepa/mandates/${mandateId}/pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

      const list = await t.as(accounting, { method: 'GET', url: `/api/clients/${morel}/sepa-mandates` });
      expect(list.json().map((x: { id: string }) => x.id)).toEqual([mandateId]);
    });

    it('previews a run: the due date kept when the delays allow it, the client without a mandate skipped', async () => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/collection-runs/preview',
        payload: { dueBy: '2026-04-01' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const p = res.json();
      // 14 calendar days of pre-notification from 2 March, then a TARGET day.
      expect(p).toMatchObject({ preNotificationDays: 14, article: '10.1', earliest: { CORE: '2026-03-16' } });
      expect(p.files).toEqual([
        expect.objectContaining({
          scheme: 'CORE',
          collectionDate: '2026-04-01',
          count: 1,
          totalCents: 12000,
          debits: [expect.objectContaining({ number: inv1.number, sequence: 'FRST' })],
        }),
      ]);
      expect(p.skipped).toEqual([
        expect.objectContaining({ number: inv2.number, reason: 'no active SEPA mandate for the client' }),
      ]);
      expect(await count('sepa_collection_runs')).toBe(0);
    });

    it('generates a file that validates against the ISO schema; sent only after the pre-notification is accepted', async () => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/collection-runs',
        payload: { dueBy: '2026-04-01' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const run = res.json();
      runId = run.id;
      expect(run.files).toHaveLength(1);
      expect(run.debits).toEqual([
        expect.objectContaining({ invoiceId: inv1.id, sequence: 'FRST', preNotifiedAt: null, status: 'pending' }),
      ]);
      expect(run.skipped.map((s: { invoiceId: string }) => s.invoiceId)).toEqual([inv2.id]);
      const file = await t.as(accounting, {
        method: 'GET',
        url: `/api/sepa/collection-runs/${runId}/files/${run.files[0].id}`,
      });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-disposition']).toMatch(/attachment; filename="prelevements-CORE-2026-04-01-/);
      expect(xmllintSchema(file.body, 'pain.008.001.02')).toEqual({ ok: true, output: '' });
      expect(file.body).toContain('<SeqTp>FRST</SeqTp>');
      expect(file.body).toContain('<ReqdColltnDt>2026-04-01</ReqdColltnDt>');
      expect(file.body).toContain('<Id>FR70ZZZ481422</Id>');
      expect(file.body).toContain(`<MndtId>ALLEO-MOREL-2026-001</MndtId>`);
      expect(file.body).toContain('<Nm>Societe Morel + Fils</Nm>');
      expect(file.body.match(/<CtrlSum>[^<]*<\/CtrlSum>/g)).toEqual([
        '<CtrlSum>120.00</CtrlSum>',
        '<CtrlSum>120.00</CtrlSum>',
      ]);

      // Not collected twice: a second run finds nothing.
      const second = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/collection-runs',
        payload: { dueBy: '2026-04-01' },
      });
      expect(second.statusCode).toBe(409);
      expect(second.json().code).toBe('sepa.nothing_to_collect');

      const early = await t.as(accounting, { method: 'POST', url: `/api/sepa/collection-runs/${runId}/mark-sent` });
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('sepa.pre_notification_pending');

      const transport = memoryTransport();
      await deliverOutbox(t.ctx, transport);
      expect(transport.sent).toHaveLength(1);
      const row = await t.ctx.db
        .selectFrom('outbox_messages')
        .select(['text', 'status', 'to'])
        .where('related_type', '=', 'sepa-collection-run')
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('sent');
      expect(JSON.parse(row.to)).toEqual(['compta@morel.example']);
      expect(row.text).toContain(`facture ${inv1.number} : 120,00`);
      expect(row.text).toContain('prélevée le 1er avril 2026');
      const sent = await t.as(accounting, { method: 'POST', url: `/api/sepa/collection-runs/${runId}/mark-sent` });
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json().status).toBe('sent');
      expect(sent.json().debits[0].preNotifiedAt).not.toBeNull();

      const mandate = (await t.as(accounting, { method: 'GET', url: `/api/sepa/mandates/${mandateId}` })).json();
      expect(mandate).toMatchObject({ nextSequence: 'RCUR', firstUsedOn: '2026-04-01' });
      // The mandate's next debit is RCUR.
      const inv3 = await invoiceFor(morel, 2000);
      const next = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/collection-runs/preview',
        payload: { dueBy: '2026-04-01' },
      });
      expect(next.json().files.flatMap((f: { debits: unknown[] }) => f.debits)).toEqual([
        expect.objectContaining({ number: inv3.number, sequence: 'RCUR' }),
      ]);
    });

    it('a returned debit in a camt.053 reverses the payment once; the late-payment rules then apply', async () => {
      await at('2026-04-02T09:00:00Z');
      const pay = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId: morel,
          receivedOn: '2026-04-01',
          amountCents: 12000,
          means: 'direct-debit',
          allocations: [{ invoiceId: inv1.id, amountCents: 12000 }],
        },
      });
      expect(pay.statusCode, pay.body).toBe(201);
      const paymentId = pay.json().id ?? pay.json().payment?.id;
      await at('2026-04-07T09:00:00Z');
      const xml = camt053(
        ORG_IBAN,
        [
          {
            ref: 'BQ-RET-1',
            amount: '120.00',
            credit: false,
            bookedOn: '2026-04-06',
            endToEndId: inv1.number,
            returnReason: 'AM04',
          },
        ],
        'STMT-2026-04-06',
      );
      expect(xmllintSchema(xml, 'camt.053.001.08')).toEqual({ ok: true, output: '' });
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/returns/statement',
        payload: { filename: 'releve.xml', xml },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().recorded).toEqual([
        expect.objectContaining({ bankReference: 'BQ-RET-1', invoiceId: inv1.id, paymentId }),
      ]);
      const payment = await t.ctx.db
        .selectFrom('payments')
        .selectAll()
        .where('id', '=', paymentId)
        .executeTakeFirstOrThrow();
      expect(payment).toMatchObject({ status: 'reversed', reversed_on: '2026-04-06' });
      const invoice = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv1.id}` })).json();
      expect(invoice.paidCents ?? invoice.invoice?.paidCents).toBe(0);

      const again = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/returns/statement',
        payload: { filename: 'releve.xml', xml },
      });
      expect(again.json()).toEqual({
        recorded: [],
        ignored: [{ bankReference: 'BQ-RET-1', reason: 'already recorded' }],
      });
      expect(await count('sepa_returns')).toBe(1);
      const debit = await t.ctx.db.selectFrom('sepa_debits').select('status').executeTakeFirstOrThrow();
      expect(debit.status).toBe('returned');

      // Unpaid since its due date (1 April): the sweep charges interest and the EUR 40 indemnity (art. 10.3).
      t.setNow('2026-04-20T01:00:00Z');
      await runSweep(t.ctx, t.handle, {
        asOf: '2026-04-20',
        steps: SWEEP_STEPS.filter((s) => s.id === 'invoice.late-payment'),
      });
      const late = await t.ctx.db
        .selectFrom('invoices')
        .select(['late_interest_cents', 'late_indemnity_cents'])
        .where('id', '=', inv1.id)
        .executeTakeFirstOrThrow();
      expect(Number(late.late_interest_cents)).toBeGreaterThan(0);
      expect(Number(late.late_indemnity_cents)).toBe(4000);
    });

    it('records a returned debit by hand (reason code checked), refused twice and for a transfer', async () => {
      await at('2026-04-21T09:00:00Z');
      const pay = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId: parc,
          receivedOn: '2026-04-20',
          amountCents: 6000,
          means: 'direct-debit',
          allocations: [{ invoiceId: inv2.id, amountCents: 6000 }],
        },
      });
      expect(pay.statusCode, pay.body).toBe(201);
      const bad = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/returns',
        payload: { invoiceId: inv2.id, reasonCode: 'fonds', returnedOn: '2026-04-21' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('reasonCode');
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/returns',
        payload: { invoiceId: inv2.id, reasonCode: 'MD06', returnedOn: '2026-04-21' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const twice = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/returns',
        payload: { paymentId: res.json().paymentId, reasonCode: 'MD06', returnedOn: '2026-04-21' },
      });
      expect(twice.statusCode).toBe(409);
      const transfer = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId: parc,
          receivedOn: '2026-04-20',
          amountCents: 100,
          means: 'bank-transfer',
          keepExcessAsCredit: true,
        },
      });
      expect(transfer.statusCode, transfer.body).toBe(201);
      const notDebit = await t.as(accounting, {
        method: 'POST',
        url: '/api/sepa/returns',
        payload: {
          paymentId: transfer.json().id ?? transfer.json().payment?.id,
          reasonCode: 'AC04',
          returnedOn: '2026-04-21',
        },
      });
      expect(notDebit.statusCode, notDebit.body).toBe(409);
      expect(notDebit.json().code).toBe('sepa.not_a_direct_debit');
      const list = (await t.as(accounting, { method: 'GET', url: '/api/sepa/returns' })).json();
      expect(list.map((r: { reasonCode: string; source: string }) => `${r.reasonCode}/${r.source}`).sort()).toEqual([
        'AM04/bank',
        'MD06/manual',
      ]);
    });
  });
}
