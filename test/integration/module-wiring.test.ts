/**
 * The modules of issues 10, 11 and 12 working together, on both engines: force majeure (art.
 * 16.1) pushes the late-return deadline of equipment while late interest keeps running; a
 * termination (15.2) starts the return flow of the rented units (15.3); warranty claims and RMA
 * name a delivered unit by serial, the warranty counted from its delivery (11.2); a maintenance
 * intervention on a unit under warranty consumes no ticket (6.6, 11.2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRentBilling } from '../../src/modules/billing/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { SWEEP_STEPS } from '../../src/sweep/registry.ts';
import { startTestApi, type Session, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { formedContract } from '../helpers/invoices.ts';
import { namedTechnician, seedServices, serviceContract, setCorrespondent } from '../helpers/interventions.ts';
import { seedCatalogue, type Catalogue } from '../helpers/quotes.ts';

for (const dialect of DIALECTS) {
  describe(`module wiring [${dialect}]`, () => {
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
    /** A new client and a rental contract of `quantity` units of `item` for `months`. */
    const rentalFor = async (item: string, months: number, quantity = 1) => {
      const clientId = await t.createClient(`Client ${Math.random().toString(36).slice(2, 8)}`);
      const clientUser = await t.signIn('client', { clientId });
      const c = await formedContract(t, { sales, adv, clientUser }, clientId, cat, {
        lines: [{ kind: 'rental', catalogueItemId: item, quantity, rentalMonths: months }],
        contract: {},
        rental: true,
        deliverRentals: false,
      });
      const line = await t.ctx.db
        .selectFrom('contract_lines')
        .select('id')
        .where('contract_id', '=', c.contractId)
        .executeTakeFirstOrThrow();
      return { clientId, lineId: line.id, ...c };
    };
    const deliver = async (contractId: string, lineId: string, serials: string[]) => {
      const res = await t.as(adv, {
        method: 'POST',
        url: '/api/deliveries',
        payload: { contractId, site: 'Mâcon', lines: [{ contractLineId: lineId, serials }] },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().delivery.units as Array<{ id: string; serial: string; returnDueOn: string }>;
    };
    const unit = (id: string) =>
      t.ctx.db.selectFrom('equipment_units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const sweep = (asOf: string, ids: string[]) =>
      runSweep(t.ctx, t.handle, { asOf, steps: SWEEP_STEPS.filter((s) => ids.includes(s.id)) });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      await moveClock('2026-03-02T09:00:00Z');
      cat = await seedCatalogue(t, admin);
    });
    afterAll(() => t.cleanup());

    it('a late-return deadline pushed by the days of a force-majeure event while interest on an unpaid invoice keeps running', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const c = await rentalFor(cat.accessPoint, 1);
      await moveClock('2026-03-17T09:00:00Z');
      const [u] = await deliver(c.contractId, c.lineId, [`FM-${dialect}-1`]);
      expect(u!.returnDueOn).toBe('2026-04-16');
      // The March rent of the same client stays unpaid.
      await runRentBilling(t.ctx, { orgId: t.orgId, period: '2026-03', issueDate: '2026-03-17', actorId: 'test' });
      const rent = await t.ctx.db
        .selectFrom('invoices')
        .select(['id', 'status'])
        .where('contract_id', '=', c.contractId)
        .where('origin', '=', 'rent')
        .executeTakeFirstOrThrow();
      expect(rent.status).toBe('issued');
      const interest = async () =>
        Number(
          (await t.ctx.db
            .selectFrom('invoices')
            .select('late_interest_cents')
            .where('id', '=', rent.id)
            .executeTakeFirstOrThrow())!.late_interest_cents,
        );

      // The unit is not back; the sweep before the event counts 3 days late.
      await moveClock('2026-04-19T06:00:00Z');
      await sweep('2026-04-19', ['rental.late-return', 'invoice.late-payment']);
      expect(await unit(u!.id)).toMatchObject({ late_days: 3, late_as_of: '2026-04-19' });
      const i0 = await interest();

      // Force majeure 20–24 April (5 days) on the contract.
      await moveClock('2026-04-20T09:00:00Z');
      const ev = await t.as(adv, {
        method: 'POST',
        url: '/api/force-majeure-events',
        payload: {
          type: 'exceptional-weather',
          description: 'Inondation du site du client',
          invokedBy: 'client',
          startDate: '2026-04-20',
          endDate: '2026-04-24',
          contractIds: [c.contractId],
        },
      });
      expect(ev.statusCode, ev.body).toBe(201);

      // The sweep across the event: the late days stop growing, the interest does not.
      const days: number[] = [];
      const interests: number[] = [i0];
      for (const day of ['2026-04-22', '2026-04-24', '2026-04-26']) {
        await moveClock(`${day}T06:00:00Z`);
        await sweep(day, ['rental.late-return', 'invoice.late-payment']);
        days.push(Number((await unit(u!.id)).late_days));
        interests.push(await interest());
      }
      // Without force majeure: 6, 8, 10 days late; pushed by 3, 5, 5 suspended days.
      expect(days).toEqual([3, 3, 5]);
      expect(interests[1]).toBeGreaterThan(interests[0]!);
      expect(interests[2]).toBeGreaterThan(interests[1]!);
      expect(interests[3]).toBeGreaterThan(interests[2]!);

      // The return on 3 May: 17 days late without the event, 12 with it (exactly 5 fewer).
      await moveClock('2026-05-03T09:00:00Z');
      const ret = await t.as(adv, {
        method: 'POST',
        url: '/api/rental-returns',
        payload: {
          contractId: c.contractId,
          returnedOn: '2026-05-03',
          place: 'Entrepôt ALLEO, Sèvres',
          units: [{ unitId: u!.id, complete: true, accessories: true }],
        },
      });
      expect(ret.statusCode, ret.body).toBe(201);
      expect(ret.json().decisions[0]).toMatchObject({
        rule: 'rental.late-return',
        outcome: 'returned-late',
        daysLate: 12,
        indemnityCents: 1240, // 31,00 € ÷ 30 × 12
      });
      const invoice = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${ret.json().invoiceId}` })).json()
        .invoice;
      expect(invoice.lines[0].label).toContain('restitution attendue le 21 avril 2026, rendu le 3 mai 2026, 12 jours');
      expect(invoice.lines[0].unitPriceCents).toBe(1240);
    });

    it('the termination of a rental starts the return flow: units due back on the effective date, then late', async () => {
      await moveClock('2026-06-01T09:00:00Z');
      const c = await rentalFor(cat.accessPoint, 12, 2);
      await moveClock('2026-06-02T09:00:00Z');
      const units = await deliver(c.contractId, c.lineId, [`TR-${dialect}-1`, `TR-${dialect}-2`]);
      expect(units.map((x) => x.returnDueOn)).toEqual(['2027-06-01', '2027-06-01']);
      // One unit is back before the termination: it is left alone.
      await moveClock('2026-06-10T09:00:00Z');
      const back = await t.as(adv, {
        method: 'POST',
        url: '/api/rental-returns',
        payload: {
          contractId: c.contractId,
          returnedOn: '2026-06-10',
          place: 'Sèvres',
          units: [{ unitId: units[1]!.id, complete: true, accessories: true }],
        },
      });
      expect(back.statusCode, back.body).toBe(201);
      const term = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${c.contractId}/terminate`,
        payload: {
          ground: 'financial-situation',
          reason: 'Cessation des paiements',
          effectiveOn: '2026-06-15',
          clientFault: true,
          refund: { choice: 'none', reason: 'résiliation aux torts du client' },
          signatoryName: 'Claire Martin',
        },
      });
      expect(term.statusCode, term.body).toBe(201);
      expect(await unit(units[0]!.id)).toMatchObject({ return_due_on: '2026-06-15', returned_on: null });
      expect((await unit(units[1]!.id)).return_due_on).toBe('2027-06-01');
      const note = await t.ctx.db
        .selectFrom('notifications')
        .selectAll()
        .where('kind', '=', 'contract.equipment-return')
        .where('object_id', '=', c.contractId)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(note)).toContain(`TR-${dialect}-1`);
      // The late-return sweep applies from the next day.
      await moveClock('2026-06-18T06:00:00Z');
      await sweep('2026-06-18', ['rental.late-return']);
      expect(await unit(units[0]!.id)).toMatchObject({ late_days: 3, late_indemnity_cents: 310 });
      const decisions = await t.ctx.db
        .selectFrom('decisions')
        .select('rule')
        .where('object_id', '=', c.contractId)
        .where('rule', '=', 'rental.late-return')
        .execute();
      expect(decisions).toHaveLength(1);
    });

    it('warranty claims and RMA name a delivered unit by serial: 404 for an unknown or another client’s, warranty from the delivery', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const a = await rentalFor(cat.firewall, 24);
      const b = await rentalFor(cat.firewall, 24);
      await moveClock('2026-03-17T09:00:00Z');
      const [ua] = await deliver(a.contractId, a.lineId, [`WA-${dialect}`]);
      await deliver(b.contractId, b.lineId, [`WB-${dialect}`]);
      const portalA = await t.signIn('client', { clientId: a.clientId });
      const claim = (session: Session, serial: string) =>
        t.as(session, {
          method: 'POST',
          url: '/api/warranty-claims',
          payload: {
            contractId: a.contractId,
            contractLineId: a.lineId,
            serial,
            description: 'Ne démarre plus',
            notifiedOn: '2026-03-17',
          },
        });
      const before = await t.ctx.db
        .selectFrom('warranty_claims')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      for (const serial of ['NO-SUCH-SERIAL', `WB-${dialect}`]) {
        const res = await claim(portalA, serial);
        expect(res.statusCode, res.body).toBe(404);
        expect(res.body).not.toContain(b.contractId);
        expect(res.body).not.toContain(b.clientId);
        const rma = await t.as(portalA, {
          method: 'POST',
          url: '/api/returns',
          payload: { contractId: a.contractId, contractLineId: a.lineId, serial, reason: 'Erreur de commande' },
        });
        expect(rma.statusCode, rma.body).toBe(404);
      }
      const after = await t.ctx.db
        .selectFrom('warranty_claims')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
      // The unit of the register: 12 months (catalogue) from its delivery on 17 March 2026.
      const ok = await claim(portalA, ua!.serial);
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().claim ?? ok.json()).toMatchObject({ serial: ua!.serial, warrantyEndsOn: '2027-03-16' });
      const rma = await t.as(portalA, {
        method: 'POST',
        url: '/api/returns',
        payload: { contractId: a.contractId, contractLineId: a.lineId, serial: ua!.serial, reason: 'Erreur' },
      });
      expect(rma.statusCode, rma.body).toBe(201);
    });
    it('a maintenance intervention on a unit under the manufacturer’s warranty consumes no ticket; outside it, refused without tickets', async () => {
      await moveClock('2026-03-02T09:00:00Z');
      const a = await rentalFor(cat.firewall, 36);
      const other = await rentalFor(cat.firewall, 36);
      const services = await seedServices(t, admin, `-${dialect}`);
      const clientUser = await t.signIn('client', { clientId: a.clientId });
      const lines = await serviceContract(t, { sales, client: clientUser, adv }, a.clientId, services);
      await setCorrespondent(t, adv, a.clientId);
      const techId = await namedTechnician(t, adv, `Technicien ${dialect}`);
      await moveClock('2026-03-17T09:00:00Z');
      const [unitA] = await deliver(a.contractId, a.lineId, [`MT-${dialect}-A`]);
      await deliver(other.contractId, other.lineId, [`MT-${dialect}-B`]);
      const schedule = (date: string, serial?: string) =>
        t.as(adv, {
          method: 'POST',
          url: '/api/interventions',
          payload: {
            contractLineId: lines.ticketLine,
            technicianIds: [techId],
            date,
            start: '09:00',
            end: '10:00',
            mode: 'on-site',
            ...(serial ? { serial } : {}),
          },
        });
      const counts = async () =>
        Promise.all(
          (['interventions', 'ticket_movements'] as const).map(async (table) =>
            Number(
              (
                await t.ctx.db
                  .selectFrom(table)
                  .select((eb) => eb.fn.countAll<number>().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
            ),
          ),
        );
      const before = await counts();
      // No ticket bought: without a unit, or outside the warranty (12 months from 17 March 2026), refused.
      for (const res of [await schedule('2026-07-01'), await schedule('2027-03-17', unitA!.serial)]) {
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json()).toMatchObject({ code: 'ticket.insufficient', balance: 0, needed: 1 });
      }
      // An unknown serial, or another client's unit: not found, nothing written.
      for (const serial of ['NO-SUCH-SERIAL', `MT-${dialect}-B`]) {
        const res = await schedule('2026-07-01', serial);
        expect(res.statusCode, res.body).toBe(404);
        expect(res.body).not.toContain(other.clientId);
      }
      expect(await counts()).toEqual(before);
      // Under warranty on the day (last day 16 March 2027): scheduled, no ticket consumed.
      const ok = await schedule('2027-03-16', unitA!.serial);
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().intervention).toMatchObject({ tickets: 0 });
      const after = await counts();
      expect(after).toEqual([before[0]! + 1, before[1]]);
      const account = await t.as(adv, { method: 'GET', url: `/api/clients/${a.clientId}/tickets` });
      expect(account.json().balance ?? account.json().account?.balance).toBe(0);
    });
  });
}
