/**
 * Services and interventions through the API on both engines (art. 6.6, 6.9, 7, 11.2): scheduling
 * on ALLEO working days and hours with the off-hours surcharge, no overlap per technician even
 * under concurrent bookings, confirmation (rule intervention.confirmation) by the client and by
 * the sweep, cancellation (rule intervention.cancellation) invoiced with its citation, the
 * correspondent of art. 7, client-caused delays, penalties refused, maintenance tickets under
 * concurrent consumption, completion, report, reception, the iCalendar feed.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { interventionConfirmationStep } from '../../src/modules/interventions/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import {
  namedTechnician,
  seedServices,
  serviceContract,
  setCorrespondent,
  weekdays,
} from '../helpers/interventions.ts';

const DAY = '2026-03-02T09:00:00Z';
/** The interventions of the confirmation and cancellation tests: Wednesday 15 April 2026. */
const D = '2026-04-15';

for (const dialect of DIALECTS) {
  describe(`interventions [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let tech: Session;
    let userA: Session;
    let userB: Session;
    let clientA: string;
    let clientB: string;
    let techId: string;
    let tech2: string;
    let lines: Awaited<ReturnType<typeof serviceContract>>;
    let cat: Awaited<ReturnType<typeof seedServices>>;

    const signInAll = async () => {
      [admin, sales, adv, tech, userA, userB] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('technician'),
        t.signIn('client', { clientId: clientA }),
        t.signIn('client', { clientId: clientB }),
      ]);
    };
    const at = async (iso: string) => {
      t.setNow(iso);
      await signInAll();
    };
    const schedule = (body: Record<string, unknown>, who: Session = adv) =>
      t.as(who, { method: 'POST', url: '/api/interventions', payload: { mode: 'on-site', ...body } });
    const count = async (
      table: 'interventions' | 'intervention_technicians' | 'decisions' | 'invoices' | 'ticket_movements',
    ) =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      clientB = await t.createClient('Clinique du Parc SA');
      await at(DAY);
      cat = await seedServices(t, admin);
      lines = await serviceContract(t, { sales, client: userA, adv }, clientA, cat);
      await setCorrespondent(t, adv, clientA);
      const created = await t.as(adv, { method: 'POST', url: '/api/technicians', payload: { userId: tech.userId } });
      expect(created.statusCode, created.body).toBe(201);
      techId = created.json().technician.id;
      tech2 = await namedTechnician(t, adv, 'Sous-traitant Réseau');
    });
    afterAll(() => t.cleanup());

    it('refuses the first intervention of a contract until the client designates a correspondent (art. 7)', async () => {
      await at(DAY);
      const clientC = await t.createClient('Cabinet Vidal');
      const userC = await t.signIn('client', { clientId: clientC });
      const own = await serviceContract(t, { sales, client: userC, adv }, clientC, cat);
      const before = await count('interventions');
      const body = {
        contractLineId: own.installationLine,
        technicianIds: [techId],
        date: D,
        start: '09:00',
        end: '12:00',
      };
      const res = await schedule(body);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'intervention.correspondent_required',
        citation: { article: '7' },
        setCorrespondentUrl: `/clients/${clientC}`,
      });
      expect(await count('interventions')).toBe(before);
      await setCorrespondent(t, adv, clientC);
      expect((await schedule(body)).statusCode).toBe(201);
    });

    it('refuses bad input naming the field, writing nothing', async () => {
      await at(DAY);
      const before = [await count('interventions'), await count('intervention_technicians')];
      const backwards = await schedule({
        contractLineId: lines.installationLine,
        technicianIds: [techId],
        date: D,
        start: '14:00',
        end: '10:00',
      });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().errors).toEqual([expect.objectContaining({ path: 'end' })]);
      const stranger = await schedule({
        contractLineId: lines.installationLine,
        technicianIds: ['not-a-technician'],
        date: D,
        start: '09:00',
        end: '10:00',
      });
      expect(stranger.statusCode).toBe(400);
      expect(stranger.json().errors).toEqual([expect.objectContaining({ path: 'technicianIds.0' })]);
      const badLine = await schedule({
        contractLineId: 'nope',
        technicianIds: [techId],
        date: D,
        start: '09:00',
        end: '10:00',
      });
      expect(badLine.statusCode).toBe(400);
      expect(badLine.json().errors).toEqual([expect.objectContaining({ path: 'contractLineId' })]);
      const badTime = await schedule({
        contractLineId: lines.installationLine,
        technicianIds: [techId],
        date: D,
        start: '25:00',
        end: '26:00',
      });
      expect(badTime.statusCode).toBe(400);
      // A user who is not a technician cannot be made one.
      const notTech = await t.as(adv, { method: 'POST', url: '/api/technicians', payload: { userId: sales.userId } });
      expect(notTech.statusCode).toBe(400);
      expect(notTech.json().errors).toEqual([expect.objectContaining({ path: 'userId' })]);
      expect([await count('interventions'), await count('intervention_technicians')]).toEqual(before);
    });

    it('refuses scheduling on a contract that is not active (409 contract.not_active naming the status)', async () => {
      await at(DAY);
      await sql`update contracts set status = 'suspended' where id = ${lines.contractId}`.execute(t.ctx.db);
      try {
        const res = await schedule({
          contractLineId: lines.installationLine,
          technicianIds: [techId],
          date: D,
          start: '09:00',
          end: '10:00',
        });
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json()).toMatchObject({ code: 'contract.not_active', contractStatus: 'suspended' });
      } finally {
        await sql`update contracts set status = 'active' where id = ${lines.contractId}`.execute(t.ctx.db);
      }
    });

    it('a slot on Ascension Thursday or a Saturday needs the surcharge shown and accepted, then invoiced (6.9)', async () => {
      await at(DAY);
      for (const [date, reason] of [
        ['2026-05-14', 'Ascension'],
        ['2026-05-16', 'weekend'],
      ] as const) {
        const preview = await t.as(adv, {
          method: 'POST',
          url: '/api/interventions/preview',
          payload: {
            contractLineId: lines.installationLine,
            technicianIds: [techId],
            date,
            start: '09:00',
            end: '12:00',
          },
        });
        expect(preview.statusCode, preview.body).toBe(200);
        const slot = preview.json().slot;
        expect(slot).toMatchObject({
          offHours: true,
          surchargePercent: '50',
          servicePriceCents: 95000,
          surchargeCents: 47500,
          article: '6.9',
        });
        expect(JSON.stringify(slot.reasons)).toContain(reason);
        const refused = await schedule({
          contractLineId: lines.installationLine,
          technicianIds: [techId],
          date,
          start: '09:00',
          end: '12:00',
        });
        expect(refused.statusCode).toBe(409);
        expect(refused.json()).toMatchObject({
          code: 'intervention.surcharge_not_accepted',
          slot: { surchargeCents: 47500 },
        });
        const ok = await schedule({
          contractLineId: lines.installationLine,
          technicianIds: [techId],
          date,
          start: '09:00',
          end: '12:00',
          acceptSurcharge: true,
        });
        expect(ok.statusCode, ok.body).toBe(201);
        expect(ok.json().intervention).toMatchObject({
          offHours: true,
          surchargeCents: 47500,
          status: 'scheduled',
          confirmation: 'pending',
        });
      }
      // A weekday in business hours carries no surcharge.
      const plain = await t.as(adv, {
        method: 'POST',
        url: '/api/interventions/preview',
        payload: {
          contractLineId: lines.installationLine,
          technicianIds: [techId],
          date: '2026-05-13',
          start: '09:00',
          end: '18:00',
        },
      });
      expect(plain.json().slot).toMatchObject({ offHours: false, surchargeCents: 0 });
      const evening = await t.as(adv, {
        method: 'POST',
        url: '/api/interventions/preview',
        payload: {
          contractLineId: lines.installationLine,
          technicianIds: [techId],
          date: '2026-05-13',
          start: '17:00',
          end: '19:00',
        },
      });
      expect(evening.json().slot.offHours).toBe(true);
    });

    it('completion, signature in the portal, reception: the service and the surcharge become invoice lines citing 6.9', async () => {
      await at(DAY);
      const s = await schedule({
        contractLineId: lines.installationLine,
        technicianIds: [techId],
        date: '2026-03-07',
        start: '09:00',
        end: '12:00',
        acceptSurcharge: true,
      });
      expect(s.statusCode, s.body).toBe(201);
      const id = s.json().intervention.id;
      await at('2026-03-07T13:00:00Z');
      const delay = await t.as(tech, {
        method: 'POST',
        url: `/api/interventions/${id}/delays`,
        payload: { cause: 'site-access', note: 'Badge non fourni à 9 h' },
      });
      expect(delay.statusCode, delay.body).toBe(201);
      const done = await t.as(tech, {
        method: 'POST',
        url: `/api/interventions/${id}/complete`,
        payload: { workDone: 'Pare-feu installé et configuré', minutesSpent: 190, serials: ['FGT40FTK2109ABCD'] },
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().intervention.status).toBe('completed');
      const signed = await t.as(userA, {
        method: 'POST',
        url: `/api/interventions/${id}/sign`,
        payload: { signatoryName: 'Marc Morel' },
      });
      expect(signed.statusCode, signed.body).toBe(200);
      const otherClient = await t.as(userB, { method: 'POST', url: `/api/interventions/${id}/receive`, payload: {} });
      expect(otherClient.statusCode).toBe(404);
      const received = await t.as(userA, { method: 'POST', url: `/api/interventions/${id}/receive`, payload: {} });
      expect(received.statusCode, received.body).toBe(200);
      const i = received.json().intervention;
      expect(i).toMatchObject({ status: 'received', receivedOn: '2026-03-07' });
      const invoiceLines = await t.ctx.db
        .selectFrom('invoice_lines')
        .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
        .select(['invoice_lines.label', 'invoice_lines.net_cents', 'invoice_lines.contract_line_id'])
        .where('invoices.contract_id', '=', lines.contractId)
        .execute();
      expect(invoiceLines.find((l) => l.contract_line_id === lines.installationLine)).toBeDefined();
      const surcharge = invoiceLines.find((l) => l.label.includes('Majoration'));
      expect(surcharge).toMatchObject({ net_cents: 47500 });
      expect(surcharge!.label).toContain('art. 6.9');
      // The report shows the work, the serial, the client-caused delay and the signature.
      const pdf = await t.as(userA, { method: 'GET', url: `/api/interventions/${id}/report.pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = (await pdfText(pdf.rawPayload)).text;
      expect(text).toContain('FGT40FTK2109ABCD');
      expect(text).toContain('accès au site impossible');
      expect(text).toContain('Marc Morel');
      expect(text).toContain('3 h 10');
      // A penalty against ALLEO for the slip is refused with the citation.
      const penalty = await t.as(adv, {
        method: 'POST',
        url: `/api/interventions/${id}/penalties`,
        payload: { amountCents: 10000 },
      });
      expect(penalty.statusCode).toBe(409);
      expect(penalty.json()).toMatchObject({ code: 'intervention.no_penalty', citation: { article: '6.9' } });
      const detail = await t.as(userA, { method: 'GET', url: `/api/interventions/${id}` });
      expect(detail.json().timeline.map((x: { kind: string }) => x.kind)).toEqual(
        expect.arrayContaining(['scheduled', 'surcharge-accepted', 'client-delay', 'completed', 'signed', 'received']),
      );
    });

    it('confirmation on the 15th day before is guaranteed, on the 14th it is not; the sweep marks the rest and tells the planner', async () => {
      await at(DAY);
      const ids: string[] = [];
      for (const [start, end] of [
        ['09:00', '10:00'],
        ['10:00', '11:00'],
        ['11:00', '12:00'],
      ]) {
        const res = await schedule({
          contractLineId: lines.installationLine,
          technicianIds: [tech2],
          date: D,
          start,
          end,
        });
        expect(res.statusCode, res.body).toBe(201);
        ids.push(res.json().intervention.id);
      }
      await at('2026-03-31T10:00:00Z'); // D − 15
      const onTime = await t.as(userA, { method: 'POST', url: `/api/interventions/${ids[0]}/confirm`, payload: {} });
      expect(onTime.statusCode, onTime.body).toBe(200);
      expect(onTime.json().decision).toMatchObject({
        rule: 'intervention.confirmation',
        outcome: 'guaranteed',
        confirmBy: '2026-03-31',
      });
      expect(onTime.json().intervention.confirmation).toBe('guaranteed');
      // Another client cannot confirm it: 404, nothing written.
      const decisions = await count('decisions');
      expect(
        (await t.as(userB, { method: 'POST', url: `/api/interventions/${ids[1]}/confirm`, payload: {} })).statusCode,
      ).toBe(404);
      expect(await count('decisions')).toBe(decisions);

      await at('2026-04-01T10:00:00Z'); // D − 14
      const late = await t.as(userA, { method: 'POST', url: `/api/interventions/${ids[1]}/confirm`, payload: {} });
      expect(late.json().decision).toMatchObject({ outcome: 'not-guaranteed', citation: { article: '6.9' } });
      expect(late.json().intervention.confirmation).toBe('not-guaranteed');

      // The sweep of D − 14: the unconfirmed one is no longer guaranteed, the planner is told.
      const report = await runSweep(t.ctx, t.handle, { asOf: '2026-04-01', steps: [interventionConfirmationStep] });
      expect(report.steps[0]).toMatchObject({ step: 'intervention.confirmation', status: 'ran' });
      const third = await t.as(adv, { method: 'GET', url: `/api/interventions/${ids[2]}` });
      expect(third.json().intervention.confirmation).toBe('not-guaranteed');
      expect(third.json().timeline.map((x: { kind: string }) => x.kind)).toContain(
        'intervention.confirmation:not-guaranteed',
      );
      const notices = await t.ctx.db
        .selectFrom('notifications')
        .select(['user_id', 'text_en'])
        .where('kind', '=', 'intervention.not-guaranteed')
        .where('object_id', '=', ids[2]!)
        .execute();
      expect(notices.map((n) => n.user_id)).toContain(adv.userId);
      // Run again: nothing more.
      const again = await runSweep(t.ctx, t.handle, { asOf: '2026-04-01', steps: [interventionConfirmationStep] });
      expect(again.steps[0]?.status).toBe('already-done');
      // The guaranteed one is not touched by the sweep.
      const first = await t.as(adv, { method: 'GET', url: `/api/interventions/${ids[0]}` });
      expect(first.json().intervention.confirmation).toBe('guaranteed');
    });

    it('cancellation on D−8 is free, on D−7 and D−1 costs the indemnity, on D the full price; the charge is an invoice line citing 6.9', async () => {
      await at(DAY);
      const ids: string[] = [];
      for (const [start, end] of [
        ['14:00', '15:00'],
        ['15:00', '16:00'],
        ['16:00', '17:00'],
        ['17:00', '18:00'],
      ]) {
        const res = await schedule({
          contractLineId: lines.installationLine,
          technicianIds: [tech2],
          date: D,
          start,
          end,
        });
        expect(res.statusCode, res.body).toBe(201);
        ids.push(res.json().intervention.id);
      }
      const cases = [
        ['2026-04-07T10:00:00Z', 'free', 0],
        ['2026-04-08T10:00:00Z', 'indemnity', 30000],
        ['2026-04-14T10:00:00Z', 'indemnity', 30000],
        ['2026-04-15T06:00:00Z', 'full', 95000],
      ] as const;
      for (const [n, [when, outcome, charge]] of cases.entries()) {
        await at(when);
        const id = ids[n]!;
        const preview = await t.as(userA, { method: 'GET', url: `/api/interventions/${id}/cancellation?kind=cancel` });
        expect(preview.statusCode, preview.body).toBe(200);
        expect(preview.json()).toMatchObject({
          chargeCents: charge,
          decision: { outcome, citation: { article: '6.9' } },
        });
        // A cost other than the one shown is refused, nothing written.
        const before = [await count('decisions'), await count('invoices')];
        const wrong = await t.as(userA, {
          method: 'POST',
          url: `/api/interventions/${id}/cancel`,
          payload: { kind: 'cancel', acceptedChargeCents: charge + 1 },
        });
        expect(wrong.statusCode).toBe(409);
        expect(wrong.json()).toMatchObject({ code: 'intervention.charge_not_accepted', chargeCents: charge });
        expect([await count('decisions'), await count('invoices')]).toEqual(before);
        const res = await t.as(userA, {
          method: 'POST',
          url: `/api/interventions/${id}/cancel`,
          payload: { kind: 'cancel', acceptedChargeCents: charge },
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({
          chargeCents: charge,
          decision: { outcome },
          intervention: { status: 'cancelled' },
        });
        if (charge === 0) {
          expect(res.json().chargeInvoiceId).toBeNull();
        } else {
          const line = await t.ctx.db
            .selectFrom('invoice_lines')
            .select(['label', 'net_cents'])
            .where('invoice_id', '=', res.json().chargeInvoiceId)
            .executeTakeFirstOrThrow();
          expect(Number(line.net_cents)).toBe(charge);
          expect(line.label).toContain('art. 6.9');
          const invoice = await t.as(userA, { method: 'GET', url: `/api/invoices/${res.json().chargeInvoiceId}` });
          expect([200, 404]).toContain(invoice.statusCode);
        }
      }
      // The slot is free again: the technician can be booked on it.
      await at(DAY);
      const again = await schedule({
        contractLineId: lines.installationLine,
        technicianIds: [tech2],
        date: D,
        start: '14:00',
        end: '15:00',
      });
      expect(again.statusCode, again.body).toBe(201);
    });

    it('a diagnostic reports the existing setup (6.3); two concurrent cancellations: one wins, one charge', async () => {
      await at(DAY);
      const diag = await schedule({
        contractLineId: lines.diagnosticLine,
        technicianIds: [tech2],
        date: '2026-03-04',
        start: '09:00',
        end: '12:00',
      });
      expect(diag.statusCode, diag.body).toBe(201);
      const id = diag.json().intervention.id;
      await at('2026-03-04T14:00:00Z');
      const bare = await t.as(tech, {
        method: 'POST',
        url: `/api/interventions/${id}/complete`,
        payload: { workDone: 'Audit', minutesSpent: 180 },
      });
      expect(bare.statusCode).toBe(400);
      expect(bare.json().errors).toEqual([expect.objectContaining({ path: 'existingSetup' })]);
      const done = await t.as(tech, {
        method: 'POST',
        url: `/api/interventions/${id}/complete`,
        payload: {
          workDone: 'Audit',
          minutesSpent: 180,
          existingSetup: 'Un pare-feu en fin de support',
          recommendations: ['Remplacer le pare-feu'],
        },
      });
      expect(done.statusCode, done.body).toBe(200);
      const pdf = await t.as(adv, { method: 'GET', url: `/api/interventions/${id}/report.pdf` });
      expect((await pdfText(pdf.rawPayload)).text).toContain('Remplacer le pare-feu');

      await at(DAY);
      const s = await schedule({
        contractLineId: lines.installationLine,
        technicianIds: [tech2],
        date: '2026-03-05',
        start: '09:00',
        end: '12:00',
      });
      const cid = s.json().intervention.id;
      await at('2026-03-05T07:00:00Z');
      const invoicesBefore = await count('invoices');
      const both = await Promise.all([
        t.as(userA, {
          method: 'POST',
          url: `/api/interventions/${cid}/cancel`,
          payload: { kind: 'cancel', acceptedChargeCents: 95000 },
        }),
        t.as(adv, {
          method: 'POST',
          url: `/api/interventions/${cid}/cancel`,
          payload: { kind: 'cancel', acceptedChargeCents: 95000 },
        }),
      ]);
      expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(await count('invoices')).toBe(invoicesBefore + 1);
    });

    it('two overlapping bookings of one technician at the same moment: exactly one wins, 20 rounds', async () => {
      await at(DAY);
      const racer = await namedTechnician(t, adv, 'Technicien disputé');
      const days = weekdays('2026-06-01', 20);
      const adv2 = await t.signIn('order-admin');
      for (const date of days) {
        const [a, b] = await Promise.all([
          schedule(
            { contractLineId: lines.installationLine, technicianIds: [racer], date, start: '09:00', end: '11:00' },
            adv,
          ),
          schedule(
            { contractLineId: lines.installationLine, technicianIds: [racer], date, start: '10:00', end: '12:00' },
            adv2,
          ),
        ]);
        const codes = [a.statusCode, b.statusCode].sort();
        expect(codes, `${date}: ${a.body} ${b.body}`).toEqual([201, 409]);
        const winner = a.statusCode === 201 ? a : b;
        const loser = a.statusCode === 201 ? b : a;
        expect(loser.json()).toMatchObject({ code: 'intervention.overlap' });
        expect(loser.json().conflicts[0]).toMatchObject({
          interventionId: winner.json().intervention.id,
          technicianId: racer,
        });
      }
      const booked = await t.ctx.db
        .selectFrom('intervention_technicians')
        .select(['starts_at', 'ends_at'])
        .where('technician_id', '=', racer)
        .where('active', '=', 1)
        .orderBy('starts_at')
        .execute();
      expect(booked).toHaveLength(20);
      for (let i = 1; i < booked.length; i++) expect(booked[i]!.starts_at >= booked[i - 1]!.ends_at).toBe(true);
      // The list and the planning board filtered by this technician show exactly the 20 winners, not
      // another technician's intervention the same day.
      const other = await schedule(
        {
          contractLineId: lines.installationLine,
          technicianIds: [tech2],
          date: days[0]!,
          start: '14:00',
          end: '15:00',
        },
        adv,
      );
      expect(other.statusCode, other.body).toBe(201);
      const winners = (
        await t.ctx.db
          .selectFrom('intervention_technicians')
          .select('intervention_id')
          .where('technician_id', '=', racer)
          .where('active', '=', 1)
          .execute()
      )
        .map((r) => r.intervention_id)
        .sort();
      const range = `from=${days[0]}&to=${days.at(-1)}&technicianId=${racer}`;
      for (const url of [`/api/interventions?${range}`, `/api/interventions/board?${range}`]) {
        const res = await t.as(adv, { method: 'GET', url });
        expect(res.statusCode, res.body).toBe(200);
        expect(
          res
            .json()
            .items.map((i: { id: string }) => i.id)
            .sort(),
          url,
        ).toEqual(winners);
      }
    });

    it('maintenance tickets: bought at the contract tariff (invoiced), never below zero under 8 concurrent consumers', async () => {
      await at(DAY);
      const empty = await schedule({
        contractLineId: lines.ticketLine,
        technicianIds: [tech2],
        date: '2026-07-01',
        start: '09:00',
        end: '10:00',
      });
      expect(empty.statusCode).toBe(409);
      expect(empty.json()).toMatchObject({ code: 'ticket.insufficient', balance: 0, needed: 1 });
      expect(empty.json().buyTicketsUrl).toContain(clientA);
      const bought = await t.as(adv, {
        method: 'POST',
        url: `/api/clients/${clientA}/tickets`,
        payload: { contractLineId: lines.ticketLine, quantity: 5 },
      });
      expect(bought.statusCode, bought.body).toBe(201);
      expect(bought.json().account.balance).toBe(5);
      const invoiceLine = await t.ctx.db
        .selectFrom('invoice_lines')
        .select(['net_cents', 'quantity'])
        .where('invoice_id', '=', bought.json().invoiceId)
        .executeTakeFirstOrThrow();
      expect(Number(invoiceLine.net_cents)).toBe(5 * 12000);
      const techs = await Promise.all(Array.from({ length: 8 }, (_, i) => namedTechnician(t, adv, `Maintenance ${i}`)));
      const results = await Promise.all(
        techs.map((id) =>
          schedule({
            contractLineId: lines.ticketLine,
            technicianIds: [id],
            date: '2026-07-02',
            start: '09:00',
            end: '10:00',
          }),
        ),
      );
      const ok = results.filter((r) => r.statusCode === 201);
      const refused = results.filter((r) => r.statusCode === 409);
      expect(ok).toHaveLength(5);
      expect(refused).toHaveLength(3);
      for (const r of refused) expect(r.json().code).toBe('ticket.insufficient');
      const account = await t.as(userA, { method: 'GET', url: `/api/clients/${clientA}/tickets` });
      expect(account.json().balance).toBe(0);
      expect(account.json().movements.reduce((s: number, m: { delta: number }) => s + m.delta, 0)).toBe(0);
      // Another client's balance is not found.
      expect((await t.as(userB, { method: 'GET', url: `/api/clients/${clientA}/tickets` })).statusCode).toBe(404);
    });

    it('the iCalendar feed of a technician shows its interventions, follows a move, and a wrong or revoked token is 404', async () => {
      await at(DAY);
      const s = await schedule({
        contractLineId: lines.diagnosticLine,
        technicianIds: [techId],
        date: '2026-03-20',
        start: '09:00',
        end: '11:00',
      });
      expect(s.statusCode, s.body).toBe(201);
      const id = s.json().intervention.id;
      const feed = await t.as(adv, { method: 'POST', url: `/api/technicians/${techId}/feed` });
      expect(feed.statusCode, feed.body).toBe(201);
      const url = feed.json().path;
      const ics = await t.app.inject({ method: 'GET', url });
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain('BEGIN:VCALENDAR');
      expect(ics.body).toContain(`UID:${id}@clausier`);
      expect(ics.body).toContain('DTSTART:20260320T080000Z');
      const moved = await t.as(adv, {
        method: 'POST',
        url: `/api/interventions/${id}/move`,
        payload: { date: '2026-03-23', start: '14:00', end: '16:00' },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect((await t.app.inject({ method: 'GET', url })).body).toContain('DTSTART:20260323T130000Z');
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/calendar/wrong-token-wrong-token-00.ics' })).statusCode,
      ).toBe(404);
      expect((await t.as(adv, { method: 'DELETE', url: `/api/technicians/${techId}/feed` })).statusCode).toBe(204);
      const revoked = await t.app.inject({ method: 'GET', url });
      expect(revoked.statusCode).toBe(404);
      expect(revoked.body).not.toContain('technician');
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });
  });
}
