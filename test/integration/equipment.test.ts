/**
 * Deliveries, the equipment register and rentals (issue #10; CGV art. 4, 5, 7, 10.3, 15.3) through
 * the API on both engines: serials, partial and concurrent deliveries, payment before delivery,
 * reservations across public holidays and their sweep step, ownership derived from payments, rent
 * billed from the delivery, incidents, late return invoiced, provisioning of virtualized solutions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { runRentBilling } from '../../src/modules/billing/index.ts';
import { lateReturnStep, reservationDeadlineStep, insuranceReminderStep } from '../../src/modules/equipment/index.ts';
import { unitBySerial } from '../../src/modules/equipment/index.ts';
import type { SweepStep } from '../../src/context.ts';
import { addDays } from '../../src/kernel/dates.ts';
import { startTestApi, type Session, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { formedContract, issueInvoice } from '../helpers/invoices.ts';
import { acceptInPortal, issuedQuote, pdfUpload, seedCatalogue, type Catalogue } from '../helpers/quotes.ts';

const EQUIPMENT_TABLES = [
  'deliveries',
  'equipment_units',
  'equipment_counters',
  'equipment_returns',
  'rental_incidents',
  'insurance_certificates',
  'provisionings',
  'invoices',
  'decisions',
  'evidence_entries',
] as const;

for (const dialect of DIALECTS) {
  describe(`deliveries, register and rentals [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let cat: Catalogue;

    const signInAll = async () => {
      [admin, sales, adv, accounting] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('accounting'),
      ]);
    };
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      await signInAll();
    };
    /** A new client, its portal user and a contract formed on today's date. */
    const contractFor = async (lines: unknown[], contract: Record<string, unknown> = {}, rental = false) => {
      const clientId = await t.createClient(`Client ${Math.random().toString(36).slice(2, 8)}`);
      const clientUser = await t.signIn('client', { clientId });
      const c = await formedContract(t, { sales, adv, clientUser }, clientId, cat, {
        lines,
        contract,
        rental,
        deliverRentals: false,
      });
      return { clientId, clientUser, ...c };
    };
    /** A fresh portal session of the contract's client (sessions do not survive a clock jump). */
    const portal = (c: { clientId: string }) => t.signIn('client', { clientId: c.clientId });
    const lineIds = async (contractId: string) => {
      const rows = await t.ctx.db
        .selectFrom('contract_lines')
        .select(['id', 'kind', 'sku'])
        .where('contract_id', '=', contractId)
        .orderBy('position')
        .execute();
      return rows;
    };
    const deliver = (session: Session, payload: Record<string, unknown>) =>
      t.as(session, { method: 'POST', url: '/api/deliveries', payload });
    const counts = async () => {
      const out: Record<string, number> = {};
      for (const table of EQUIPMENT_TABLES)
        out[table] = Number(
          (
            await t.ctx.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return out;
    };
    const runStep = (step: SweepStep, asOf: string) =>
      step.run(t.ctx, { orgId: t.orgId, asOf, onTotal() {}, onItem() {}, beforeCommit() {} });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      await signInAll();
      cat = await seedCatalogue(t, admin);
    });
    afterAll(() => t.cleanup());

    it('sale deliveries: partial, serials per unit, never more than ordered, a serial never twice; goodsBilling delivery drafts the delivered units', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 3 }], {
        goodsBilling: 'delivery',
      });
      const [line] = await lineIds(c.contractId);
      const first = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['FGT40F-0001', 'FGT40F-0002'] }],
        mode: 'shipped',
        site: 'Mâcon',
        shippingCents: 2500,
        shippingOnInvoice: true,
      });
      expect(first.statusCode, first.body).toBe(201);
      const d1 = first.json().delivery;
      expect(d1).toMatchObject({
        kind: 'sale',
        mode: 'shipped',
        deliveredOn: '2026-03-02',
        number: `BL-${c.contractNumber}-01`,
      });
      expect(d1.units.map((u: { serial: string; status: string }) => [u.serial, u.status])).toEqual([
        ['FGT40F-0001', 'delivered'],
        ['FGT40F-0002', 'delivered'],
      ]);
      // The draft invoice carries the 2 delivered units and the shipping costs (art. 4.1.1).
      const inv = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${d1.invoiceId}` })).json().invoice;
      expect(inv).toMatchObject({ status: 'draft', origin: 'delivery' });
      expect(
        inv.lines.map((l: { quantity: string; unitPriceCents: number }) => [Number(l.quantity), l.unitPriceCents]),
      ).toEqual([
        [2, 59000],
        [1, 2500],
      ]);
      // The delivery note PDF is kept as evidence and served.
      const pdf = await t.as(adv, { method: 'GET', url: `/api/deliveries/${d1.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

      const before = await counts();
      // Two more units than are left.
      const over = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['FGT40F-0003', 'FGT40F-0004'] }],
      });
      expect(over.statusCode, over.body).toBe(409);
      expect(over.json()).toMatchObject({ code: 'delivery.quantity_exceeded', errors: [{ path: 'lines.0.serials' }] });
      // A serial already in the register.
      const reused = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['FGT40F-0002'] }],
      });
      expect(reused.statusCode, reused.body).toBe(409);
      expect(reused.json()).toMatchObject({ code: 'equipment.serial_taken', errors: [{ path: 'lines.0.serials.0' }] });
      // The same serial twice in one delivery.
      const twice = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['X-1', 'X-1'] }],
      });
      expect(twice.statusCode).toBe(400);
      expect(twice.json().errors[0].path).toBe('lines.0.serials.1');
      // A line of another contract.
      const foreign = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: 'nope', serials: ['X-2'] }],
      });
      expect(foreign.json().errors[0].path).toBe('lines.0.contractLineId');
      // A client user cannot deliver.
      expect(
        (
          await deliver(c.clientUser, {
            contractId: c.contractId,
            lines: [{ contractLineId: line!.id, serials: ['X-3'] }],
          })
        ).statusCode,
      ).toBe(403);
      expect(await counts()).toEqual(before);

      // The last unit: delivered.
      const last = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['FGT40F-0003'] }],
      });
      expect(last.statusCode, last.body).toBe(201);
      expect(last.json().delivery.number).toBe(`BL-${c.contractNumber}-02`);
      // The client sees its deliveries; another client sees none and gets 404.
      const other = await t.signIn('client');
      expect((await t.as(await portal(c), { method: 'GET', url: '/api/deliveries' })).json().items).toHaveLength(2);
      expect((await t.as(other, { method: 'GET', url: '/api/deliveries' })).json().items).toEqual([]);
      expect((await t.as(other, { method: 'GET', url: `/api/deliveries/${d1.id}` })).statusCode).toBe(404);
      expect((await t.as(other, { method: 'GET', url: `/api/deliveries/${d1.id}/pdf` })).statusCode).toBe(404);
    });

    it('deliveries to do, partial and done per contract, filtered by client; a client user sees only its own', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 3 }]);
      const other = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }]);
      const progress = async (session: Session, clientId?: string) =>
        (
          await t.as(session, {
            method: 'GET',
            url: `/api/deliveries/progress${clientId ? `?clientId=${clientId}` : ''}`,
          })
        ).json().items as Array<{ contractId: string; state: string; orderedUnits: number; deliveredUnits: number }>;
      const stateOf = async () => (await progress(adv, c.clientId)).find((p) => p.contractId === c.contractId);
      expect(await stateOf()).toMatchObject({ state: 'to-do', orderedUnits: 3, deliveredUnits: 0 });
      const [line] = await lineIds(c.contractId);
      const first = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['PRG-1', 'PRG-2'] }],
      });
      expect(first.statusCode, first.body).toBe(201);
      expect(await stateOf()).toMatchObject({ state: 'partial', deliveredUnits: 2 });
      await deliver(adv, { contractId: c.contractId, lines: [{ contractLineId: line!.id, serials: ['PRG-3'] }] });
      expect(await stateOf()).toMatchObject({ state: 'done', deliveredUnits: 3 });
      // The client filter keeps one client's contracts; its deliveries list is filtered the same way.
      const filtered = await progress(adv, c.clientId);
      expect(filtered.map((p) => p.contractId)).toEqual([c.contractId]);
      const list = (await t.as(adv, { method: 'GET', url: `/api/deliveries?clientId=${c.clientId}` })).json().items;
      expect(list.map((d: { contractId: string }) => d.contractId)).toEqual([c.contractId, c.contractId]);
      // A client user: its own contracts only, whatever filter it sends.
      const mine = await progress(await portal(other), c.clientId);
      expect(mine.map((p) => p.contractId)).toEqual([other.contractId]);
    });

    it('a delivery on a contract that is not active is refused, naming its status', async () => {
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }]);
      const [line] = await lineIds(c.contractId);
      await t.ctx.db
        .updateTable('contracts')
        .set({ status: 'suspended' as 'active' })
        .where('id', '=', c.contractId)
        .execute();
      const res = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['SUSP-1'] }],
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'contract.not_active', contractStatus: 'suspended' });
      await t.ctx.db.updateTable('contracts').set({ status: 'active' }).where('id', '=', c.contractId).execute();
    });

    it('concurrent deliveries of the last unit of a line: only one wins', async () => {
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }]);
      const [line] = await lineIds(c.contractId);
      const results = await Promise.all(
        ['RACE-A', 'RACE-B', 'RACE-C'].map((s) =>
          deliver(adv, { contractId: c.contractId, lines: [{ contractLineId: line!.id, serials: [s] }] }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
      const units = await t.ctx.db
        .selectFrom('equipment_units')
        .select('serial')
        .where('contract_id', '=', c.contractId)
        .execute();
      expect(units).toHaveLength(1);
      expect(
        await t.ctx.db.selectFrom('deliveries').select('id').where('contract_id', '=', c.contractId).execute(),
      ).toHaveLength(1);
    });

    it('payment before delivery (art. 10.3): refused with the citation while unpaid, allowed once paid', async () => {
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }]);
      const [line] = await lineIds(c.contractId);
      const issued = await issueInvoice(t, accounting, c.orderDraftId!);
      await t.ctx.db
        .updateTable('clients')
        .set({ financial_status: 'prepayment-required' })
        .where('id', '=', c.clientId)
        .execute();
      const before = await counts();
      const refused = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['PREPAY-1'] }],
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'delivery.prepayment_required',
        decision: { outcome: 'refused', citation: { article: '10.3' } },
      });
      expect(await counts()).toEqual(before);
      const paid = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId: c.clientId,
          receivedOn: '2026-03-02',
          amountCents: issued.grossCents,
          means: 'bank-transfer',
          allocations: [{ invoiceId: issued.id, amountCents: issued.grossCents }],
        },
      });
      expect(paid.statusCode, paid.body).toBe(201);
      const allowed = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['PREPAY-1'] }],
      });
      expect(allowed.statusCode, allowed.body).toBe(201);
    });

    it('retention of title: the unit is the client’s the day its last invoice is paid, ALLEO’s again when the payment is reversed', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }], {
        goodsBilling: 'delivery',
      });
      const [line] = await lineIds(c.contractId);
      const d = (
        await deliver(adv, { contractId: c.contractId, lines: [{ contractLineId: line!.id, serials: ['OWN-1'] }] })
      ).json().delivery;
      const owner = async (session: Session = adv) =>
        (await t.as(session, { method: 'GET', url: `/api/equipment?contractId=${c.contractId}` })).json().items[0];
      expect(await owner()).toMatchObject({ serial: 'OWN-1', owner: 'alleo', ownerSince: null });
      const inv = await issueInvoice(t, accounting, d.invoiceId);
      expect(await owner()).toMatchObject({ owner: 'alleo' });
      await moveClock('2026-03-20T09:00:00Z');
      const half = Math.floor(inv.grossCents / 2);
      const pay = (cents: number, on: string) =>
        t.as(accounting, {
          method: 'POST',
          url: '/api/payments',
          payload: {
            clientId: c.clientId,
            receivedOn: on,
            amountCents: cents,
            means: 'bank-transfer',
            allocations: [{ invoiceId: inv.id, amountCents: cents }],
          },
        });
      expect((await pay(half, '2026-03-10')).statusCode).toBe(201);
      expect(await owner()).toMatchObject({ owner: 'alleo' });
      const last = await pay(inv.grossCents - half, '2026-03-19');
      expect(last.statusCode, last.body).toBe(201);
      expect(await owner()).toMatchObject({ owner: 'client', ownerSince: '2026-03-19' });
      // The client sees it too, filtered by owner.
      expect(
        (await t.as(await portal(c), { method: 'GET', url: '/api/equipment?owner=client' }))
          .json()
          .items.map((u: { serial: string }) => u.serial),
      ).toEqual(['OWN-1']);
      const reversed = await t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${last.json().payment.id}/reverse`,
        payload: { reason: 'Virement rappelé', reversedOn: '2026-03-20' },
      });
      expect(reversed.statusCode, reversed.body).toBe(200);
      expect(await owner()).toMatchObject({ owner: 'alleo', ownerSince: null });
      // The read function other modules use (interventions): by serial, for its client only.
      expect(await unitBySerial(t.ctx, t.orgId, 'OWN-1', c.clientId)).toMatchObject({ serial: 'OWN-1' });
      expect(await unitBySerial(t.ctx, t.orgId, 'OWN-1', 'another-client')).toBeNull();
    });

    it('retention of title counts interest and accessories (art. 4.1.4): an unpaid debit note on the invoice keeps the unit ALLEO’s until it is paid', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }], {
        goodsBilling: 'delivery',
      });
      const [line] = await lineIds(c.contractId);
      const d = (
        await deliver(adv, { contractId: c.contractId, lines: [{ contractLineId: line!.id, serials: ['OWN-DN-1'] }] })
      ).json().delivery;
      const owner = async () =>
        (await t.as(adv, { method: 'GET', url: `/api/equipment?contractId=${c.contractId}` })).json().items[0];
      const inv = await issueInvoice(t, accounting, d.invoiceId);
      const pay = (allocation: Record<string, unknown>, cents: number, on: string) =>
        t.as(accounting, {
          method: 'POST',
          url: '/api/payments',
          payload: {
            clientId: c.clientId,
            receivedOn: on,
            amountCents: cents,
            means: 'bank-transfer',
            allocations: [{ ...allocation, amountCents: cents }],
          },
        });
      // Paid in full 14 days after its due date: the price is paid, the interest not yet claimed.
      const paidOn = addDays(inv.dueDate, 14);
      await moveClock(`${addDays(paidOn, 1)}T09:00:00Z`);
      expect((await pay({ invoiceId: inv.id }, inv.grossCents, paidOn)).statusCode).toBe(201);
      expect(await owner()).toMatchObject({ owner: 'client', ownerSince: paidOn });
      // The interest and the EUR 40 claimed on a debit note: the unit is ALLEO's until it is paid.
      const note = await t.as(accounting, {
        method: 'POST',
        url: '/api/debit-notes',
        payload: { clientId: c.clientId, invoiceIds: [inv.id] },
      });
      expect(note.statusCode, note.body).toBe(201);
      const dn = note.json().debitNote as { id: string; totalCents: number };
      expect(dn.totalCents).toBeGreaterThan(4000);
      expect(await owner()).toMatchObject({ owner: 'alleo', ownerSince: null });
      const notePaidOn = addDays(paidOn, 1);
      expect((await pay({ debitNoteId: dn.id }, dn.totalCents - 1, notePaidOn)).statusCode).toBe(201);
      expect(await owner()).toMatchObject({ owner: 'alleo' });
      expect((await pay({ debitNoteId: dn.id }, 1, notePaidOn)).statusCode).toBe(201);
      expect(await owner()).toMatchObject({ owner: 'client', ownerSince: notePaidOn });
    });

    it('reservations: the deadline skips Ascension and 14 July; confirmed in time or late; the sweep deems the goods accepted', async () => {
      await moveClock('2026-05-13T09:00:00Z');
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 3 }]);
      const [line] = await lineIds(c.contractId);
      const d = (
        await deliver(adv, { contractId: c.contractId, lines: [{ contractLineId: line!.id, serials: ['RES-1'] }] })
      ).json().delivery;
      // Ascension, Thursday 14 May 2026: the 3rd jour ouvrable after Wednesday 13 is Monday 18.
      const noted = await t.as(await portal(c), {
        method: 'POST',
        url: `/api/deliveries/${d.id}/reservations`,
        payload: { text: 'Carton enfoncé, câble manquant' },
      });
      expect(noted.statusCode, noted.body).toBe(201);
      expect(noted.json().delivery.reservation).toMatchObject({ deadline: '2026-05-18', outcome: 'pending' });
      expect(noted.json().decision).toMatchObject({
        rule: 'delivery.reservation-deadline',
        outcome: 'pending',
        citation: { article: '4.1.3' },
      });
      expect(await runStep(reservationDeadlineStep, '2026-05-18')).toEqual({ examined: 0, acted: 0 });
      expect(await runStep(reservationDeadlineStep, '2026-05-19')).toEqual({ examined: 1, acted: 1 });
      expect(await runStep(reservationDeadlineStep, '2026-05-20')).toEqual({ examined: 0, acted: 0 });
      const after = (await t.as(adv, { method: 'GET', url: `/api/deliveries/${d.id}` })).json().delivery;
      expect(after.reservation.outcome).toBe('deemed-accepted');
      const decided = await t.ctx.db
        .selectFrom('decisions')
        .select(['outcome', 'article', 'actor'])
        .where('object_id', '=', d.id)
        .execute();
      expect(decided).toEqual([{ outcome: 'deemed-accepted', article: '4.1.3', actor: 'system:sweep' }]);

      // 14 July 2026 is a Tuesday: delivered Monday 13, deadline Friday 17.
      for (const [confirmedOn, outcome] of [
        ['2026-07-17', 'in-time'],
        ['2026-07-18', 'late'],
      ] as const) {
        await moveClock('2026-07-13T09:00:00Z');
        const serial = `RES-${confirmedOn}`;
        const dd = (
          await deliver(adv, { contractId: c.contractId, lines: [{ contractLineId: line!.id, serials: [serial] }] })
        ).json().delivery;
        const r = await t.as(await portal(c), {
          method: 'POST',
          url: `/api/deliveries/${dd.id}/reservations`,
          payload: { text: 'Manque une alimentation' },
        });
        expect(r.json().delivery.reservation.deadline).toBe('2026-07-17');
        await moveClock('2026-07-20T09:00:00Z');
        const bad = await t.as(await portal(c), {
          method: 'POST',
          url: `/api/deliveries/${dd.id}/reservations/confirmation`,
          payload: { confirmedOn: '2026-07-12', document: pdfUpload('lrar.pdf') },
        });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().errors[0].path).toBe('confirmedOn');
        const conf = await t.as(await portal(c), {
          method: 'POST',
          url: `/api/deliveries/${dd.id}/reservations/confirmation`,
          payload: { confirmedOn, document: pdfUpload('lrar.pdf') },
        });
        expect(conf.statusCode, conf.body).toBe(201);
        expect(conf.json().decision).toMatchObject({ outcome, deadline: '2026-07-17' });
        expect(conf.json().delivery.reservation.outcome).toBe(outcome);
      }
    });

    it('a delay penalty against ALLEO is refused unless ALLEO accepted penalties in writing (art. 4.1.2)', async () => {
      const c = await contractFor([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 }]);
      const [line] = await lineIds(c.contractId);
      const d = (
        await deliver(adv, { contractId: c.contractId, lines: [{ contractLineId: line!.id, serials: ['PEN-1'] }] })
      ).json().delivery;
      const refused = await t.as(adv, {
        method: 'POST',
        url: `/api/deliveries/${d.id}/penalties`,
        payload: { amountCents: 10000, reason: 'Retard de 2 semaines' },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'delivery.penalty_refused',
        decision: { citation: { article: '4.1.2' } },
      });
      const ok = await t.as(adv, {
        method: 'POST',
        url: `/api/deliveries/${d.id}/penalties`,
        payload: { amountCents: 10000, reason: 'Retard', alleoWrittenAcceptance: pdfUpload('accord.pdf') },
      });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().decision.outcome).toBe('recorded');
    });

    it('a rental financed by a lessor: ALLEO records the delivery and the late return, the lessor bills (no rent, no indemnity invoice from ALLEO)', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const lessor = await t.as(adv, {
        method: 'POST',
        url: '/api/lessors',
        payload: {
          name: 'Locam',
          siren: '310880315',
          addressLine: '29 rue Léon Blum',
          postalCode: '42000',
          city: 'Saint-Étienne',
        },
      });
      expect(lessor.statusCode, lessor.body).toBe(201);
      const clientId = await t.createClient(`Client ${Math.random().toString(36).slice(2, 8)}`);
      const q = await issuedQuote(
        t,
        sales,
        clientId,
        [{ kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 1, rentalMonths: 1 }],
        { lessorId: lessor.json().lessor.id },
      );
      expect((await acceptInPortal(t, await t.signIn('client', { clientId }), q.id)).statusCode).toBe(200);
      for (const review of [
        { party: 'alleo', outcome: 'approved' },
        { party: 'lessor', outcome: 'approved', document: pdfUpload('accord-locam.pdf', 'accord') },
      ]) {
        const r = await t.as(adv, { method: 'POST', url: `/api/quotes/${q.id}/rental-file/reviews`, payload: review });
        expect(r.statusCode, r.body).toBe(201);
      }
      const formed = await t.as(adv, { method: 'POST', url: '/api/contracts', payload: { quoteId: q.id } });
      expect(formed.statusCode, formed.body).toBe(201);
      const contractId = formed.json().contract.id as string;
      const [line] = await lineIds(contractId);
      const delivered = await deliver(adv, {
        contractId,
        site: 'Siège, Mâcon',
        lines: [{ contractLineId: line!.id, serials: ['LESSOR-1'] }],
      });
      expect(delivered.statusCode, delivered.body).toBe(201);
      const unit = delivered.json().delivery.units[0] as { id: string; status: string };
      expect(unit.status).toBe('rented');
      const report = await runRentBilling(t.ctx, {
        orgId: t.orgId,
        period: '2026-03',
        issueDate: '2026-03-02',
        actorId: 'test',
      });
      expect(report.status).not.toBe('failed');
      const invoicesOf = () =>
        t.ctx.db.selectFrom('invoices').select(['id', 'origin']).where('contract_id', '=', contractId).execute();
      expect(await invoicesOf()).toEqual([]);
      // Due back on 1 April, returned on 3 May: the return and its lateness are recorded, not invoiced.
      await moveClock('2026-05-04T09:00:00Z');
      const ret = await t.as(adv, {
        method: 'POST',
        url: '/api/rental-returns',
        payload: {
          contractId,
          returnedOn: '2026-05-03',
          place: 'Entrepôt ALLEO, Sèvres',
          units: [{ unitId: unit.id, complete: true, accessories: true }],
        },
      });
      expect(ret.statusCode, ret.body).toBe(201);
      expect(ret.json().invoiceId).toBeNull();
      expect(ret.json().decisions[0]).toMatchObject({ rule: 'rental.late-return', outcome: 'returned-late' });
      expect(await invoicesOf()).toEqual([]);
      const units = (await t.as(adv, { method: 'GET', url: `/api/equipment?contractId=${contractId}` })).json().items;
      expect(units[0]).toMatchObject({ serial: 'LESSOR-1', status: 'returned' });
    });

    it('rental: signed note = risk transfer, rent billed from the delivery day, insurance, incidents, late return invoiced exactly', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const c = await contractFor(
        [{ kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 2, rentalMonths: 1 }],
        {},
        true,
      );
      const [line] = await lineIds(c.contractId);
      await moveClock('2026-03-17T09:00:00Z');
      const res = await deliver(adv, {
        contractId: c.contractId,
        site: 'Siège, Mâcon',
        lines: [{ contractLineId: line!.id, serials: ['AP-1', 'AP-2'] }],
      });
      expect(res.statusCode, res.body).toBe(201);
      const d = res.json().delivery;
      expect(d).toMatchObject({ kind: 'rental', mode: 'on-site', invoiceId: null });
      expect(d.units.map((u: { status: string; returnDueOn: string }) => [u.status, u.returnDueOn])).toEqual([
        ['rented', '2026-04-16'],
        ['rented', '2026-04-16'],
      ]);
      // The client signs in the portal: the transfer of risk (art. 4.2.1).
      const signed = await t.as(await portal(c), {
        method: 'POST',
        url: `/api/deliveries/${d.id}/sign`,
        payload: { signatoryName: 'Marc Morel', signatoryTitle: 'Gérant' },
      });
      expect(signed.statusCode, signed.body).toBe(200);
      expect(signed.json().decision).toMatchObject({
        rule: 'rental.risk-transfer',
        outcome: 'transferred',
        citation: { article: '4.2.1' },
      });
      expect(
        (
          await t.as(await portal(c), {
            method: 'POST',
            url: `/api/deliveries/${d.id}/sign`,
            payload: { signatoryName: 'X', signatoryTitle: 'Y' },
          })
        ).statusCode,
      ).toBe(409);

      // Rent billed from the 17th: 15/31 of 31,00 € per unit.
      const report = await runRentBilling(t.ctx, {
        orgId: t.orgId,
        period: '2026-03',
        issueDate: '2026-03-17',
        actorId: 'test',
      });
      expect(report.status).toBe('done');
      const rent = await t.ctx.db
        .selectFrom('invoices')
        .select('id')
        .where('contract_id', '=', c.contractId)
        .where('origin', '=', 'rent')
        .executeTakeFirstOrThrow();
      const rentLines = await t.ctx.db
        .selectFrom('invoice_lines')
        .select(['quantity', 'unit_price_cents', 'period_start', 'period_end'])
        .where('invoice_id', '=', rent.id)
        .execute();
      expect(
        rentLines.map((l) => [Number(l.quantity), Number(l.unit_price_cents), l.period_start, l.period_end]),
      ).toEqual([[2, 1500, '2026-03-17', '2026-03-31']]);

      // Insurance: the expiry before its start is refused; the certificate is kept.
      const badIns = await t.as(await portal(c), {
        method: 'POST',
        url: `/api/rentals/${c.contractId}/insurance`,
        payload: {
          insurer: 'AXA',
          allRisks: true,
          startsOn: '2026-03-17',
          expiresOn: '2026-03-01',
          document: pdfUpload('assurance.pdf'),
        },
      });
      expect(badIns.statusCode).toBe(400);
      expect(badIns.json().errors[0].path).toBe('expiresOn');
      // 15 days after delivery without a certificate: the reminder, once.
      expect((await runStep(insuranceReminderStep, '2026-04-01')).acted).toBe(1);
      expect((await runStep(insuranceReminderStep, '2026-04-02')).acted).toBe(0);
      const ins = await t.as(await portal(c), {
        method: 'POST',
        url: `/api/rentals/${c.contractId}/insurance`,
        payload: {
          insurer: 'AXA',
          allRisks: true,
          startsOn: '2026-03-17',
          expiresOn: '2027-03-16',
          document: pdfUpload('assurance.pdf'),
        },
      });
      expect(ins.statusCode, ins.body).toBe(201);

      // Incidents: within 48 h, and late; another client's unit is not found.
      const units = d.units as Array<{ id: string; serial: string }>;
      const inTime = await t.as(await portal(c), {
        method: 'POST',
        url: '/api/rentals/incidents',
        payload: { unitId: units[0]!.id, eventAt: '2026-03-16T10:00:00+01:00', description: 'Borne tombée' },
      });
      expect(inTime.statusCode, inTime.body).toBe(201);
      expect(inTime.json()).toMatchObject({
        outcome: 'in-time',
        decision: { rule: 'rental.incident-report', citation: { article: '7' } },
      });
      const late = await t.as(await portal(c), {
        method: 'POST',
        url: '/api/rentals/incidents',
        payload: { unitId: units[1]!.id, eventAt: '2026-03-14T08:00:00+01:00', description: 'Dégât des eaux' },
      });
      expect(late.json().outcome).toBe('late');
      const stranger = await t.signIn('client');
      const leak = await t.as(stranger, {
        method: 'POST',
        url: '/api/rentals/incidents',
        payload: { unitId: units[0]!.id, eventAt: '2026-03-16T10:00:00+01:00', description: 'x' },
      });
      expect(leak.statusCode).toBe(404);
      expect((await t.as(stranger, { method: 'GET', url: `/api/rentals/${c.contractId}` })).statusCode).toBe(404);
      // A sublease by the client is refused (art. 4.2.5).
      const sublease = await t.as(await portal(c), {
        method: 'POST',
        url: `/api/equipment/${units[0]!.id}/ownership-acts`,
        payload: { act: 'sublease' },
      });
      expect(sublease.statusCode).toBe(409);
      expect(sublease.json()).toMatchObject({
        code: 'equipment.ownership_protected',
        decision: { citation: { article: '4.2.5' } },
      });

      // Still out after 16 April: the sweep shows the indemnity accruing (4 days on 20 April).
      expect((await runStep(lateReturnStep, '2026-04-20')).examined).toBe(2);
      const out = (await t.as(adv, { method: 'GET', url: `/api/equipment?contractId=${c.contractId}` })).json().items;
      expect(out[0]).toMatchObject({ lateDays: 4, lateIndemnityCents: 413, lateAsOf: '2026-04-20', owner: 'alleo' });

      // Returned on 3 May: 17 days late across the month end, 31,00 € ÷ 30 × 17 = 17,57 € a unit.
      await moveClock('2026-05-04T09:00:00Z');
      const before = await counts();
      const beforeDelivery = await t.as(adv, {
        method: 'POST',
        url: '/api/rental-returns',
        payload: {
          contractId: c.contractId,
          returnedOn: '2026-03-10',
          place: 'Sèvres',
          units: [{ unitId: units[0]!.id, complete: true, accessories: true }],
        },
      });
      expect(beforeDelivery.statusCode).toBe(400);
      expect(beforeDelivery.json().errors[0].path).toBe('returnedOn');
      expect(await counts()).toEqual(before);
      const ret = await t.as(adv, {
        method: 'POST',
        url: '/api/rental-returns',
        payload: {
          contractId: c.contractId,
          returnedOn: '2026-05-03',
          place: 'Entrepôt ALLEO, Sèvres',
          units: units.map((u) => ({
            unitId: u.id,
            complete: true,
            accessories: u.serial === 'AP-1',
            ...(u.serial === 'AP-2' ? { damage: 'Antenne cassée', repairCents: 4000 } : {}),
          })),
        },
      });
      expect(ret.statusCode, ret.body).toBe(201);
      expect(ret.json()).toMatchObject({ indemnityCents: 2 * 1757 });
      expect(ret.json().decisions[0]).toMatchObject({
        rule: 'rental.late-return',
        outcome: 'returned-late',
        daysLate: 17,
        indemnityCents: 1757,
      });
      const invoice = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${ret.json().invoiceId}` })).json()
        .invoice;
      expect(invoice.lines.map((l: { unitPriceCents: number }) => l.unitPriceCents)).toEqual([1757, 1757, 4000]);
      expect(invoice.netCents).toBe(1757 * 2 + 4000);
      // Returning a unit that is not out any more is refused.
      const again = await t.as(adv, {
        method: 'POST',
        url: '/api/rental-returns',
        payload: {
          contractId: c.contractId,
          returnedOn: '2026-05-03',
          place: 'Sèvres',
          units: [{ unitId: units[0]!.id, complete: true, accessories: true }],
        },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'equipment.not_out', errors: [{ path: 'units.0.unitId' }] });

      // The rental's timeline.
      const rental = (await t.as(await portal(c), { method: 'GET', url: `/api/rentals/${c.contractId}` })).json()
        .rental;
      expect(rental.timeline.map((e: { rule: string }) => e.rule)).toEqual(
        expect.arrayContaining([
          'rental.risk-transfer',
          'rental.insurance',
          'rental.incident-report',
          'rental.late-return',
          'rental.ownership',
        ]),
      );
      expect(rental.incidents.map((i: { outcome: string }) => i.outcome)).toEqual(['in-time', 'late']);
      expect(rental.returns).toHaveLength(1);
      // Billing stops at the return: nothing for June.
      const june = await runRentBilling(t.ctx, {
        orgId: t.orgId,
        period: '2026-06',
        issueDate: '2026-06-01',
        actorId: 'test',
      });
      const juneRent = await t.ctx.db
        .selectFrom('invoices')
        .select('id')
        .where('contract_id', '=', c.contractId)
        .where('period_start', '>=', '2026-06-01')
        .execute();
      expect(juneRent).toEqual([]);
      expect(june.status).toBeDefined();
    });

    it('rent starts at the delivery or at the contract’s stated start, per contract; undelivered units are never billed; a return mid-month is prorated', async () => {
      await moveClock('2027-03-02T09:00:00Z');
      const rentOf = async (contractId: string, period: string) => {
        const rows = await t.ctx.db
          .selectFrom('invoice_lines')
          .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
          .select([
            'invoice_lines.quantity',
            'invoice_lines.unit_price_cents',
            'invoice_lines.period_start',
            'invoice_lines.period_end',
          ])
          .where('invoices.contract_id', '=', contractId)
          .where('invoices.billing_key', '=', `rent:${contractId}:${period}`)
          .execute();
        return rows.map((l) => [Number(l.quantity), Number(l.unit_price_cents), l.period_start, l.period_end]);
      };
      const bill = (period: string, issueDate: string) =>
        runRentBilling(t.ctx, { orgId: t.orgId, period, issueDate, actorId: 'test' });
      // A: the terms' default, the rental starts at the delivery (art. 4.2.1); 2 units ordered.
      const a = await contractFor(
        [{ kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 2, rentalMonths: 12 }],
        {},
        true,
      );
      const contractA = (await t.as(adv, { method: 'GET', url: `/api/contracts/${a.contractId}` })).json().contract;
      expect(contractA.billing.rentalPeriodStart).toBe('delivery');
      // B: the contract says the rental starts on its stated start, 20 March.
      const b = await contractFor(
        [{ kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 1, rentalMonths: 12 }],
        { effectiveDate: '2027-03-20', rentalPeriodStart: 'contract-start' },
        true,
      );
      // Nothing delivered yet: nothing billed, whatever the effective date says.
      await bill('2027-03', '2027-03-02');
      expect(await rentOf(a.contractId, '2027-03')).toEqual([]);
      expect(await rentOf(b.contractId, '2027-03')).toEqual([]);

      // B's unit installed on 5 March, before its stated start: due back on the stated end.
      await moveClock('2027-03-05T09:00:00Z');
      const [lineB] = await lineIds(b.contractId);
      const db = await deliver(adv, {
        contractId: b.contractId,
        lines: [{ contractLineId: lineB!.id, serials: ['RS-B-1'] }],
      });
      expect(db.statusCode, db.body).toBe(201);
      expect(db.json().delivery.units[0].returnDueOn).toBe('2028-03-19');
      // A: one of its 2 units delivered on the 17th.
      await moveClock('2027-03-17T09:00:00Z');
      const [lineA] = await lineIds(a.contractId);
      const da = await deliver(adv, {
        contractId: a.contractId,
        lines: [{ contractLineId: lineA!.id, serials: ['RS-A-1'] }],
      });
      expect(da.statusCode, da.body).toBe(201);
      const unitA = da.json().delivery.units[0] as { id: string; returnDueOn: string };
      expect(unitA.returnDueOn).toBe('2028-03-16');
      await bill('2027-03', '2027-03-17');
      // A: the delivered unit only, from the 17th: 15/31 of 31,00 €.
      expect(await rentOf(a.contractId, '2027-03')).toEqual([[1, 1500, '2027-03-17', '2027-03-31']]);
      // B: from its stated start, not its delivery: 12/31 of 31,00 €.
      expect(await rentOf(b.contractId, '2027-03')).toEqual([[1, 1200, '2027-03-20', '2027-03-31']]);

      // A's unit comes back on 10 May (the rental ended early): May is billed up to the 10th, 10/31.
      await moveClock('2027-05-10T09:00:00Z');
      const ret = await t.as(adv, {
        method: 'POST',
        url: '/api/rental-returns',
        payload: {
          contractId: a.contractId,
          returnedOn: '2027-05-10',
          place: 'Entrepôt ALLEO, Sèvres',
          units: [{ unitId: unitA.id, complete: true, accessories: true }],
        },
      });
      expect(ret.statusCode, ret.body).toBe(201);
      await bill('2027-05', '2027-05-10');
      expect(await rentOf(a.contractId, '2027-05')).toEqual([[1, 1000, '2027-05-01', '2027-05-10']]);
      expect(await rentOf(b.contractId, '2027-05')).toEqual([[1, 3100, '2027-05-01', '2027-05-31']]);
      // June: nothing for A (returned; its second unit never delivered).
      await moveClock('2027-06-01T09:00:00Z');
      await bill('2027-06', '2027-06-01');
      expect(await rentOf(a.contractId, '2027-06')).toEqual([]);
      expect(await rentOf(b.contractId, '2027-06')).toEqual([[1, 3100, '2027-06-01', '2027-06-30']]);
    });

    it('insurance expiring within 30 days is reminded by e-mail once; a seizure report notifies staff; a transfer or pledge is refused with the citation', async () => {
      await moveClock('2027-09-01T09:00:00Z');
      const c = await contractFor(
        [{ kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 1, rentalMonths: 24 }],
        {},
        true,
      );
      await t.ctx.db
        .updateTable('clients')
        .set({ email: 'assurance@client.example' })
        .where('id', '=', c.clientId)
        .execute();
      const [line] = await lineIds(c.contractId);
      const d = await deliver(adv, {
        contractId: c.contractId,
        site: 'Dépôt, Chalon',
        lines: [{ contractLineId: line!.id, serials: ['INS-1'] }],
      });
      expect(d.statusCode, d.body).toBe(201);
      const unitId = d.json().delivery.units[0].id as string;
      const ins = await t.as(await portal(c), {
        method: 'POST',
        url: `/api/rentals/${c.contractId}/insurance`,
        payload: {
          insurer: 'MAAF Pro',
          allRisks: true,
          startsOn: '2027-09-01',
          expiresOn: '2027-10-15',
          document: pdfUpload('attestation.pdf'),
        },
      });
      expect(ins.statusCode, ins.body).toBe(201);
      const reminders = () =>
        t.ctx.db
          .selectFrom('outbox_messages')
          .select(['to', 'subject', 'text'])
          .where('related_id', '=', c.contractId)
          .execute();
      const decisionsOf = (rule: string) =>
        t.ctx.db
          .selectFrom('decisions')
          .select(['outcome', 'article'])
          .where('object_id', '=', c.contractId)
          .where('rule', '=', rule)
          .where('effect_key', 'like', `${rule}:%`)
          .execute();
      // The certificate expires on 15 October: 31 days away on 14 September, nothing; 30 on the 15th, reminded.
      // (The step runs over every rental of the organisation: other tests' rentals may be reminded too.)
      await runStep(insuranceReminderStep, '2027-09-14');
      expect(await reminders()).toEqual([]);
      await runStep(insuranceReminderStep, '2027-09-15');
      const mails = await reminders();
      expect(mails).toHaveLength(1);
      expect(JSON.parse(mails[0]!.to)).toEqual(['assurance@client.example']);
      expect(mails[0]!.text).toContain('expire le 15 octobre 2027');
      expect(mails[0]!.text).toContain('article 4.2.1');
      expect(await decisionsOf('rental.insurance')).toEqual([expect.objectContaining({ article: '4.2.1' })]);
      // Once per certificate: the next days do not remind again.
      await runStep(insuranceReminderStep, '2027-09-16');
      expect(await reminders()).toHaveLength(1);
      expect(await decisionsOf('rental.insurance')).toHaveLength(1);

      // A transfer and a pledge by the client are refused, citing art. 4.2.5; the unit stays ALLEO's.
      for (const act of ['transfer', 'pledge'] as const) {
        const res = await t.as(await portal(c), {
          method: 'POST',
          url: `/api/equipment/${unitId}/ownership-acts`,
          payload: { act, counterparty: 'Banque Populaire' },
        });
        expect(res.statusCode, res.body).toBe(409);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.json()).toMatchObject({
          code: 'equipment.ownership_protected',
          decision: { rule: 'rental.ownership', outcome: 'refused', citation: { article: '4.2.5' } },
        });
      }
      const unit = (await t.as(adv, { method: 'GET', url: `/api/equipment/${unitId}` })).json();
      expect(JSON.stringify(unit)).toContain('"owner":"alleo"');

      // A seizure reported by the client: recorded and notified to order administration and the admin.
      const before = (await t.as(adv, { method: 'GET', url: '/api/notifications' })).json().items.length as number;
      const seized = await t.as(await portal(c), {
        method: 'POST',
        url: `/api/equipment/${unitId}/seizure`,
        payload: { seizedOn: '2027-09-15', details: 'Saisie conservatoire par huissier' },
      });
      expect(seized.statusCode, seized.body).toBeLessThan(300);
      for (const staff of [adv, admin]) {
        const items = (await t.as(staff, { method: 'GET', url: '/api/notifications' })).json().items as Array<{
          kind: string;
          objectId: string;
          text: { fr: string };
        }>;
        expect(items.find((n) => n.kind === 'equipment.seized' && n.objectId === c.contractId)?.text.fr).toContain(
          'INS-1',
        );
      }
      expect((await t.as(adv, { method: 'GET', url: '/api/notifications' })).json().items.length).toBe(before + 1);
      // Sales are not the audience.
      const salesItems = (await t.as(sales, { method: 'GET', url: '/api/notifications' })).json().items as Array<{
        kind: string;
      }>;
      expect(salesItems.some((n) => n.kind === 'equipment.seized')).toBe(false);
    });

    it('a delivery note uploaded signed transfers the risk; misuse repairs invoiced once (4.2.4); the return instructions letter names the place and art. 15.3', async () => {
      await moveClock('2027-10-04T09:00:00Z');
      const c = await contractFor(
        [{ kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 1, rentalMonths: 6 }],
        {},
        true,
      );
      const [line] = await lineIds(c.contractId);
      const d = await deliver(adv, {
        contractId: c.contractId,
        site: 'Agence de Dijon',
        lines: [{ contractLineId: line!.id, serials: ['MIS-1'] }],
      });
      expect(d.statusCode, d.body).toBe(201);
      const delivery = d.json().delivery as { id: string; units: Array<{ id: string }> };
      // Signed on paper, uploaded by order administration: the same transfer of risk.
      const signed = await t.as(adv, {
        method: 'POST',
        url: `/api/deliveries/${delivery.id}/sign`,
        payload: { signatoryName: 'Julie Roux', signatoryTitle: 'Responsable', signedDocument: pdfUpload('bl.pdf') },
      });
      expect(signed.statusCode, signed.body).toBe(200);
      expect(signed.json().decision).toMatchObject({ rule: 'rental.risk-transfer', citation: { article: '4.2.1' } });

      const incident = await t.as(await portal(c), {
        method: 'POST',
        url: '/api/rentals/incidents',
        payload: { unitId: delivery.units[0]!.id, eventAt: '2027-10-04T08:00:00+02:00', description: 'Écran fissuré' },
      });
      expect(incident.statusCode, incident.body).toBe(201);
      const incidentId = incident.json().id as string;
      // The client may not invoice itself; a zero repair is refused naming the field.
      expect(
        (
          await t.as(await portal(c), {
            method: 'POST',
            url: `/api/rentals/incidents/${incidentId}/misuse`,
            payload: { repairCents: 5000 },
          })
        ).statusCode,
      ).toBe(403);
      const zero = await t.as(adv, {
        method: 'POST',
        url: `/api/rentals/incidents/${incidentId}/misuse`,
        payload: { repairCents: 0 },
      });
      expect(zero.statusCode).toBe(400);
      expect(zero.json().errors[0].path).toBe('repairCents');
      const misuse = await t.as(adv, {
        method: 'POST',
        url: `/api/rentals/incidents/${incidentId}/misuse`,
        payload: { repairCents: 5000 },
      });
      expect(misuse.statusCode, misuse.body).toBe(201);
      const repair = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${misuse.json().invoiceId}` })).json()
        .invoice;
      expect(repair).toMatchObject({ status: 'draft', netCents: 5000, contractId: c.contractId });
      expect(repair.notes.join(' ')).toContain('art. 4.2.4');
      const again = await t.as(adv, {
        method: 'POST',
        url: `/api/rentals/incidents/${incidentId}/misuse`,
        payload: { repairCents: 5000 },
      });
      expect(again.statusCode).toBe(409);
      const rental = (await t.as(adv, { method: 'GET', url: `/api/rentals/${c.contractId}` })).json().rental;
      expect(rental.incidents[0]).toMatchObject({ misuse: true, repairInvoiceId: misuse.json().invoiceId });

      // The return instructions letter (art. 15.3): the place ALLEO chose, the unit, the due date.
      const letter = await t.as(adv, {
        method: 'POST',
        url: `/api/rentals/${c.contractId}/return-instructions`,
        payload: { place: 'Entrepôt ALLEO, 12 rue des Forges, Sèvres', signatoryName: 'Claire Martin' },
      });
      expect(letter.statusCode, letter.body).toBe(200);
      expect(letter.headers['content-type']).toMatch(/application\/pdf/);
      const text = (await pdfText(letter.rawPayload)).text.replace(/\s+/g, ' ');
      expect(text).toContain('Entrepôt ALLEO, 12 rue des Forges, Sèvres');
      expect(text).toContain("l'article 15.3");
      expect(text).toContain('MIS-1');
      expect(text).toContain('3 avril 2028');
    });

    it('virtualized solutions: telephony refused on the client’s servers; nothing provisioned before the price is collected (art. 5)', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const tel = await t.as(admin, {
        method: 'POST',
        url: '/api/catalogue',
        payload: {
          kind: 'product',
          category: 'telephony',
          offerLine: 'telephony',
          solutionKind: 'virtualized',
          manufacturer: '3CX',
          sku: '3CX-PRO-8',
          name: 'Standard 3CX Pro 8 appels',
          indicativePriceCents: 50000,
          vatRatePercent: '20',
          licenceUsers: 8,
        },
      });
      expect(tel.statusCode, tel.body).toBe(201);
      const c = await contractFor([{ kind: 'sale', catalogueItemId: tel.json().item.id, quantity: 1 }]);
      const [line] = await lineIds(c.contractId);
      const provision = (body: Record<string, unknown>) =>
        t.as(adv, {
          method: 'POST',
          url: '/api/provisionings',
          payload: {
            contractId: c.contractId,
            contractLineId: line!.id,
            environment: 'alleo',
            installation: 'remote',
            dataHosting: 'alleo',
            ...body,
          },
        });
      const onClient = await provision({ dataHosting: 'client' });
      expect(onClient.statusCode).toBe(409);
      expect(onClient.json()).toMatchObject({
        code: 'provisioning.hosting_refused',
        errors: [{ path: 'dataHosting' }],
        decision: { citation: { article: '5.3' } },
      });
      const unpaid = await provision({});
      expect(unpaid.statusCode).toBe(409);
      expect(unpaid.json()).toMatchObject({ code: 'provisioning.unpaid', decision: { citation: { article: '5.2' } } });
      const inv = await issueInvoice(t, accounting, c.orderDraftId!);
      await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId: c.clientId,
          receivedOn: '2026-03-02',
          amountCents: inv.grossCents,
          means: 'bank-transfer',
          allocations: [{ invoiceId: inv.id, amountCents: inv.grossCents }],
        },
      });
      const ok = await provision({});
      expect(ok.statusCode, ok.body).toBe(201);
      // A virtualized solution is provisioned, never delivered.
      const asDelivery = await deliver(adv, {
        contractId: c.contractId,
        lines: [{ contractLineId: line!.id, serials: ['VIRT-1'] }],
      });
      expect(asDelivery.statusCode).toBe(400);
    });
  });
}
