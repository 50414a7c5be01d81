/**
 * The client account statement on both engines: invoices, credit notes, debit notes and payments
 * as of a date (a payment counts from its receipt until its reversal, R3), the balance, the
 * ageing buckets, what is owed today (due and accelerated invoices, interest and indemnities not
 * yet claimed, art. 10.3), and the PDF "Relevé de compte" read back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { newId } from '../../src/kernel/ids.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { issueInvoice } from '../helpers/invoices.ts';

for (const dialect of DIALECTS) {
  describe(`account statement [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;
    let sales: Session;
    let clientId: string;
    const ids = {} as Record<'a' | 'b' | 'c' | 'av' | 'nd', { id: string; number: string }>;
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [accounting, sales] = await Promise.all([t.signIn('accounting'), t.signIn('sales')]);
    };
    const invoiceFor = async (netCents: number) => {
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
    const pay = async (body: Record<string, unknown>) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: { clientId, means: 'bank-transfer', ...body },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().payment as { id: string };
    };
    const statement = (asOf: string, session: Session = accounting) =>
      t.as(session, { method: 'GET', url: `/api/clients/${clientId}/statement?asOf=${asOf}` });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientId = await t.createClient('Transports Morel SAS');
      await moveClock('2026-01-05T09:00:00Z');
      ids.a = await invoiceFor(10000); // 120,00 € due 4 February
      await moveClock('2026-01-20T09:00:00Z');
      await pay({ receivedOn: '2026-01-20', amountCents: 5000, reference: 'VIR-A1' });
      await moveClock('2026-02-02T09:00:00Z');
      ids.b = await invoiceFor(20000); // 240,00 € due 4 March
      await moveClock('2026-02-10T09:00:00Z');
      const debit = await pay({
        receivedOn: '2026-02-10',
        amountCents: 7000,
        means: 'direct-debit',
        allocations: [{ invoiceId: ids.a.id, amountCents: 7000 }],
      });
      await moveClock('2026-02-15T09:00:00Z');
      const reversed = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${debit.id}/reverse`,
        payload: { reason: 'Prélèvement rejeté', reversedOn: '2026-02-15' },
      });
      expect(reversed.statusCode, reversed.body).toBe(200);
      await moveClock('2026-03-02T09:00:00Z');
      ids.c = await invoiceFor(30000); // 360,00 € due 1 April
      // A debit note of late-payment interest (the late-payment module issues them; here, its row).
      ids.nd = { id: newId(), number: 'ND-2026-0000001' };
      await t.ctx.db
        .insertInto('debit_notes')
        .values({
          id: ids.nd.id,
          org_id: t.orgId,
          client_id: clientId,
          number: ids.nd.number,
          issue_date: '2026-03-01',
          due_date: '2026-03-31',
          total_cents: 4500,
          terms_version: 'ALLEO-1',
          document_sha256: 'x'.repeat(64),
          created_by: 'test',
          created_at: '2026-03-01T08:00:00Z',
        })
        .execute();
      await moveClock('2026-03-05T09:00:00Z');
      await pay({
        receivedOn: '2026-03-05',
        amountCents: 30000,
        allocations: [
          { invoiceId: ids.c.id, amountCents: 20000 },
          { debitNoteId: ids.nd.id, amountCents: 500 },
        ],
      });
      await moveClock('2026-03-10T09:00:00Z');
      const credit = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${ids.b.id}/credit-notes`,
        payload: {
          reason: 'Geste commercial',
          lines: [{ label: 'Remise', nature: 'services', quantity: 1, unitPriceCents: 5000, vatRatePercent: '20' }],
        },
      });
      ids.av = await issueInvoice(t, accounting, credit.json().invoice.id); // 60,00 € off B
      // What the late-payment sweep stores on an invoice, and the acceleration of art. 10.3.
      await t.ctx.db
        .updateTable('invoices')
        .set({ late_interest_cents: 123, late_indemnity_cents: 4000, late_as_of: '2026-03-10' })
        .where('id', '=', ids.a.id)
        .execute();
      await t.ctx.db.updateTable('invoices').set({ accelerated_on: '2026-03-10' }).where('id', '=', ids.c.id).execute();
      await moveClock('2026-03-20T09:00:00Z');
    });
    afterAll(() => t.cleanup());

    it('gives each document, payment, the balance, the ageing and what is owed today', async () => {
      const res = await statement('2026-03-20');
      expect(res.statusCode, res.body).toBe(200);
      const s = res.json();
      const byNumber = Object.fromEntries(s.invoices.map((i: { number: string }) => [i.number, i]));
      expect(byNumber[ids.a.number]).toMatchObject({
        kind: 'invoice',
        grossCents: 12000,
        paidCents: 5000,
        creditedCents: 0,
        openCents: 7000,
        paymentState: 'overdue',
        dueDate: '2026-02-04',
        daysPastDue: 44,
        daysLate: 44,
        lateInterestCents: 123,
        lateIndemnityCents: 4000,
        lateAsOf: '2026-03-10',
        unclaimedInterestCents: 123,
        unclaimedIndemnityCents: 4000,
      });
      expect(byNumber[ids.b.number]).toMatchObject({
        grossCents: 24000,
        paidCents: 0,
        creditedCents: 6000,
        openCents: 18000,
        paymentState: 'overdue',
        daysPastDue: 16,
        daysLate: 16,
      });
      expect(byNumber[ids.c.number]).toMatchObject({
        grossCents: 36000,
        paidCents: 20000,
        openCents: 16000,
        paymentState: 'due',
        acceleratedOn: '2026-03-10',
        daysPastDue: 0,
        daysLate: 0,
      });
      expect(byNumber[ids.av.number]).toMatchObject({
        kind: 'credit-note',
        grossCents: 6000,
        openCents: 0,
        correctsNumber: ids.b.number,
        paymentState: 'credit-note',
      });
      expect(s.debitNotes).toEqual([
        {
          id: ids.nd.id,
          number: 'ND-2026-0000001',
          issueDate: '2026-03-01',
          dueDate: '2026-03-31',
          totalCents: 4500,
          paidCents: 500,
          openCents: 4000,
        },
      ]);
      expect(
        s.payments.map(
          (p: { receivedOn: string; status: string; allocatedCents: number; unallocatedCents: number }) => [
            p.receivedOn,
            p.status,
            p.allocatedCents,
            p.unallocatedCents,
          ],
        ),
      ).toEqual([
        ['2026-01-20', 'recorded', 5000, 0],
        ['2026-02-10', 'reversed', 7000, 0],
        ['2026-03-05', 'recorded', 20500, 9500],
      ]);
      expect(s.payments[1]).toMatchObject({ reversedOn: '2026-02-15', reversalReason: 'Prélèvement rejeté' });
      expect(s.totals).toEqual({
        openInvoicesCents: 41000,
        openDebitNotesCents: 4000,
        unallocatedCreditCents: 9500,
        balanceCents: 41000 + 4000 - 9500,
        dueInvoicesCents: 41000,
        dueDebitNotesCents: 0,
        accruedInterestCents: 123,
        unclaimedIndemnitiesCents: 4000,
        owedTodayCents: 41000 + 123 + 4000 - 9500,
      });
      expect(s.ageing).toEqual({
        notDueCents: 16000,
        days1To30Cents: 18000,
        days31To60Cents: 7000,
        days61To90Cents: 0,
        over90Cents: 0,
      });
      // The same figures as the invoices' own bookkeeping.
      const a = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${ids.a.id}` })).json().invoice;
      expect(a).toMatchObject({ paidCents: 5000, openCents: 7000, settledOn: null });
      // Today by default; sales may read it too.
      expect((await t.as(sales, { method: 'GET', url: `/api/clients/${clientId}/statement` })).json()).toEqual(s);
    });

    it('as of an earlier date: what was known then (the direct debit not yet bounced, later documents absent)', async () => {
      const s = (await statement('2026-02-12')).json();
      expect(
        s.invoices.map((i: { number: string; openCents: number; paymentState: string }) => [
          i.number,
          i.openCents,
          i.paymentState,
        ]),
      ).toEqual([
        [ids.a.number, 0, 'paid'],
        [ids.b.number, 24000, 'not-due'],
      ]);
      // A was settled on 10 February by the direct debit, 6 days after its due date (rule invoice.late-payment).
      expect(s.invoices[0]).toMatchObject({ paymentState: 'paid', daysLate: 6 });
      expect(s.invoices[1]).toMatchObject({ daysLate: 0 });
      expect(s.payments.map((p: { status: string }) => p.status)).toEqual(['recorded', 'recorded']);
      expect(s.debitNotes).toEqual([]);
      expect(s.totals).toMatchObject({
        openInvoicesCents: 24000,
        unallocatedCreditCents: 0,
        balanceCents: 24000,
        dueInvoicesCents: 0,
        owedTodayCents: 0,
        accruedInterestCents: 0,
      });
      expect(s.ageing.notDueCents).toBe(24000);
      // 10 March: B is 6 days late; A was open again since the 15 February reversal.
      const march = (await statement('2026-03-10')).json();
      expect(march.ageing).toMatchObject({ days1To30Cents: 18000, days31To60Cents: 7000, notDueCents: 16000 });
      const bad = await statement('2026-02-30');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('querystring.asOf');
    });

    it('prints the statement as a French PDF dated the statement date, with its figures', async () => {
      const res = await t.as(accounting, {
        method: 'GET',
        url: `/api/clients/${clientId}/statement.pdf?asOf=2026-03-20`,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain('releve-compte-transports-morel-sas-2026-03-20.pdf');
      const pdf = await pdfText(res.rawPayload);
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text).toContain('RELEVÉ DE COMPTE');
      expect(text).toContain('Situation au 20 mars 2026');
      expect(text).toContain('Transports Morel SAS');
      expect(text).toContain(`${ids.a.number} 05/01/2026 04/02/2026 120,00 € 50,00 € 0,00 € 70,00 € Échue (44 j)`);
      expect(text).toContain(`${ids.b.number} 02/02/2026 04/03/2026 240,00 € 0,00 € 60,00 € 180,00 € Échue (16 j)`);
      expect(text).toContain('Exigible (art. 10.3)');
      expect(text).toContain(`Avoir sur ${ids.b.number}`);
      expect(text).toContain('ND-2026-0000001');
      expect(text).toContain('Rejeté le 15/02/2026 (annulé)');
      expect(text).toContain('Solde du compte 355,00 €');
      expect(text).toContain('Règlements non affectés (crédit en votre faveur) -95,00 €');
      expect(text).toContain('Montant exigible au 20 mars 2026 356,23 €');
      expect(text).toContain('160,00 € 180,00 € 70,00 € 0,00 € 0,00 € 410,00 €');
      expect(pdf.info).toMatchObject({ CreationDate: 'D:20260320000000Z' });
      // Deterministic: the same statement gives the same bytes.
      const again = await t.as(accounting, {
        method: 'GET',
        url: `/api/clients/${clientId}/statement.pdf?asOf=2026-03-20`,
      });
      expect(Buffer.compare(again.rawPayload, res.rawPayload)).toBe(0);
      // The client's own user reads it in the portal too.
      const me = await t.signIn('client', { clientId });
      const portal = await t.as(me, { method: 'GET', url: '/api/portal/statement.pdf?asOf=2026-03-20' });
      expect(Buffer.compare(portal.rawPayload, res.rawPayload)).toBe(0);
    });

    it('states 0 days late for an invoice paid before its due date, however late the statement date', async () => {
      const other = await t.createClient('Boulangerie Lefèvre');
      await moveClock('2026-01-05T09:00:00Z');
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId: other,
          lines: [
            { label: 'Prestation', nature: 'services', quantity: 1, unitPriceCents: 10000, vatRatePercent: '20' },
          ],
        },
      });
      const inv = await issueInvoice(t, accounting, res.json().invoice.id); // due 4 February
      await moveClock('2026-02-01T09:00:00Z');
      const paid = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId: other,
          means: 'bank-transfer',
          receivedOn: '2026-02-01',
          amountCents: 12000,
          allocations: [{ invoiceId: inv.id, amountCents: 12000 }],
        },
      });
      expect(paid.statusCode, paid.body).toBe(201);
      await moveClock('2026-06-01T09:00:00Z');
      const me = await t.signIn('client', { clientId: other });
      const portal = await t.as(me, { method: 'GET', url: '/api/portal/statement?asOf=2026-06-01' });
      expect(portal.statusCode, portal.body).toBe(200);
      const line = portal.json().invoices[0];
      // 117 days after its due date, but paid 3 days before it: not late at all.
      expect(line).toMatchObject({ number: inv.number, paymentState: 'paid', daysPastDue: 117, daysLate: 0 });
      const pdf = await t.as(me, { method: 'GET', url: '/api/portal/statement.pdf?asOf=2026-06-01' });
      const text = (await pdfText(pdf.rawPayload)).text.replace(/\s+/g, ' ');
      expect(text).toContain(`${inv.number} 05/01/2026 04/02/2026 120,00 € 120,00 € 0,00 € 0,00 € Réglée`);
      expect(text).not.toContain('117 j');
      await moveClock('2026-03-20T09:00:00Z');
    });

    it('is 404 for an unknown client', async () => {
      const res = await t.as(accounting, { method: 'GET', url: '/api/clients/nope/statement' });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('client.not_found');
    });
  });
}
