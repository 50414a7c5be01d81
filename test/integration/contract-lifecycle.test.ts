/**
 * The contract lifecycle on both engines (issue #12; art. 10.3, 15, 16): a termination for breach
 * open on day 31 after the AR (not day 30), the rent billing run stopping at the effective date
 * with a prorated last month, the cancellation for non-payment ending the contract, force majeure
 * suspending contracts and pushing deadlines while interest keeps running, termination on day 61
 * of an event (not day 60), and terminations racing the billing run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
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

      // The client's fault and a refund by credit note: 400 naming the choice (art. 15.2), nothing written.
      const unrefunded = await counts(breached);
      const refunding = await terminate(breached, {
        ground: 'breach',
        formalNoticeId: notice.id,
        refund: { choice: 'credit-note', reason: 'geste commercial' },
      });
      expect(refunding.statusCode, refunding.body).toBe(400);
      expect(refunding.json().errors[0]).toMatchObject({ path: 'refund.choice' });
      expect(refunding.json().errors[0].message).toContain('15.2');
      expect(await counts(breached)).toEqual(unrefunded);

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
      // 38.00 € × 25/28 = 33.93 €, listed but not refunded: no credit note is drafted.
      expect(termination.refundItems[0]).toMatchObject({ netCents: 3393, creditNoteId: null });
      const creditNotes = await t.ctx.db
        .selectFrom('invoices')
        .select('id')
        .where('contract_id', '=', breached)
        .where('kind', '=', 'credit-note')
        .execute();
      expect(creditNotes).toEqual([]);
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
      // Each change says why in both languages, the case of art. 16.2 in words, not as its code.
      expect(l.changes.map((c: { reason: { fr: string; en: string } }) => c.reason)).toEqual([
        {
          fr: expect.stringMatching(/^force majeure \(grève\) depuis le 26 mai 2027 : les obligations/),
          en: expect.stringMatching(/^force majeure \(strike\) since .*: the obligations/),
        },
        {
          fr: 'force majeure de plus de 60 jours, sans indemnité de part et d’autre (art. 16.1) — Manquement persistant',
          en: 'force majeure lasting over 60 days, no indemnity either way (art. 16.1) — Manquement persistant',
        },
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

    /**
     * What is billed for the days from `effectiveOn` on, net of the credit notes of the contract's
     * invoices: each rent line's share of its period from that day (the termination's proration),
     * minus the credit notes (drafted by the termination; a credit note corrects one invoice).
     */
    const billedFrom = async (contractId: string, effectiveOn: string) => {
      const lines = await t.ctx.db
        .selectFrom('invoice_lines')
        .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
        .select(['invoice_lines.net_cents', 'invoice_lines.period_start', 'invoice_lines.period_end'])
        .where('invoices.contract_id', '=', contractId)
        .where('invoices.origin', '=', 'rent')
        .where('invoices.status', '=', 'issued')
        .execute();
      const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
      let billed = 0;
      for (const l of lines) {
        const from = Math.max(day(effectiveOn), day(l.period_start!));
        if (from > day(l.period_end!)) continue;
        const days = day(l.period_end!) - day(l.period_start!) + 1;
        billed += Math.round((Number(l.net_cents) * (day(l.period_end!) - from + 1)) / days);
      }
      const credits = await t.ctx.db
        .selectFrom('invoices')
        .select(['id', 'net_cents', 'status', 'reason', 'corrects_invoice_id'])
        .where('contract_id', '=', contractId)
        .where('kind', '=', 'credit-note')
        .execute();
      return { billed, credits, credited: credits.reduce((sum, c) => sum + Number(c.net_cents), 0) };
    };

    it('a termination racing the billing run (20 rounds): nothing billed net of credit notes for a day after the effective date', async () => {
      const body = {
        ground: 'financial-situation',
        reason: 'Cessation des paiements',
        effectiveOn: '2027-09-10',
        clientFault: false,
        refund: { choice: 'credit-note', reason: 'loyers payés d’avance' },
      };
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
      let billedFirst = 0;
      await moveClock('2027-08-25T09:00:00Z');
      for (let round = 0; round < 20; round++) {
        const id = await rental('2027-09-01');
        let terminating: ReturnType<typeof terminate> | undefined;
        // One round in four, the termination starts while the billing batch holds its transaction
        // (it must wait for the batch, then see its invoice); otherwise a free race, each side in
        // turn given a head start of 0–6 ms.
        const forced = round % 4 === 3;
        const lag = (round % 4) * 2;
        const run = runRentBilling(t.ctx, {
          orgId: t.orgId,
          period: '2027-09',
          issueDate: '2027-08-25',
          actorId: 'test',
          ...(forced ? { beforeCommit: () => void (terminating ??= terminate(id, body)) } : {}),
        });
        if (!forced)
          terminating = (async () => {
            if (round % 2 === 0) await pause(lag);
            return terminate(id, body);
          })();
        const [report, answer] = await Promise.all([run, run.then(() => terminating!)]);
        expect(report.status).toBe('done');
        expect(answer.statusCode, answer.body).toBe(201);
        // What the run did not bill (the termination came first) is billed now, up to 9 September.
        await bill('2027-09', '2027-08-25');
        const sept = (await rentInvoices(id)).filter((i) => i.period_start === '2027-09-01');
        expect(sept).toHaveLength(1);
        const { billed, credits, credited } = await billedFrom(id, '2027-09-10');
        expect(billed - credited, `round ${round}`).toBe(0);
        const termination = answer.json().termination;
        if (sept[0]!.period_end === '2027-09-30') {
          // The run committed first: 10–30 September (38.00 € × 21/30 = 26.60 €) credited by the termination.
          billedFirst++;
          expect(billed).toBe(2660);
          expect(credits).toEqual([
            expect.objectContaining({ status: 'draft', net_cents: 2660, corrects_invoice_id: sept[0]!.id }),
          ]);
          expect(termination).toMatchObject({
            refundCents: 2660,
            refundItems: [expect.objectContaining({ invoiceId: sept[0]!.id, creditNoteId: credits[0]!.id })],
          });
        } else {
          // The termination committed first: the run billed 1–9 September only, nothing to credit.
          expect(sept[0]!.period_end).toBe('2027-09-09');
          expect(credits).toEqual([]);
          expect(termination).toMatchObject({ refundCents: 0, refundItems: [] });
        }
      }
      // The forced rounds at least had the run commit first; the others went either way.
      expect(billedFirst).toBeGreaterThanOrEqual(5);
    });

    it('not the client’s fault: the rent paid beyond the effective date is listed and refunded by credit note, the choice and its reason recorded', async () => {
      await moveClock('2027-08-26T09:00:00Z');
      const id = await rental('2027-09-01');
      await bill('2027-09', '2027-08-26');
      const sept = (await rentInvoices(id)).find((i) => i.period_start === '2027-09-01')!;
      expect(sept).toMatchObject({ period_end: '2027-09-30', net_cents: 3800 });
      await moveClock('2027-08-27T09:00:00Z');
      const res = await terminate(id, {
        ground: 'financial-situation',
        reason: 'Liquidation judiciaire',
        effectiveOn: '2027-09-16',
        clientFault: false,
        refund: { choice: 'credit-note', reason: 'résiliation non imputable au client' },
      });
      expect(res.statusCode, res.body).toBe(201);
      // 16–30 September not executed: 38.00 € × 15/30 = 19.00 €, all of it refunded.
      const expected = {
        clientFault: false,
        refundChoice: 'credit-note',
        refundReason: 'résiliation non imputable au client',
        refundCents: 1900,
        refundItems: [
          expect.objectContaining({
            invoiceId: sept.id,
            periodStart: '2027-09-01',
            periodEnd: '2027-09-30',
            daysNotExecuted: 15,
            netCents: 1900,
          }),
        ],
      };
      expect(res.json().termination).toMatchObject(expected);
      // The contract page shows the same, and the letter says it.
      expect((await lifecycle(id)).termination).toMatchObject(expected);
      const letter = await t.as(accounting, { method: 'GET', url: `/api/contracts/${id}/termination/pdf` });
      // Lines wrap anywhere: read the letter as one line.
      const text = (await pdfText(letter.rawPayload)).text.replace(/\n/g, ' ');
      expect(text).toContain('remboursées par avoir');
      expect(text).toContain('19,00');
      expect(text).toContain('résiliation non imputable au client');

      // The credit note exists, drafted in the termination's transaction: 19.00 € HT on the
      // September invoice, citing the termination; the letter names it by that invoice.
      const creditNoteId = res.json().termination.refundItems[0].creditNoteId as string;
      const cn = await t.as(accounting, { method: 'GET', url: `/api/invoices/${creditNoteId}` });
      expect(cn.statusCode, cn.body).toBe(200);
      const contractNumber = (
        await t.ctx.db.selectFrom('contracts').select('number').where('id', '=', id).executeTakeFirstOrThrow()
      ).number;
      expect(cn.json().invoice).toMatchObject({
        kind: 'credit-note',
        status: 'draft',
        correctsInvoiceId: sept.id,
        netCents: 1900,
        reason: expect.stringContaining(
          `Résiliation du contrat n° ${contractNumber} à compter du 16 septembre 2027 (art. 15.2)`,
        ),
      });
      expect(cn.json().invoice.lines).toEqual([
        expect.objectContaining({
          label: expect.stringContaining('non exécuté du 16 septembre 2027 au 30 septembre 2027 (15 j)'),
        }),
      ]);
      expect(text).toContain(`Avoir de 19,00 € HT établi sur la facture n° ${sept.number}`);
      // Accounting issues it like any credit note: the September invoice is left with 19.00 € HT billed.
      const issued = await t.as(accounting, { method: 'POST', url: `/api/invoices/${creditNoteId}/issue` });
      expect(issued.statusCode, issued.body).toBe(200);
      expect(issued.json().invoice).toMatchObject({ status: 'issued', number: expect.any(String) });
      expect(await billedFrom(id, '2027-09-16')).toMatchObject({ billed: 1900, credited: 1900 });
    });

    it('a credit note that cannot be drafted (it would exceed what remains of the invoice) leaves no termination half-written', async () => {
      await moveClock('2027-08-26T09:00:00Z');
      const id = await rental('2027-09-01');
      await bill('2027-09', '2027-08-26');
      const sept = (await rentInvoices(id)).find((i) => i.period_start === '2027-09-01')!;
      // The whole September invoice is credited first (a commercial gesture): nothing remains to refund.
      const whole = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${sept.id}/credit-notes`,
        payload: { reason: 'Geste commercial' },
      });
      expect(whole.statusCode, whole.body).toBe(201);
      const wholeId = whole.json().invoice.id as string;
      expect((await t.as(accounting, { method: 'POST', url: `/api/invoices/${wholeId}/issue` })).statusCode).toBe(200);
      const before = await counts(id);
      const credits = async () =>
        (
          await t.ctx.db
            .selectFrom('invoices')
            .select('id')
            .where('contract_id', '=', id)
            .where('kind', '=', 'credit-note')
            .execute()
        ).length;
      const creditsBefore = await credits();
      await moveClock('2027-08-27T09:00:00Z');
      const res = await terminate(id, {
        ground: 'financial-situation',
        reason: 'Liquidation judiciaire',
        effectiveOn: '2027-09-16',
        clientFault: false,
        refund: { choice: 'credit-note', reason: 'résiliation non imputable au client' },
      });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('invoice.credit_exceeds');
      // Still active, no termination, no decision, no draft credit note, no letter.
      expect(await counts(id)).toEqual(before);
      expect(await credits()).toBe(creditsBefore);
      expect((await lifecycle(id)).termination).toBeNull();
    });
  });
}
