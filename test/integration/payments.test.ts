/**
 * Payments through the API on both engines (CGV art. 10; LEGAL.md R3): partial payments and the
 * settlement date, oldest-due-first allocation, overpayment kept as credit then allocated, a
 * bounced direct debit reversed, refusals that write nothing, and what a client user may see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { formedContract, invoicingCounts, issueInvoice } from '../helpers/invoices.ts';
import { type Catalogue, seedCatalogue } from '../helpers/quotes.ts';
import { paymentFactsOf } from '../../src/modules/payments/index.ts';

const DAY = '2026-03-02T09:00:00Z';

for (const dialect of DIALECTS) {
  describe(`payments [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let cat: Catalogue;
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [admin, sales, adv, accounting] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('accounting'),
      ]);
    };
    /** A manual invoice of `netCents` excl. VAT at 20 %, issued today; returns the issued invoice. */
    const invoiceFor = async (clientId: string, netCents: number) => {
      const res = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            { label: 'Intervention', nature: 'services', quantity: 1, unitPriceCents: netCents, vatRatePercent: '20' },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return issueInvoice(t, accounting, res.json().invoice.id);
    };
    const pay = (body: Record<string, unknown>, session: Session = accounting, headers: Record<string, string> = {}) =>
      t.as(session, { method: 'POST', url: '/api/payments', payload: { means: 'bank-transfer', ...body }, headers });
    const invoice = async (id: string) =>
      (await t.as(accounting, { method: 'GET', url: `/api/invoices/${id}` })).json().invoice;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      await moveClock(DAY);
      cat = await seedCatalogue(t, admin);
    });
    afterAll(() => t.cleanup());

    it('partial payments: the invoice is settled on the date the funds of the last one were received (R3)', async () => {
      await moveClock(DAY);
      const clientId = await t.createClient('Transports Morel SAS');
      const clientUser = await t.signIn('client', { clientId });
      const fc = await formedContract(t, { sales, adv, clientUser }, clientId, cat);
      const inv = await issueInvoice(t, accounting, fc.orderDraftId!);
      expect(inv.grossCents).toBe(63720);

      await moveClock('2026-03-12T09:00:00Z');
      const first = await pay({
        clientId,
        receivedOn: '2026-03-10',
        amountCents: 20000,
        allocations: [{ invoiceId: inv.id, amountCents: 20000 }],
        reference: 'VIR 123',
      });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json().payment).toMatchObject({
        clientId,
        clientName: 'Transports Morel SAS',
        receivedOn: '2026-03-10',
        amountCents: 20000,
        allocatedCents: 20000,
        unallocatedCents: 0,
        status: 'recorded',
        means: 'bank-transfer',
        reference: 'VIR 123',
        allocations: [{ invoiceId: inv.id, invoiceNumber: inv.number, amountCents: 20000 }],
      });
      expect(first.json().evidence).toEqual([expect.objectContaining({ kind: 'payment.recorded' })]);
      expect(await invoice(inv.id)).toMatchObject({
        paidCents: 20000,
        openCents: 43720,
        settledOn: null,
        paymentState: 'not-due',
      });
      // The payment's evidence is filed under the contract of the invoice it pays.
      const entry = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('object_id', '=', first.json().payment.id)
        .executeTakeFirstOrThrow();
      expect(entry.contract_id).toBe(fc.contractId);

      await moveClock('2026-04-20T09:00:00Z');
      // Received (on ALLEO's account) on 3 April although booked on the 20th: it counts on the 3rd.
      const rest = await pay({ clientId, receivedOn: '2026-04-03', amountCents: 43720, means: 'direct-debit' });
      expect(rest.statusCode, rest.body).toBe(201);
      expect(rest.json().payment.allocations).toEqual([
        expect.objectContaining({ invoiceId: inv.id, amountCents: 43720 }),
      ]);
      expect(await invoice(inv.id)).toMatchObject({
        paidCents: 63720,
        openCents: 0,
        settledOn: '2026-04-03',
        paymentState: 'paid',
      });
      const detail = await t.as(accounting, { method: 'GET', url: `/api/invoices/${inv.id}` });
      expect(detail.json().payments.map((p: { amountCents: number }) => p.amountCents)).toEqual([20000, 43720]);
    });

    it('an Idempotency-Key replays the payment instead of recording it twice', async () => {
      await moveClock(DAY);
      const clientId = await t.createClient('Idempotent SARL');
      await invoiceFor(clientId, 10000);
      const body = { clientId, receivedOn: '2026-03-02', amountCents: 5000 };
      const a = await pay(body, accounting, { 'idempotency-key': 'pay-1' });
      const before = await invoicingCounts(t);
      const b = await pay(body, accounting, { 'idempotency-key': 'pay-1' });
      expect(b.statusCode).toBe(201);
      expect(b.headers['idempotent-replayed']).toBe('true');
      expect(b.json().payment.id).toBe(a.json().payment.id);
      expect(await invoicingCounts(t)).toEqual(before);
    });

    it('without allocations a payment goes to the open invoices, oldest due date first', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const clientId = await t.createClient('Clinique du Parc SA');
      const oldest = await invoiceFor(clientId, 10000); // 120,00 € due 1 April
      await moveClock('2026-03-05T09:00:00Z');
      const middle = await invoiceFor(clientId, 20000); // 240,00 € due 4 April
      await moveClock('2026-03-09T09:00:00Z');
      const newest = await invoiceFor(clientId, 30000); // 360,00 € due 8 April
      const other = await invoiceFor(await t.createClient('Autre client SAS'), 1000);
      const res = await pay({ clientId, receivedOn: '2026-03-09', amountCents: 20000 });
      expect(res.statusCode, res.body).toBe(201);
      expect(
        res
          .json()
          .payment.allocations.map((a: { invoiceNumber: string; amountCents: number }) => [
            a.invoiceNumber,
            a.amountCents,
          ]),
      ).toEqual([
        [oldest.number, 12000],
        [middle.number, 8000],
      ]);
      expect(await invoice(oldest.id)).toMatchObject({ openCents: 0, settledOn: '2026-03-09' });
      expect(await invoice(middle.id)).toMatchObject({ paidCents: 8000, openCents: 16000, settledOn: null });
      expect(await invoice(newest.id)).toMatchObject({ paidCents: 0 });
      expect(await invoice(other.id)).toMatchObject({ paidCents: 0 });
    });

    it('an overpayment is refused unless kept as credit, which is allocated later to a new invoice', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const clientId = await t.createClient('Garage Vidal SARL');
      const first = await invoiceFor(clientId, 10000); // 120,00 €
      const before = await invoicingCounts(t);
      const refused = await pay({ clientId, receivedOn: '2026-03-02', amountCents: 20000 });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'payment.excess_unallocated',
        openCents: 12000,
        errors: [{ path: 'allocations' }],
      });
      expect(refused.json().errors[0].message).toBe(
        "règlement supérieur au reste dû (120,00 €) : indiquez les affectations ou conservez l'excédent en avoir (keepExcessAsCredit)",
      );
      expect(await invoicingCounts(t)).toEqual(before);

      const kept = await pay({ clientId, receivedOn: '2026-03-02', amountCents: 20000, keepExcessAsCredit: true });
      expect(kept.statusCode, kept.body).toBe(201);
      const paymentId = kept.json().payment.id;
      expect(kept.json().payment).toMatchObject({ allocatedCents: 12000, unallocatedCents: 8000 });
      expect(await invoice(first.id)).toMatchObject({ openCents: 0, settledOn: '2026-03-02' });

      await moveClock('2026-03-16T09:00:00Z');
      const second = await invoiceFor(clientId, 5000); // 60,00 €
      const third = await invoiceFor(clientId, 5000);
      const allocated = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${paymentId}/allocations`,
        payload: { allocations: [{ invoiceId: second.id, amountCents: 6000 }] },
      });
      expect(allocated.statusCode, allocated.body).toBe(200);
      expect(allocated.json().payment).toMatchObject({ allocatedCents: 18000, unallocatedCents: 2000 });
      expect(allocated.json().evidence.map((e: { kind: string }) => e.kind)).toEqual([
        'payment.recorded',
        'payment.allocated',
      ]);
      // The money was there before the invoice: settled on its issue date, never earlier.
      expect(await invoice(second.id)).toMatchObject({ openCents: 0, settledOn: '2026-03-16' });
      // The late-payment rule's facts: the dates the funds were available for each invoice.
      const facts = await paymentFactsOf(t.ctx.db, t.orgId, [first.id, second.id, third.id]);
      expect(Object.fromEntries(facts)).toEqual({
        [first.id]: [{ date: '2026-03-02', amountCents: 12000 }],
        [second.id]: [{ date: '2026-03-16', amountCents: 6000 }],
      });

      const beforeExcess = await invoicingCounts(t);
      const tooMuch = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${paymentId}/allocations`,
        payload: { allocations: [{ invoiceId: third.id, amountCents: 3000 }] },
      });
      expect(tooMuch.statusCode).toBe(409);
      expect(tooMuch.json()).toMatchObject({
        code: 'payment.credit_exceeded',
        availableCents: 2000,
        errors: [{ path: 'allocations' }],
      });
      expect(await invoicingCounts(t)).toEqual(beforeExcess);
      const statement = await t.as(accounting, { method: 'GET', url: `/api/clients/${clientId}/statement` });
      expect(statement.json().totals).toMatchObject({
        unallocatedCreditCents: 2000,
        openInvoicesCents: 6000,
        balanceCents: 4000,
      });
    });

    it("a credit note on an invoice already paid gives the excess back to the payment, as the client's credit", async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const clientId = await t.createClient('Imprimerie Caron SAS');
      const inv = await invoiceFor(clientId, 50000); // 600,00 €
      const paid = await pay({
        clientId,
        receivedOn: '2026-03-02',
        amountCents: 60000,
        allocations: [{ invoiceId: inv.id, amountCents: 60000 }],
      });
      expect(paid.statusCode, paid.body).toBe(201);
      const paymentId = paid.json().payment.id;
      await moveClock('2026-03-10T09:00:00Z');
      // A commercial gesture of 100,00 € excl. VAT (120,00 € incl. VAT) after payment.
      const draft = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${inv.id}/credit-notes`,
        payload: {
          reason: 'Geste commercial',
          lines: [{ label: 'Remise', nature: 'services', quantity: 1, unitPriceCents: 10000, vatRatePercent: '20' }],
        },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const note = await issueInvoice(t, accounting, draft.json().invoice.id);
      expect(note.grossCents).toBe(12000);
      // The invoice stays settled on its payment date: 480,00 € paid + 120,00 € credited.
      expect(await invoice(inv.id)).toMatchObject({
        paidCents: 48000,
        creditedCents: 12000,
        openCents: 0,
        settledOn: '2026-03-02',
      });
      const payment = (await t.as(accounting, { method: 'GET', url: `/api/payments/${paymentId}` })).json().payment;
      expect(payment).toMatchObject({ allocatedCents: 48000, unallocatedCents: 12000 });
      const entry = await t.ctx.db
        .selectFrom('evidence_entries')
        .select('decision_json')
        .where('object_id', '=', note.id)
        .where('kind', '=', 'document.issued')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(entry.decision_json!)).toMatchObject({
        correctsInvoiceId: inv.id,
        releasedToCredit: [{ paymentId, cents: 12000 }],
      });
      const statement = (await t.as(accounting, { method: 'GET', url: `/api/clients/${clientId}/statement` })).json();
      expect(statement.totals).toMatchObject({
        unallocatedCreditCents: 12000,
        openInvoicesCents: 0,
        balanceCents: -12000,
      });
      // The credit pays the client's next invoice.
      const next = await invoiceFor(clientId, 10000);
      const allocated = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${paymentId}/allocations`,
        payload: { allocations: [{ invoiceId: next.id, amountCents: 12000 }] },
      });
      expect(allocated.statusCode, allocated.body).toBe(200);
      expect(await invoice(next.id)).toMatchObject({ openCents: 0, settledOn: '2026-03-10' });
      // Reversing the payment afterwards undoes exactly what it still pays.
      const reversed = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${paymentId}/reverse`,
        payload: { reason: 'Virement rappelé', reversedOn: '2026-03-10' },
      });
      expect(reversed.statusCode, reversed.body).toBe(200);
      expect(await invoice(inv.id)).toMatchObject({
        paidCents: 0,
        creditedCents: 12000,
        openCents: 48000,
        settledOn: null,
      });
      expect(await invoice(next.id)).toMatchObject({ paidCents: 0, openCents: 12000 });
    });

    it('a bounced direct debit is reversed: the invoice is open again, once only', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const clientId = await t.createClient('Boulangerie Renaud SAS');
      const inv = await invoiceFor(clientId, 10000);
      await moveClock('2026-04-01T09:00:00Z');
      const debit = await pay({
        clientId,
        receivedOn: '2026-04-01',
        amountCents: 12000,
        means: 'direct-debit',
        reference: 'PRLV SEPA RUM-0001',
      });
      expect(debit.statusCode, debit.body).toBe(201);
      const id = debit.json().payment.id;
      expect(await invoice(inv.id)).toMatchObject({ settledOn: '2026-04-01', paymentState: 'paid' });

      await moveClock('2026-04-06T09:00:00Z');
      const reverse = (by: Session = accounting) =>
        t.as(by, {
          method: 'POST',
          url: `/api/payments/${id}/reverse`,
          payload: { reason: 'Prélèvement rejeté : provision insuffisante (AM04)', reversedOn: '2026-04-06' },
        });
      expect((await reverse(sales)).statusCode).toBe(403);
      const res = await reverse();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().payment).toMatchObject({
        status: 'reversed',
        reversedOn: '2026-04-06',
        reversalReason: 'Prélèvement rejeté : provision insuffisante (AM04)',
        unallocatedCents: 0,
      });
      expect(res.json().evidence.map((e: { kind: string }) => e.kind)).toEqual([
        'payment.recorded',
        'payment.reversed',
      ]);
      const entry = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('object_id', '=', id)
        .where('kind', '=', 'payment.reversed')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(entry.decision_json!)).toMatchObject({
        reason: 'Prélèvement rejeté : provision insuffisante (AM04)',
        undone: [{ invoiceId: inv.id, amountCents: 12000 }],
      });
      expect(await invoice(inv.id)).toMatchObject({
        paidCents: 0,
        openCents: 12000,
        settledOn: null,
        paymentState: 'overdue',
      });
      expect((await paymentFactsOf(t.ctx.db, t.orgId, [inv.id])).size).toBe(0);

      const before = await invoicingCounts(t);
      const again = await reverse();
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('payment.already_reversed');
      const allocate = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${id}/allocations`,
        payload: { allocations: [{ invoiceId: inv.id, amountCents: 100 }] },
      });
      expect(allocate.json().code).toBe('payment.reversed');
      expect(await invoicingCounts(t)).toEqual(before);
      const beforeReceipt = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${(await pay({ clientId, receivedOn: '2026-04-06', amountCents: 100 })).json().payment.id}/reverse`,
        payload: { reason: 'x', reversedOn: '2026-04-05' },
      });
      expect(beforeReceipt.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'reversedOn' }] });
    });

    it('refuses bad payments, naming the field, and writes nothing', async () => {
      await moveClock(DAY);
      const clientId = await t.createClient('Pharmacie Centrale SARL');
      const otherId = await t.createClient('Concurrent SA');
      const inv = await invoiceFor(clientId, 10000); // 120,00 €
      const othersInvoice = await invoiceFor(otherId, 10000);
      const draft = (
        await t.as(accounting, {
          method: 'POST',
          url: '/api/invoices',
          payload: {
            clientId,
            lines: [
              { label: 'Brouillon', nature: 'services', quantity: 1, unitPriceCents: 1000, vatRatePercent: '20' },
            ],
          },
        })
      ).json().invoice;
      const credit = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${inv.id}/credit-notes`,
        payload: {
          reason: 'Geste commercial',
          lines: [{ label: 'Remise', nature: 'services', quantity: 1, unitPriceCents: 1000, vatRatePercent: '20' }],
        },
      });
      const creditNote = await issueInvoice(t, accounting, credit.json().invoice.id); // 12,00 € off: 108,00 € open
      const before = await invoicingCounts(t);
      const refusals: Array<[Record<string, unknown>, number, string, string]> = [
        [{ clientId, receivedOn: '2026-03-02', amountCents: 50000 }, 409, 'payment.excess_unallocated', 'allocations'],
        [
          {
            clientId,
            receivedOn: '2026-03-02',
            amountCents: 5000,
            allocations: [{ invoiceId: othersInvoice.id, amountCents: 5000 }],
          },
          404,
          'payment.invoice_not_found',
          'allocations.0.invoiceId',
        ],
        [
          {
            clientId,
            receivedOn: '2026-03-02',
            amountCents: 5000,
            allocations: [{ invoiceId: draft.id, amountCents: 5000 }],
          },
          404,
          'payment.invoice_not_found',
          'allocations.0.invoiceId',
        ],
        [
          {
            clientId,
            receivedOn: '2026-03-02',
            amountCents: 5000,
            allocations: [{ invoiceId: creditNote.id, amountCents: 5000 }],
          },
          404,
          'payment.invoice_not_found',
          'allocations.0.invoiceId',
        ],
        [
          {
            clientId,
            receivedOn: '2026-03-02',
            amountCents: 20000,
            allocations: [{ invoiceId: inv.id, amountCents: 12000 }],
          },
          409,
          'payment.allocation_exceeds_open',
          'allocations.0.amountCents',
        ],
        [
          {
            clientId,
            receivedOn: '2026-03-02',
            amountCents: 5000,
            allocations: [{ invoiceId: inv.id, amountCents: 6000 }],
          },
          400,
          'payment.allocations_exceed_amount',
          'allocations',
        ],
        [
          {
            clientId,
            receivedOn: '2026-03-02',
            amountCents: 5000,
            allocations: [
              { invoiceId: inv.id, amountCents: 2000 },
              { invoiceId: inv.id, amountCents: 2000 },
            ],
          },
          400,
          'request.invalid',
          'allocations.1.invoiceId',
        ],
        [
          { clientId, receivedOn: '2026-03-02', amountCents: 5000, allocations: [{ amountCents: 5000 }] },
          400,
          'request.invalid',
          'allocations.0.invoiceId',
        ],
        [{ clientId, receivedOn: '2026-03-02', amountCents: 0 }, 400, 'request.invalid', 'amountCents'],
        [{ clientId, receivedOn: '2026-03-02', amountCents: -500 }, 400, 'request.invalid', 'amountCents'],
        [{ clientId, receivedOn: '2026-03-02', amountCents: 12.5 }, 400, 'request.invalid', 'amountCents'],
        [
          { clientId: 'no-such-client', receivedOn: '2026-03-02', amountCents: 5000 },
          404,
          'client.not_found',
          'clientId',
        ],
        [{ clientId, receivedOn: '2026-03-03', amountCents: 5000 }, 400, 'request.invalid', 'receivedOn'],
        [{ clientId, receivedOn: '02/03/2026', amountCents: 5000 }, 400, 'request.invalid', 'receivedOn'],
        [{ clientId, receivedOn: '2026-03-02', amountCents: 5000, means: 'cheque' }, 400, 'request.invalid', 'means'],
      ];
      for (const [body, status, code, path] of refusals) {
        const res = await pay(body);
        expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBe(status);
        expect(res.json().code, res.body).toBe(code);
        expect(
          res.json().errors.map((e: { path: string }) => e.path),
          res.body,
        ).toContain(path);
      }
      expect((await pay({ clientId, receivedOn: '2026-03-02', amountCents: 5000 }, sales)).statusCode).toBe(403);
      const clientUser = await t.signIn('client', { clientId });
      expect((await pay({ clientId, receivedOn: '2026-03-02', amountCents: 5000 }, clientUser)).statusCode).toBe(403);
      expect(await invoicingCounts(t)).toEqual(before);
      // What the credit note left open can be paid exactly.
      const exact = await pay({
        clientId,
        receivedOn: '2026-03-02',
        amountCents: 10800,
        allocations: [{ invoiceId: inv.id, amountCents: 10800 }],
      });
      expect(exact.statusCode, exact.body).toBe(201);
      expect(await invoice(inv.id)).toMatchObject({
        creditedCents: 1200,
        paidCents: 10800,
        openCents: 0,
        settledOn: '2026-03-02',
      });
    });

    it('a client user sees only its own payments and statement (others are 404), read-only', async () => {
      await moveClock(DAY);
      const mine = await t.createClient('Cabinet Martin SELARL');
      const theirs = await t.createClient('Hôtel du Lac SAS');
      const me = await t.signIn('client', { clientId: mine });
      await invoiceFor(mine, 10000);
      await invoiceFor(theirs, 10000);
      const myPayment = (await pay({ clientId: mine, receivedOn: '2026-03-02', amountCents: 3000 })).json().payment;
      const theirPayment = (await pay({ clientId: theirs, receivedOn: '2026-03-02', amountCents: 4000 })).json()
        .payment;

      const list = await t.as(me, { method: 'GET', url: '/api/payments' });
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([myPayment.id]);
      expect((await t.as(me, { method: 'GET', url: `/api/payments?clientId=${theirs}` })).json().items).toEqual([]);
      expect((await t.as(me, { method: 'GET', url: `/api/payments/${theirPayment.id}` })).statusCode).toBe(404);
      const own = await t.as(me, { method: 'GET', url: `/api/payments/${myPayment.id}` });
      expect(own.statusCode).toBe(200);
      expect(own.json().evidence).toEqual([]);
      expect((await t.as(me, { method: 'GET', url: `/api/clients/${theirs}/statement` })).statusCode).toBe(404);
      expect((await t.as(me, { method: 'GET', url: `/api/clients/${theirs}/statement.pdf` })).statusCode).toBe(404);
      const statement = await t.as(me, { method: 'GET', url: `/api/clients/${mine}/statement` });
      expect(statement.statusCode, statement.body).toBe(200);
      expect(statement.json()).toMatchObject({
        client: { id: mine, name: 'Cabinet Martin SELARL' },
        totals: { openInvoicesCents: 9000, balanceCents: 9000 },
      });
      const portal = await t.as(me, { method: 'GET', url: '/api/portal/statement' });
      expect(portal.json()).toEqual(statement.json());
      const pdf = await t.as(me, { method: 'GET', url: '/api/portal/statement.pdf' });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(
        (
          await t.as(me, {
            method: 'POST',
            url: `/api/payments/${myPayment.id}/reverse`,
            payload: { reason: 'x', reversedOn: '2026-03-02' },
          })
        ).statusCode,
      ).toBe(403);
      expect((await t.as(accounting, { method: 'GET', url: '/api/portal/statement' })).statusCode).toBe(403);
      // Staff list by client; a payment that does not exist is 404.
      const staff = await t.as(sales, { method: 'GET', url: `/api/payments?clientId=${theirs}` });
      expect(staff.json().items.map((p: { id: string }) => p.id)).toEqual([theirPayment.id]);
      expect((await t.as(accounting, { method: 'GET', url: '/api/payments/nope' })).json().code).toBe(
        'payment.not_found',
      );
    });
  });
}
