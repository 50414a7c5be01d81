/**
 * Monthly rent billing on both engines (CGV art. 10.1; LEGAL.md §6.2): rents invoiced in
 * advance, one invoice per contract and month, the first and the last month prorated by days,
 * contracts financed by a lessor skipped, reruns and the daily sweep idempotent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { runRentBilling } from '../../src/modules/billing/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { SWEEP_STEPS } from '../../src/sweep/registry.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { deliverRentals, formedContract } from '../helpers/invoices.ts';
import {
  acceptInPortal,
  type Catalogue,
  issuedQuote,
  pdfUpload,
  seedCatalogue,
  threeLines,
} from '../helpers/quotes.ts';

interface Run {
  id: string;
  status: string;
  [k: string]: unknown;
}

for (const dialect of DIALECTS) {
  describe(`rent billing [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let userA: Session;
    let clientA: string;
    let cat: Catalogue;
    /** 4 access points rented 36 months from 20 November 2026 (plus a sale and a service). */
    let monthly: string;
    /** 1 firewall rented 12 months from 1 November 2026, 5 % discount. */
    let discounted: string;
    /** Financed by a lessor: the lessor invoices the rent. */
    let financed: string;

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

    /** Starts a run as accounting and waits for its end. */
    const billPeriod = async (period: string): Promise<Run> => {
      const res = await t.as(accounting, { method: 'POST', url: '/api/billing-runs', payload: { period } });
      expect(res.statusCode, res.body).toBe(202);
      const started = res.json().run as Run;
      expect(started).toMatchObject({ period, status: 'running' });
      let run = started;
      await expect
        .poll(async () => {
          run = (await t.as(accounting, { method: 'GET', url: `/api/billing-runs/${started.id}` })).json().run;
          return run.status;
        })
        .not.toBe('running');
      return run;
    };

    const rentInvoices = async (contractId: string) => {
      const rows = await t.ctx.db
        .selectFrom('invoices')
        .selectAll()
        .where('contract_id', '=', contractId)
        .where('origin', '=', 'rent')
        .orderBy('number')
        .execute();
      return Promise.all(
        rows.map(async (r) => ({
          ...r,
          lines: await t.ctx.db
            .selectFrom('invoice_lines')
            .selectAll()
            .where('invoice_id', '=', r.id)
            .orderBy('position')
            .execute(),
        })),
      );
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      await moveClock('2026-03-02T09:00:00Z');
      cat = await seedCatalogue(t, admin);
      const s = { sales, adv, clientUser: userA };
      monthly = (await formedContract(t, s, clientA, cat, { rental: true, contract: { effectiveDate: '2026-11-20' } }))
        .contractId;
      discounted = (
        await formedContract(t, s, clientA, cat, {
          rental: true,
          lines: [
            { kind: 'rental', catalogueItemId: cat.firewall, quantity: 1, rentalMonths: 12, discountPercent: '5' },
          ],
          contract: { effectiveDate: '2026-11-01' },
        })
      ).contractId;
      // No rental: never billed by the run.
      await formedContract(t, s, clientA, cat, { contract: { effectiveDate: '2026-11-01' } });

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
      const q = await issuedQuote(t, sales, clientA, threeLines(cat, { rental: true }), {
        lessorId: lessor.json().lessor.id,
      });
      expect((await acceptInPortal(t, userA, q.id)).statusCode).toBe(200);
      for (const review of [
        { party: 'alleo', outcome: 'approved' },
        { party: 'lessor', outcome: 'approved', document: pdfUpload('accord-locam.pdf', 'accord') },
      ]) {
        const r = await t.as(adv, { method: 'POST', url: `/api/quotes/${q.id}/rental-file/reviews`, payload: review });
        expect(r.statusCode, r.body).toBe(201);
      }
      const formed = await t.as(adv, {
        method: 'POST',
        url: '/api/contracts',
        payload: { quoteId: q.id, effectiveDate: '2026-11-01' },
      });
      expect(formed.statusCode, formed.body).toBe(201);
      financed = formed.json().contract.id;
    });
    afterAll(() => t.cleanup());

    it('bills the first month in advance, prorated by days, to the cent; skips the financed contract', async () => {
      await moveClock('2026-11-20T09:00:00Z');
      const run = await billPeriod('2026-11');
      expect(run).toMatchObject({
        status: 'done',
        issueDate: '2026-11-20',
        contractsTotal: 3,
        contractsSeen: 3,
        invoicesCreated: 2,
        skippedLessor: 1,
        alreadyBilled: 0,
        firstNumber: 'F-2026-0000001',
        lastNumber: 'F-2026-0000002',
        error: null,
      });

      const [first] = await rentInvoices(monthly);
      expect(first).toMatchObject({
        status: 'issued',
        kind: 'invoice',
        origin: 'rent',
        billing_key: `rent:${monthly}:2026-11`,
        issue_date: '2026-11-20',
        due_date: '2026-12-20',
        period_start: '2026-11-20',
        period_end: '2026-11-30',
        nature: 'services',
        document_sha256: null,
      });
      expect(first!.number).toMatch(/^F-2026-000000[12]$/);
      // 20 to 30 November: 11/30 of 31.00 € = 11.37 € (11.3667 rounded half up), × 4 units.
      expect(first!.lines).toEqual([
        expect.objectContaining({
          kind: 'rental',
          label:
            "Loyer novembre 2026 (du 20 au 30 novembre, 11/30 jours d'un loyer mensuel de 31,00 € HT) : Borne wifi FortiAP 231F",
          quantity: '4',
          unit_price_cents: 1137,
          discount_percent: null,
          vat_rate: '20',
          net_cents: 4548,
          period_start: '2026-11-20',
          period_end: '2026-11-30',
        }),
      ]);
      expect(first).toMatchObject({ net_cents: 4548, vat_cents: 910, gross_cents: 5458 });
      expect(JSON.parse(first!.vat_breakdown_json)).toEqual([{ ratePercent: '20', taxableCents: 4548, vatCents: 910 }]);

      // A whole month: 38.00 € − 5 % = 36.10 €.
      const [d] = await rentInvoices(discounted);
      expect(d!.lines).toEqual([
        expect.objectContaining({
          label: 'Loyer novembre 2026 : Pare-feu FortiGate 40F',
          quantity: '1',
          unit_price_cents: 3800,
          discount_percent: '5',
          net_cents: 3610,
        }),
      ]);
      expect(d).toMatchObject({
        net_cents: 3610,
        vat_cents: 722,
        gross_cents: 4332,
        period_start: '2026-11-01',
        period_end: '2026-11-30',
      });

      expect(await rentInvoices(financed)).toEqual([]);
      // Each issue is in the evidence log, chained.
      const issued = await t.ctx.db
        .selectFrom('evidence_entries')
        .select(['object_id', 'kind', 'decision_json', 'contract_id'])
        .where('object_type', '=', 'invoice')
        .execute();
      expect(issued).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ object_id: first!.id, kind: 'document.issued', contract_id: monthly }),
        ]),
      );
      expect(JSON.parse(issued.find((e) => e.object_id === first!.id)!.decision_json!)).toMatchObject({
        number: first!.number,
        dueDate: '2026-12-20',
        grossCents: 5458,
      });
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });

    it('the API shows the rent invoice, and its PDF is rendered on first use', async () => {
      const [first] = await rentInvoices(monthly);
      const detail = await t.as(userA, { method: 'GET', url: `/api/invoices/${first!.id}` });
      expect(detail.statusCode, detail.body).toBe(200);
      expect(detail.json().invoice).toMatchObject({
        origin: 'rent',
        number: first!.number,
        periodStart: '2026-11-20',
        periodEnd: '2026-11-30',
        grossCents: 5458,
        paymentState: 'not-due',
      });
      const pdf = await t.as(userA, { method: 'GET', url: `/api/invoices/${first!.id}/pdf` });
      expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const again = await t.as(userA, { method: 'GET', url: `/api/invoices/${first!.id}/pdf` });
      expect(Buffer.compare(again.rawPayload, pdf.rawPayload)).toBe(0);
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });

    it('rerunning the period creates nothing', async () => {
      await moveClock('2026-11-20T10:00:00Z');
      const before = await t.ctx.db.selectFrom('invoices').select(['id', 'number']).orderBy('id').execute();
      const run = await billPeriod('2026-11');
      expect(run).toMatchObject({
        status: 'done',
        contractsTotal: 3,
        invoicesCreated: 0,
        alreadyBilled: 2,
        skippedLessor: 1,
        firstNumber: null,
      });
      expect(await t.ctx.db.selectFrom('invoices').select(['id', 'number']).orderBy('id').execute()).toEqual(before);
      const seq = await t.ctx.db
        .selectFrom('document_sequences')
        .select('last_value')
        .where('series', '=', 'F')
        .where('year', '=', 2026)
        .executeTakeFirstOrThrow();
      expect(Number(seq.last_value)).toBe(2);
      const list = await t.as(accounting, { method: 'GET', url: '/api/billing-runs?period=2026-11' });
      expect(list.json().items.map((r: Run) => [r.status, r.invoicesCreated])).toEqual([
        ['done', 0],
        ['done', 2],
      ]);
    });

    it('the daily sweep bills the month it runs in, once', async () => {
      await moveClock('2026-12-01T01:00:00Z');
      const report = await runSweep(t.ctx, t.handle, {
        asOf: '2026-12-01',
        steps: SWEEP_STEPS.filter((s) => s.id === 'billing.rent'),
      });
      expect(report.steps[0]).toMatchObject({ step: 'billing.rent', status: 'ran', examined: 3, acted: 2 });
      const dec = (await rentInvoices(monthly))[1]!;
      expect(dec).toMatchObject({
        issue_date: '2026-12-01',
        period_start: '2026-12-01',
        period_end: '2026-12-31',
        net_cents: 12400,
        vat_cents: 2480,
        gross_cents: 14880,
        created_by: 'system:sweep',
      });
      expect(dec.lines[0]).toMatchObject({
        label: 'Loyer décembre 2026 : Borne wifi FortiAP 231F',
        unit_price_cents: 3100,
        quantity: '4',
      });
      const next = await runSweep(t.ctx, t.handle, {
        asOf: '2026-12-02',
        steps: SWEEP_STEPS.filter((s) => s.id === 'billing.rent'),
      });
      expect(next.steps[0]).toMatchObject({ status: 'ran', acted: 0 });
      expect((await rentInvoices(monthly)).length).toBe(2);
      expect((await rentInvoices(discounted)).length).toBe(2);
      expect(
        await t.ctx.db.selectFrom('billing_runs').select('id').where('period', '=', '2026-12').execute(),
      ).toHaveLength(1);
    });

    it('the last month is prorated up to the rental end; after it nothing is billed', async () => {
      await moveClock('2027-10-05T09:00:00Z');
      expect(await billPeriod('2027-10')).toMatchObject({ invoicesCreated: 2, firstNumber: 'F-2027-0000001' });
      const last = (await rentInvoices(discounted)).at(-1)!;
      expect(last).toMatchObject({ period_start: '2027-10-01', period_end: '2027-10-31', net_cents: 3610 });
      await moveClock('2027-11-05T09:00:00Z');
      expect(await billPeriod('2027-11')).toMatchObject({ contractsTotal: 2, invoicesCreated: 1 });
      expect((await rentInvoices(discounted)).length).toBe(3);

      await moveClock('2029-11-02T09:00:00Z');
      expect(await billPeriod('2029-11')).toMatchObject({ invoicesCreated: 1, firstNumber: 'F-2029-0000001' });
      const end = (await rentInvoices(monthly)).at(-1)!;
      // 1 to 19 November 2029 (the rental ends on 19 November): 19/30 of 31.00 € = 19.63 €.
      expect(end).toMatchObject({ period_start: '2029-11-01', period_end: '2029-11-19', net_cents: 4 * 1963 });
      expect(end.lines[0]!.label).toContain('(du 1er au 19 novembre, 19/30 jours');
      await moveClock('2029-12-02T09:00:00Z');
      expect(await billPeriod('2029-12')).toMatchObject({ contractsTotal: 0, invoicesCreated: 0 });
    });

    it('who may bill, and what is refused', async () => {
      await moveClock('2029-12-02T09:00:00Z');
      expect(
        (await t.as(sales, { method: 'POST', url: '/api/billing-runs', payload: { period: '2029-12' } })).statusCode,
      ).toBe(403);
      expect((await t.as(userA, { method: 'GET', url: '/api/billing-runs' })).statusCode).toBe(403);
      const bad = await t.as(accounting, { method: 'POST', url: '/api/billing-runs', payload: { period: '2029-13' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('period');
      const early = await t.as(admin, { method: 'POST', url: '/api/billing-runs', payload: { period: '2030-02' } });
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('billing.period_not_open');
      expect((await t.as(accounting, { method: 'GET', url: '/api/billing-runs/nope' })).statusCode).toBe(404);
    });

    it('an issue date before that of the last invoice is refused (chronological numbers); the run is recorded as failed', async () => {
      const before = await t.ctx.db.selectFrom('invoices').select(['id', 'number']).orderBy('id').execute();
      // October 2029 was never billed for the first contract; F-2029-0000001 is dated 2 November 2029.
      await expect(
        runRentBilling(t.ctx, { orgId: t.orgId, period: '2029-10', issueDate: '2029-10-15', actorId: 'test' }),
      ).rejects.toMatchObject({ code: 'invoice.issue_date_out_of_order' });
      expect(await t.ctx.db.selectFrom('invoices').select(['id', 'number']).orderBy('id').execute()).toEqual(before);
      const [run] = await t.ctx.db.selectFrom('billing_runs').selectAll().where('period', '=', '2029-10').execute();
      expect(run).toMatchObject({
        status: 'failed',
        invoices_created: 0,
        error: expect.stringContaining('F-2029-0000001 is dated 2029-11-02'),
      });
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });

    it('the sweep catches up the previous month: a contract effective in January acknowledged in February is billed for both', async () => {
      await moveClock('2030-01-30T09:00:00Z');
      const q = await issuedQuote(t, sales, clientA, [
        { kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 2, rentalMonths: 24 },
      ]);
      expect((await acceptInPortal(t, userA, q.id)).statusCode).toBe(200);
      await moveClock('2030-02-03T01:00:00Z');
      expect(
        (
          await t.as(adv, {
            method: 'POST',
            url: `/api/quotes/${q.id}/rental-file/reviews`,
            payload: { party: 'alleo', outcome: 'approved' },
          })
        ).statusCode,
      ).toBe(201);
      // The rent runs from the contract's stated start once its units are delivered (art. 4.2.1, 15.1).
      const formed = await t.as(adv, {
        method: 'POST',
        url: '/api/contracts',
        payload: { quoteId: q.id, rentalPeriodStart: 'contract-start' },
      });
      expect(formed.statusCode, formed.body).toBe(201);
      const late = formed.json().contract.id;
      await deliverRentals(t, adv, late);
      expect(formed.json().contract.effectiveDate).toBe('2030-01-30');
      const report = await runSweep(t.ctx, t.handle, {
        asOf: '2030-02-03',
        steps: SWEEP_STEPS.filter((s) => s.id === 'billing.rent'),
      });
      expect(report.steps[0]).toMatchObject({ step: 'billing.rent', status: 'ran', acted: 2 });
      const invoices = await rentInvoices(late);
      expect(invoices.map((i) => [i.period_start, i.period_end, i.issue_date])).toEqual([
        ['2030-01-30', '2030-01-31', '2030-02-03'],
        ['2030-02-01', '2030-02-28', '2030-02-03'],
      ]);
      // January: 2/31 of a 31.00 € rent = 2.00 €, × 2 units; the January number comes first.
      expect(invoices[0]).toMatchObject({ net_cents: 400 });
      expect(invoices[0]!.number! < invoices[1]!.number!).toBe(true);
      const again = await runSweep(t.ctx, t.handle, {
        asOf: '2030-02-04',
        steps: SWEEP_STEPS.filter((s) => s.id === 'billing.rent'),
      });
      expect(again.steps[0]).toMatchObject({ status: 'ran', acted: 0 });
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`rent billing: the sweep catches up every unbilled month [${dialect}]`, () => {
    let t: TestApi;
    let sales: Session;
    let adv: Session;
    let userA: Session;
    let clientA: string;
    let cat: Catalogue;
    /** 1 access point rented from 4 January 2027, billed by the sweep every month. */
    let steady: string;
    /** 2 access points: quote accepted 25 January 2027, acknowledged 2 March 2027, effective 25 January. */
    let late: string;

    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [sales, adv, userA] = await Promise.all([
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('client', { clientId: clientA }),
      ]);
    };
    const sweepRent = async (asOf: string) => {
      t.setNow(`${asOf}T01:00:00Z`);
      const report = await runSweep(t.ctx, t.handle, {
        asOf,
        steps: SWEEP_STEPS.filter((s) => s.id === 'billing.rent'),
      });
      return report.steps[0]!;
    };
    const rentInvoices = (contractId: string) =>
      t.ctx.db
        .selectFrom('invoices')
        .select(['number', 'billing_key', 'issue_date', 'period_start', 'period_end', 'net_cents'])
        .where('contract_id', '=', contractId)
        .where('origin', '=', 'rent')
        .orderBy('number')
        .execute();

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      await moveClock('2027-01-04T09:00:00Z');
      cat = await seedCatalogue(t, await t.signIn('admin'));
      steady = (
        await formedContract(t, { sales, adv, clientUser: userA }, clientA, cat, {
          rental: true,
          lines: [{ kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 1, rentalMonths: 12 }],
          contract: { effectiveDate: '2027-01-04' },
        })
      ).contractId;
    });
    afterAll(() => t.cleanup());

    it('a contract effective 25 January acknowledged 2 March has January, February and March billed that day, in order, once', async () => {
      expect(await sweepRent('2027-01-04')).toMatchObject({ status: 'ran', acted: 1 });
      await moveClock('2027-01-25T09:00:00Z');
      const q = await issuedQuote(t, sales, clientA, [
        { kind: 'rental', catalogueItemId: cat.accessPoint, quantity: 2, rentalMonths: 24 },
      ]);
      expect((await acceptInPortal(t, userA, q.id)).statusCode).toBe(200);
      expect(await sweepRent('2027-02-01')).toMatchObject({ status: 'ran', acted: 1 });

      await moveClock('2027-03-02T08:00:00Z');
      expect(
        (
          await t.as(adv, {
            method: 'POST',
            url: `/api/quotes/${q.id}/rental-file/reviews`,
            payload: { party: 'alleo', outcome: 'approved' },
          })
        ).statusCode,
      ).toBe(201);
      const formed = await t.as(adv, {
        method: 'POST',
        url: '/api/contracts',
        payload: { quoteId: q.id, rentalPeriodStart: 'contract-start' },
      });
      expect(formed.statusCode, formed.body).toBe(201);
      late = formed.json().contract.id;
      await deliverRentals(t, adv, late);
      expect(formed.json().contract.effectiveDate).toBe('2027-01-25');

      // January, February and March of the late contract, March of the steady one.
      expect(await sweepRent('2027-03-02')).toMatchObject({ step: 'billing.rent', status: 'ran', acted: 4 });
      const invoices = await rentInvoices(late);
      expect(invoices.map((i) => [i.billing_key, i.period_start, i.period_end, i.issue_date])).toEqual([
        [`rent:${late}:2027-01`, '2027-01-25', '2027-01-31', '2027-03-02'],
        [`rent:${late}:2027-02`, '2027-02-01', '2027-02-28', '2027-03-02'],
        [`rent:${late}:2027-03`, '2027-03-01', '2027-03-31', '2027-03-02'],
      ]);
      // 25 to 31 January: 7/31 of a 31.00 € rent = 7.00 €, × 2 units; then whole months.
      expect(invoices.map((i) => Number(i.net_cents))).toEqual([1400, 6200, 6200]);
      // Numbers follow the months (the invoices are ordered by number above): January, then
      // February, then the two March invoices (in contract id order within the month).
      expect(invoices.slice(0, 2).map((i) => i.number)).toEqual(['F-2027-0000003', 'F-2027-0000004']);
      const steadyInvoices = await rentInvoices(steady);
      expect(steadyInvoices.map((i) => i.billing_key)).toEqual([
        `rent:${steady}:2027-01`,
        `rent:${steady}:2027-02`,
        `rent:${steady}:2027-03`,
      ]);
      expect(steadyInvoices.slice(0, 2).map((i) => i.number)).toEqual(['F-2027-0000001', 'F-2027-0000002']);
      expect([invoices[2]!.number, steadyInvoices[2]!.number].sort()).toEqual(['F-2027-0000005', 'F-2027-0000006']);
      const runs = await t.ctx.db
        .selectFrom('billing_runs')
        .select(['period', 'invoices_created'])
        .where('as_of', '=', '2027-03-02')
        .orderBy('started_at')
        .orderBy('period')
        .execute();
      expect(runs.map((r) => [r.period, Number(r.invoices_created)])).toEqual([
        ['2027-01', 1],
        ['2027-02', 1],
        ['2027-03', 2],
      ]);
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });

    it('a rerun the same day or the next bills nothing', async () => {
      const before = await t.ctx.db.selectFrom('invoices').select(['id', 'number']).orderBy('id').execute();
      await t.ctx.db.deleteFrom('sweep_runs').where('as_of', '=', '2027-03-02').execute();
      expect(await sweepRent('2027-03-02')).toMatchObject({ status: 'ran', acted: 0 });
      expect(await sweepRent('2027-03-03')).toMatchObject({ status: 'ran', acted: 0 });
      expect(await t.ctx.db.selectFrom('invoices').select(['id', 'number']).orderBy('id').execute()).toEqual(before);
      expect(
        await t.ctx.db.selectFrom('billing_runs').select('id').where('as_of', '>', '2027-03-02').execute(),
      ).toEqual([]);
    });
  });
}
