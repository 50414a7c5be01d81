/**
 * Bank statement imports on both engines: a CSV read whole (a bad row refuses the file, nothing
 * written), a match proposed for each credit (invoice number in the label or reference, else the
 * exact open amount), debits listed as ignored, confirmation recording the payment like
 * POST /api/payments (received on the line's date, R3), a file imported once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { invoicingCounts, issueInvoice } from '../helpers/invoices.ts';

interface Line {
  id: string;
  position: number;
  bookedOn: string;
  amountCents: number;
  status: string;
  clientId: string | null;
  clientName: string | null;
  paymentId: string | null;
  proposal: {
    method: string | null;
    clientId: string | null;
    clientName: string | null;
    allocations: Array<{ invoiceId: string; invoiceNumber: string; amountCents: number }>;
    note: string | null;
  } | null;
}

for (const dialect of DIALECTS) {
  describe(`bank statement import [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    let sales: Session;
    let morel: string;
    let parc: string;
    let inv1: { id: string; number: string };
    let inv2: { id: string; number: string };
    let inv3: { id: string; number: string };
    let importId: string;
    let lines: Line[];
    const invoiceFor = async (clientId: string, netCents: number) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            { label: 'Prestation', nature: 'services', quantity: 1, unitPriceCents: netCents, vatRatePercent: '20' },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return issueInvoice(t, accounting, res.json().invoice.id);
    };
    const upload = (body: Record<string, unknown>, session: Session = accounting) =>
      t.as(session, { method: 'POST', url: '/api/bank-imports', payload: body });
    const line = (position: number) => lines.find((l) => l.position === position)!;
    const act = (position: number, action: 'confirm' | 'ignore', payload?: Record<string, unknown>) =>
      t.as(accounting, {
        method: 'POST',
        url: `/api/bank-imports/${importId}/lines/${line(position).id}/${action}`,
        ...(payload ? { payload } : {}),
      });
    let csv: string;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      t.setNow('2026-03-02T09:00:00Z');
      [accounting, sales] = await Promise.all([t.signIn('accounting'), t.signIn('sales')]);
      morel = await t.createClient('Transports Morel SAS');
      parc = await t.createClient('Clinique du Parc SA');
      inv1 = await invoiceFor(morel, 10000); // 120,00 €
      inv2 = await invoiceFor(morel, 28800); // 345,60 €
      inv3 = await invoiceFor(parc, 7777); // 93,32 €
      t.setNow('2026-03-10T09:00:00Z');
      [accounting, sales] = await Promise.all([t.signIn('accounting'), t.signIn('sales')]);
      csv = [
        'Date;Libellé;Référence;Montant',
        `05/03/2026;"VIR SEPA TRANSPORTS MOREL; FACTURE ${inv1.number}";;120,00`,
        '06/03/2026;VIR CLINIQUE DU PARC;REF-XYZ-77;93,32',
        '06/03/2026;PRLV SEPA FOURNISSEUR;;-45,00',
        '07/03/2026;VIR INCONNU;;999,99',
        `07/03/2026;VIR MOREL;${inv2.number};500,00`,
        '',
      ].join('\r\n');
    });
    afterAll(() => t.cleanup());

    it('proposes a match for each credit: by invoice number, by exact open amount, or none; debits ignored', async () => {
      expect((await upload({ filename: 'releve.csv', csv }, sales)).statusCode).toBe(403);
      const res = await upload({ filename: 'releve-mars.csv', csv });
      expect(res.statusCode, res.body).toBe(201);
      importId = res.json().import.id;
      lines = res.json().lines;
      expect(res.json().import).toMatchObject({
        filename: 'releve-mars.csv',
        lineCount: 5,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        counts: { proposed: 2, unmatched: 2, confirmed: 0, ignored: 1 },
      });
      expect(lines.map((l) => [l.bookedOn, l.amountCents, l.status])).toEqual([
        ['2026-03-05', 12000, 'proposed'],
        ['2026-03-06', 9332, 'proposed'],
        ['2026-03-06', -4500, 'ignored'],
        ['2026-03-07', 99999, 'unmatched'],
        ['2026-03-07', 50000, 'unmatched'],
      ]);
      expect(line(0)).toMatchObject({
        clientId: morel,
        clientName: 'Transports Morel SAS',
        proposal: {
          method: 'invoice-number',
          clientName: 'Transports Morel SAS',
          allocations: [{ invoiceId: inv1.id, invoiceNumber: inv1.number, amountCents: 12000 }],
        },
      });
      expect(line(1)).toMatchObject({
        clientId: parc,
        proposal: {
          method: 'amount',
          clientName: 'Clinique du Parc SA',
          allocations: [{ invoiceId: inv3.id, invoiceNumber: inv3.number, amountCents: 9332 }],
        },
      });
      expect(line(2).proposal).toBeNull();
      expect(line(3).proposal).toMatchObject({ method: null, clientId: null, allocations: [] });
      expect(line(4).proposal!.note).toContain(inv2.number);
      const stored = await t.ctx.db
        .selectFrom('bank_lines')
        .select(['proposal_json'])
        .where('id', '=', line(0).id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.proposal_json!)).toMatchObject({ method: 'invoice-number', clientId: morel });
      // The file itself is kept in the evidence log.
      const entry = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('object_id', '=', importId)
        .executeTakeFirstOrThrow();
      expect(entry.kind).toBe('bank-import.imported');
      expect(entry.document_sha256).toBe(res.json().import.sha256);
      const list = await t.as(accounting, { method: 'GET', url: '/api/bank-imports' });
      expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([importId]);
    });

    it('refuses the same file twice (409), as text or as base64', async () => {
      const before = await invoicingCounts(t);
      const again = await upload({ filename: 'copie.csv', csv });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'bank_import.duplicate', importId });
      const asBase64 = await upload({
        filename: 'copie.csv',
        contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
      });
      expect(asBase64.json().code).toBe('bank_import.duplicate');
      expect(await invoicingCounts(t)).toEqual(before);
    });

    it('refuses a file with a bad row, naming it, and writes nothing', async () => {
      const before = await invoicingCounts(t);
      const bad = await upload({
        filename: 'bad.csv',
        csv: 'date;amount;label;reference\n2026-03-08;10,00;ok;\n2026-03-09;dix euros;VIR;\n31/02/2026;5,00;VIR;\n',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'bank_import.invalid_file' });
      expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['rows.1.amount', 'rows.2.date']);
      // French by default; the row is named as people count lines in the file (header = line 1).
      expect(bad.json().errors[0].message).toBe(
        "ligne 3 du fichier : « dix euros » n'est pas un montant (par exemple 1234,56 ou -12.50)",
      );
      const noColumns = await upload({ filename: 'bad.csv', csv: 'when;what\n2026-03-08;10\n' });
      expect(noColumns.json().errors.map((e: { path: string }) => e.path)).toEqual([
        'header.date',
        'header.amount',
        'header.label',
      ]);
      const both = await upload({ filename: 'bad.csv', csv: 'x', contentBase64: 'eA==' });
      expect(both.json().errors[0].path).toBe('csv');
      expect(await invoicingCounts(t)).toEqual(before);
    });

    it('refuses a file whose decoded content holds a NUL byte (400 naming it), on both engines, and writes nothing', async () => {
      const before = await invoicingCounts(t);
      for (const text of [
        'date;amount;label;reference\n2026-03-08;10,00;VIR\u0000SEPA;\n',
        'date;amount;label;reference\n2026-03-08;10,00;VIR;\n\u0000',
      ]) {
        for (const encoding of ['utf8', 'latin1'] as const) {
          const res = await upload({
            filename: 'nul.csv',
            contentBase64: Buffer.from(text, encoding).toString('base64'),
          });
          expect(res.statusCode, res.body).toBe(400);
          expect(res.json()).toMatchObject({
            code: 'bank_import.invalid_file',
            errors: [expect.objectContaining({ path: 'csv', code: 'nul_character' })],
          });
        }
      }
      expect(await invoicingCounts(t)).toEqual(before);
    });

    it('confirming records the payment received on the line date and settles the invoice; twice is 409', async () => {
      const res = await act(0, 'confirm');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().payment).toMatchObject({
        clientId: morel,
        receivedOn: '2026-03-05',
        amountCents: 12000,
        means: 'bank-transfer',
        bankLineId: line(0).id,
        allocations: [{ invoiceId: inv1.id, amountCents: 12000 }],
        unallocatedCents: 0,
      });
      const invoice = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv1.id}` })).json().invoice;
      expect(invoice).toMatchObject({ openCents: 0, settledOn: '2026-03-05', paymentState: 'paid' });
      const detail = (await t.as(accounting, { method: 'GET', url: `/api/bank-imports/${importId}` })).json();
      expect(detail.lines[0]).toMatchObject({ status: 'confirmed', paymentId: res.json().payment.id });
      const before = await invoicingCounts(t);
      const twice = await act(0, 'confirm');
      expect(twice.statusCode).toBe(409);
      expect(twice.json().code).toBe('bank_import.line_closed');
      expect((await act(2, 'confirm')).json().code).toBe('bank_import.line_closed');
      expect(await invoicingCounts(t)).toEqual(before);
    });

    it('accounting corrects a proposal or says who paid an unmatched credit; lines can be ignored once', async () => {
      // Line 1 was matched by amount to the Clinique; accounting confirms it with explicit allocations.
      const corrected = await act(1, 'confirm', {
        clientId: parc,
        allocations: [{ invoiceId: inv3.id, amountCents: 9332 }],
      });
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(corrected.json().payment).toMatchObject({
        clientId: parc,
        receivedOn: '2026-03-06',
        reference: 'REF-XYZ-77',
        allocatedCents: 9332,
      });

      const before = await invoicingCounts(t);
      const noClient = await act(3, 'confirm');
      expect(noClient.statusCode).toBe(400);
      expect(noClient.json()).toMatchObject({ code: 'bank_import.client_required', errors: [{ path: 'clientId' }] });
      const tooBig = await act(3, 'confirm', { clientId: morel });
      expect(tooBig.json()).toMatchObject({ code: 'payment.excess_unallocated', errors: [{ path: 'allocations' }] });
      const othersInvoice = await act(3, 'confirm', {
        clientId: morel,
        allocations: [{ invoiceId: inv3.id, amountCents: 100 }],
      });
      expect(othersInvoice.json()).toMatchObject({
        code: 'payment.invoice_not_found',
        errors: [{ path: 'allocations.0.invoiceId' }],
      });
      expect(await invoicingCounts(t)).toEqual(before);
      const kept = await act(3, 'confirm', { clientId: morel, keepExcessAsCredit: true });
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json().payment).toMatchObject({
        clientId: morel,
        amountCents: 99999,
        allocatedCents: 34560,
        unallocatedCents: 65439,
        allocations: [{ invoiceId: inv2.id, amountCents: 34560 }],
      });

      const ignored = await act(4, 'ignore');
      expect(ignored.statusCode, ignored.body).toBe(200);
      expect(ignored.json().import.counts).toEqual({ proposed: 0, unmatched: 0, confirmed: 3, ignored: 2 });
      expect((await act(4, 'ignore')).json().code).toBe('bank_import.line_closed');
      expect((await act(4, 'confirm')).json().code).toBe('bank_import.line_closed');
      expect(
        (await t.as(accounting, { method: 'POST', url: `/api/bank-imports/${importId}/lines/nope/confirm` })).json()
          .code,
      ).toBe('bank_import.line_not_found');
      expect((await t.as(accounting, { method: 'GET', url: '/api/bank-imports/nope' })).json().code).toBe(
        'bank_import.not_found',
      );
    });

    it('reads a Windows-1252 export with "," separators, debit/credit columns and value dates', async () => {
      t.setNow('2026-03-20T09:00:00Z');
      accounting = await t.signIn('accounting');
      const inv = await invoiceFor(parc, 50000); // 600,00 €
      const text = `Date opération,Date de valeur,Libellé,Débit,Crédit\r\n18/03/2026,19/03/2026,"VIR CLINIQUE ${inv.number.replace(/-/g, ' ')}",,"600,00"\r\n19/03/2026,19/03/2026,FRAIS BANCAIRES,"12,00",\r\n`;
      const latin1 = Buffer.from(text, 'latin1');
      const res = await upload({ filename: 'releve-banque.csv', contentBase64: latin1.toString('base64') });
      expect(res.statusCode, res.body).toBe(201);
      const got = res.json().lines as Line[];
      expect(got.map((l) => [l.bookedOn, l.amountCents, l.status])).toEqual([
        ['2026-03-19', 60000, 'proposed'],
        ['2026-03-19', -1200, 'ignored'],
      ]);
      expect(got[0]!.proposal).toMatchObject({
        method: 'invoice-number',
        clientId: parc,
        allocations: [{ invoiceId: inv.id, amountCents: 60000 }],
      });
    });
  });
}
