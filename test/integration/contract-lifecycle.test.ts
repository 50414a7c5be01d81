/**
 * The contract lifecycle on both engines (issue #12; art. 10.3, 15, 16): a termination for breach
 * open on day 31 after the AR (not day 30), the rent billing run stopping at the effective date
 * with a prorated last month, the cancellation for non-payment ending the contract, force majeure
 * suspending contracts and pushing deadlines while interest keeps running, termination on day 61
 * of an event (not day 60), and terminations racing the billing run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRentBilling } from '../../src/modules/billing/index.ts';
import { suspendedDays } from '../../src/modules/contracts/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { SWEEP_STEPS } from '../../src/sweep/registry.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { formedContract } from '../helpers/invoices.ts';
import { type Catalogue, seedCatalogue } from '../helpers/quotes.ts';

for (const dialect of DIALECTS) {
  describe(`contract lifecycle [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let userA: Session;
    let clientA: string;
    let cat: Catalogue;

    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [admin, sales, adv, accounting, userA] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('accounting'),
        t.signIn('client', { clientId: clientA }),
      ]);
    };

    /** One firewall rented 12 months (38.00 € a month) from 1 November 2026. */
    const rental = async (effectiveDate = '2026-11-01') =>
      (
        await formedContract(t, { sales, adv, clientUser: userA }, clientA, cat, {
          rental: true,
          lines: [{ kind: 'rental', catalogueItemId: cat.firewall, quantity: 1, rentalMonths: 12 }],
          contract: { effectiveDate },
        })
      ).contractId;

    const rentInvoices = (contractId: string) =>
      t.ctx.db
        .selectFrom('invoices')
        .selectAll()
        .where('contract_id', '=', contractId)
        .where('origin', '=', 'rent')
        .orderBy('period_start')
        .execute();

    const bill = (period: string, issueDate: string) =>
      runRentBilling(t.ctx, { orgId: t.orgId, period, issueDate, actorId: 'test' });

    const lifecycle = async (id: string) => {
      const res = await t.as(accounting, { method: 'GET', url: `/api/contracts/${id}/lifecycle` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };

    const counts = async (contractId: string) => ({
      decisions: Number(
        (
          await t.ctx.db
            .selectFrom('decisions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('object_id', '=', contractId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      terminations: Number(
        (
          await t.ctx.db
            .selectFrom('contract_terminations')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('contract_id', '=', contractId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      status: (await t.ctx.db.selectFrom('contracts').select('status').where('id', '=', contractId).executeTakeFirst())!
        .status,
    });

    const terminate = (id: string, body: Record<string, unknown>, as: Session = accounting) =>
      t.as(as, {
        method: 'POST',
        url: `/api/contracts/${id}/terminate`,
        payload: {
          reason: 'Manquement persistant',
          clientFault: true,
          refund: { choice: 'none', reason: 'résiliation aux torts du client' },
          signatoryName: 'Claire Martin',
          ...body,
        },
      });

    let breached: string;
    let fin: string;
    let unpaid: string;
    let fm: string;
    let fmShort: string;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      await moveClock('2026-10-20T09:00:00Z');
      cat = await seedCatalogue(t, admin);
      breached = await rental();
      fin = await rental();
      unpaid = await rental();
      fm = await rental();
      fmShort = await rental();
      await moveClock('2026-11-02T09:00:00Z');
      expect((await bill('2026-11', '2026-11-02')).invoicesCreated).toBe(5);
    });
    afterAll(() => t.cleanup());

    it('a new contract is active; the lifecycle lists the actions of the role', async () => {
      const l = await lifecycle(breached);
      expect(l).toMatchObject({ status: 'active', endedOn: null, changes: [], termination: null });
      expect(l.actions).toEqual(expect.arrayContaining(['terminate', 'formal-notice', 'force-majeure', 'end']));
      const tech = await t.signIn('technician');
      const asTech = await t.as(tech, { method: 'GET', url: `/api/contracts/${breached}/lifecycle` });
      expect(asTech.json().actions).toEqual([]);
      const res = await t.as(userA, { method: 'GET', url: `/api/contracts/${breached}` });
      expect(res.json().contract.status).toBe('active');
    });

    it('termination for breach: refused on day 30 after the AR with the date, flagged by the sweep, done on day 31', async () => {
      await moveClock('2027-01-04T09:00:00Z');
      const n = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${breached}/formal-notices`,
        payload: {
          breach: 'obligations',
          description: 'Matériel déplacé hors du site sans accord (art. 7)',
          signatoryName: 'Claire Martin',
        },
      });
      expect(n.statusCode, n.body).toBe(201);
      const notice = n.json();
      expect(notice).toMatchObject({ sentOn: '2027-01-04', receivedOn: null, terminableFrom: null, curable: true });
      const pdf = await t.as(accounting, {
        method: 'GET',
        url: `/api/contracts/${breached}/formal-notices/${notice.id}/pdf`,
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

      // Without the AR, the 30 days have not started.
      const early = await terminate(breached, { ground: 'breach', formalNoticeId: notice.id });
      expect(early.statusCode, early.body).toBe(409);
      expect(early.json().code).toBe('contract.notice_without_receipt');

      // The AR before the sending: 400 naming the field.
      const bad = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${breached}/formal-notices/${notice.id}/receipt`,
        payload: { receivedOn: '2027-01-03' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('receivedOn');

      const ar = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${breached}/formal-notices/${notice.id}/receipt`,
        payload: { receivedOn: '2027-01-04' },
      });
      expect(ar.statusCode, ar.body).toBe(200);
      // AR 4 January + 30 days → cure until 3 February, termination from 4 February (day 31).
      expect(ar.json().notice).toMatchObject({ receivedOn: '2027-01-04', terminableFrom: '2027-02-04' });
      expect(ar.json().decision).toMatchObject({
        rule: 'termination.formal-notice',
        outcome: 'cure-period',
        citation: { article: '15.2' },
      });

      // Rents are billed in advance: February is invoiced before the termination.
      await moveClock('2027-01-25T09:00:00Z');
      // January for the 5 contracts, and December, which no run billed, as their supplements (art. 10.1).
      expect((await bill('2027-01', '2027-01-25')).invoicesCreated).toBe(10);
      expect((await bill('2027-02', '2027-01-25')).invoicesCreated).toBeGreaterThanOrEqual(3);

      // Day 30: refused with the date, nothing written.
      await moveClock('2027-02-03T09:00:00Z');
      const before = await counts(breached);
      const day30 = await terminate(breached, { ground: 'breach', formalNoticeId: notice.id });
      expect(day30.statusCode, day30.body).toBe(409);
      expect(day30.json()).toMatchObject({ code: 'contract.not_terminable_yet', terminableFrom: '2027-02-04' });
      expect(day30.json().detail).toContain('2027-02-04');
      expect(await counts(breached)).toEqual(before);

      // The sweep of day 31 flags the contract (and never terminates it).
      await moveClock('2027-02-04T06:00:00Z');
      const report = await runSweep(t.ctx, t.handle, {
        asOf: '2027-02-04',
        steps: SWEEP_STEPS.filter((s) => s.id === 'termination.formal-notice'),
      });
      expect(report.steps[0]).toMatchObject({ status: 'ran', examined: 1, acted: 1 });
      const flagged = (await lifecycle(breached)).formalNotices[0];
      expect(flagged.terminableFlaggedOn).toBe('2027-02-04');
      expect((await lifecycle(breached)).status).toBe('active');
      const notes = await t.as(accounting, { method: 'GET', url: '/api/notifications' });
      expect(JSON.stringify(notes.json())).toContain('résiliable');

      // A sales user may not terminate.
      expect((await terminate(breached, { ground: 'breach', formalNoticeId: notice.id }, sales)).statusCode).toBe(403);

      // Day 31: terminated, the rent of 4–28 February listed (the client's fault: no refund chosen).
      const done = await terminate(breached, { ground: 'breach', formalNoticeId: notice.id });
      expect(done.statusCode, done.body).toBe(201);
      const termination = done.json().termination;
      expect(termination).toMatchObject({
        ground: 'breach',
        effectiveOn: '2027-02-04',
        clientFault: true,
        refundChoice: 'none',
        refundCents: 0,
      });
      expect(termination.refundItems).toEqual([
        expect.objectContaining({ periodStart: '2027-02-01', periodEnd: '2027-02-28', daysNotExecuted: 25 }),
      ]);
      // 38.00 € × 25/28 = 33.93 €.
      expect(termination.refundItems[0].netCents).toBe(3393);
      const l = await lifecycle(breached);
      expect(l).toMatchObject({ status: 'terminated', endedOn: '2027-02-04', actions: [] });
      expect(l.changes).toEqual([
        expect.objectContaining({ from: 'active', to: 'terminated', article: '15.2', effectiveOn: '2027-02-04' }),
      ]);
      const letter = await t.as(accounting, { method: 'GET', url: `/api/contracts/${breached}/termination/pdf` });
      expect(letter.statusCode).toBe(200);
      expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      // The rented firewall goes back: order administration is told.
      const advNotes = await t.as(adv, { method: 'GET', url: '/api/notifications' });
      expect(JSON.stringify(advNotes.json())).toContain('restitution');
      const detail = await t.as(accounting, { method: 'GET', url: `/api/contracts/${breached}` });
      expect(detail.json().decisions.map((d: { rule: string }) => d.rule)).toEqual(
        expect.arrayContaining(['termination.formal-notice', 'contract.status']),
      );

      // A second termination: 409 naming the status, nothing written.
      const after = await counts(breached);
      const again = await terminate(breached, { ground: 'financial-situation' });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'contract.illegal_transition', currentStatus: 'terminated' });
      expect(again.json().detail).toContain('terminated');
      const end = await t.as(adv, {
        method: 'POST',
        url: `/api/contracts/${breached}/end`,
        payload: { reason: 'fin' },
      });
      expect(end.statusCode).toBe(409);
      expect(end.json().currentStatus).toBe('terminated');
      expect(await counts(breached)).toEqual(after);

      // Not billed again.
      await moveClock('2027-02-25T09:00:00Z');
      await bill('2027-03', '2027-02-25');
      // (December, which no run billed, was billed by the January run as a supplement.)
      expect((await rentInvoices(breached)).map((i) => i.period_start)).toEqual([
        '2026-11-01',
        '2026-12-01',
        '2027-01-01',
        '2027-02-01',
      ]);
    });

    it('the rent billing run bills up to the day before the effective date, prorated, then nothing', async () => {
      await moveClock('2027-03-20T09:00:00Z');
      const res = await terminate(fin, {
        ground: 'financial-situation',
        reason: 'Redressement judiciaire ouvert le 15 mars 2027',
        effectiveOn: '2027-04-16',
        clientFault: false,
        refund: { choice: 'credit-note', reason: 'loyers payés d’avance' },
      });
      expect(res.statusCode, res.body).toBe(201);
      await moveClock('2027-03-25T09:00:00Z');
      await bill('2027-04', '2027-03-25');
      const april = (await rentInvoices(fin)).find((i) => i.period_start === '2027-04-01')!;
      // 1 to 15 April: 38.00 € × 15/30 = 19.00 €.
      expect(april).toMatchObject({ period_end: '2027-04-15', net_cents: 1900 });
      await moveClock('2027-04-25T09:00:00Z');
      await bill('2027-05', '2027-04-25');
      expect((await rentInvoices(fin)).some((i) => i.period_start === '2027-05-01')).toBe(false);
    });

    it('cancellation for non-payment sets the contract to cancelled; it is billed no more', async () => {
      await moveClock('2027-04-26T09:00:00Z');
      const res = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${unpaid}/cancel-for-non-payment`,
        payload: { reason: 'Loyers impayés depuis décembre' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const l = await lifecycle(unpaid);
      expect(l).toMatchObject({ status: 'cancelled', endedOn: '2027-04-26' });
      expect(l.changes[0]).toMatchObject({ from: 'active', to: 'cancelled', article: '10.3' });
      const again = await t.as(accounting, {
        method: 'POST',
        url: `/api/contracts/${unpaid}/cancel-for-non-payment`,
        payload: { reason: 'encore' },
      });
      expect(again.statusCode).toBe(409);
      await moveClock('2027-05-25T09:00:00Z');
      await bill('2027-06', '2027-05-25');
      expect((await rentInvoices(unpaid)).some((i) => i.period_start === '2027-06-01')).toBe(false);
    });

    it('force majeure: end before start refused; contracts suspended; termination on day 61, not day 60', async () => {
      await moveClock('2027-05-26T09:00:00Z');
      const bad = await t.as(adv, {
        method: 'POST',
        url: '/api/force-majeure-events',
        payload: {
          type: 'strike',
          description: 'Grève des transporteurs',
          invokedBy: 'alleo',
          startDate: '2027-05-26',
          endDate: '2027-05-25',
          contractIds: [fm],
        },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('endDate');
      expect(await t.ctx.db.selectFrom('force_majeure_events').selectAll().execute()).toEqual([]);

      const ev = await t.as(adv, {
        method: 'POST',
        url: '/api/force-majeure-events',
        payload: {
          type: 'strike',
          description: 'Grève des transporteurs',
          invokedBy: 'alleo',
          startDate: '2027-05-26',
          contractIds: [fm],
        },
      });
      expect(ev.statusCode, ev.body).toBe(201);
      const event = ev.json();
      expect(event.decision).toMatchObject({
        rule: 'force-majeure',
        outcome: 'suspended',
        terminableFrom: '2027-07-26',
      });
      expect((await lifecycle(fm)).status).toBe('suspended');

      // Day 60 (25 July): refused with the date.
      await moveClock('2027-07-25T09:00:00Z');
      const fmBody = {
        ground: 'force-majeure',
        forceMajeureEventId: event.id,
        clientFault: false,
        refund: { choice: 'credit-note', reason: 'sans indemnité (art. 16.1)' },
      };
      const day60 = await terminate(fm, fmBody);
      expect(day60.statusCode).toBe(409);
      expect(day60.json()).toMatchObject({ code: 'contract.not_terminable_yet', terminableFrom: '2027-07-26' });
      expect((await lifecycle(fm)).status).toBe('suspended');

      await moveClock('2027-07-26T09:00:00Z');
      const day61 = await terminate(fm, fmBody);
      expect(day61.statusCode, day61.body).toBe(201);
      expect(day61.json().decision).toMatchObject({ rule: 'force-majeure', outcome: 'terminable' });
      const l = await lifecycle(fm);
      expect(l.status).toBe('terminated');
      expect(l.changes.map((c: { to: string; article: string }) => [c.to, c.article])).toEqual([
        ['suspended', '16.1'],
        ['terminated', '16.1'],
      ]);
    });

    it('a return deadline is pushed by the days of force majeure while late interest keeps running', async () => {
      // The November rent of fmShort (due 2 December 2026) stays unpaid.
      const [nov] = await rentInvoices(fmShort);
      expect(nov).toMatchObject({ status: 'issued', due_date: '2026-12-02' });
      await moveClock('2027-07-27T09:00:00Z');
      const ev = await t.as(adv, {
        method: 'POST',
        url: '/api/force-majeure-events',
        payload: {
          type: 'exceptional-weather',
          description: 'Inondation du site',
          invokedBy: 'client',
          startDate: '2027-07-27',
          endDate: '2027-08-05',
          contractIds: [fmShort],
        },
      });
      expect(ev.statusCode, ev.body).toBe(201);
      expect((await lifecycle(fmShort)).status).toBe('suspended');
      const interestOn = async (asOf: string) => {
        await runSweep(t.ctx, t.handle, {
          asOf,
          steps: SWEEP_STEPS.filter((s) => s.id === 'invoice.late-payment'),
        });
        return Number(
          (await t.ctx.db
            .selectFrom('invoices')
            .select('late_interest_cents')
            .where('id', '=', nov!.id)
            .executeTakeFirst())!.late_interest_cents,
        );
      };
      const i1 = await interestOn('2027-07-28');
      const i2 = await interestOn('2027-08-04');
      // Sums of money stay due during force majeure (ADR 0022): interest runs on.
      expect(i1).toBeGreaterThan(0);
      expect(i2).toBeGreaterThan(i1);

      // The sweep the day after the end resumes the contract.
      await moveClock('2027-08-06T06:00:00Z');
      await runSweep(t.ctx, t.handle, {
        asOf: '2027-08-06',
        steps: SWEEP_STEPS.filter((s) => s.id === 'force-majeure'),
      });
      const l = await lifecycle(fmShort);
      expect(l.status).toBe('active');
      expect(l.suspendedDays).toBe(10);
      // Rental to 31 October 2027 → return due 10 days later.
      expect(l.rentalReturns).toEqual([
        expect.objectContaining({ rentalEndsOn: '2027-10-31', suspendedDays: 10, returnDueOn: '2027-11-10' }),
      ]);
      expect(await suspendedDays(t.ctx, t.orgId, fmShort, '2027-08-01', '2027-08-31')).toBe(5);
      expect(await suspendedDays(t.ctx, t.orgId, fmShort, '2027-01-01', '2027-07-26')).toBe(0);
    });

    it('a termination racing the billing run never leaves an invoice for a terminated period unlisted', async () => {
      await moveClock('2027-08-20T09:00:00Z');
      const racers = [await rental('2027-09-01'), await rental('2027-09-01'), await rental('2027-09-01')];
      await moveClock('2027-08-25T09:00:00Z');
      const body = {
        ground: 'financial-situation',
        reason: 'Cessation des paiements',
        effectiveOn: '2027-09-10',
        clientFault: false,
        refund: { choice: 'credit-note', reason: 'loyers payés d’avance' },
      };
      const [run, ...answers] = await Promise.all([
        bill('2027-09', '2027-08-25'),
        ...racers.map((id) => terminate(id, body)),
      ]);
      expect(run.status).toBe('done');
      for (const [i, id] of racers.entries()) {
        expect(answers[i]!.statusCode, answers[i]!.body).toBe(201);
        const listed = new Set(
          answers[i]!.json().termination.refundItems.map((r: { invoiceLineId: string }) => r.invoiceLineId),
        );
        const lines = await t.ctx.db
          .selectFrom('invoice_lines')
          .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
          .select(['invoice_lines.id', 'invoice_lines.period_end'])
          .where('invoices.contract_id', '=', id)
          .where('invoices.origin', '=', 'rent')
          .execute();
        for (const line of lines)
          if (line.period_end! >= '2027-09-10') expect(listed.has(line.id), `${id} ${line.period_end}`).toBe(true);
      }
      // Billed after the termination: the run stops on 9 September.
      await bill('2027-09', '2027-08-25');
      for (const id of racers) {
        const sept = (await rentInvoices(id)).filter((i) => i.period_start === '2027-09-01');
        expect(sept).toHaveLength(1);
        expect(['2027-09-09', '2027-09-30']).toContain(sept[0]!.period_end);
      }
    });
  });
}
