/**
 * Warranty claims (art. 11.2), returns (RMA, art. 12), the claims register (art. 11.3), disputes
 * (21), non-solicitation (18) and confidentiality (13) on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { formedContract, issueInvoice } from '../helpers/invoices.ts';
import { type Catalogue, seedCatalogue } from '../helpers/quotes.ts';

for (const dialect of DIALECTS) {
  describe(`claims, returns, disputes [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let accounting: Session;
    let userA: Session;
    let userB: Session;
    let clientA: string;
    let clientB: string;
    let cat: Catalogue;
    let contractId: string;
    let saleLine: string;
    let invoiceId: string;

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      clientB = await t.createClient('Autre Client SA');
      [admin, sales, adv, accounting] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('accounting'),
      ]);
      userA = await t.signIn('client', { clientId: clientA });
      userB = await t.signIn('client', { clientId: clientB });
      cat = await seedCatalogue(t, admin);
      const formed = await formedContract(t, { sales, adv, clientUser: userA }, clientA, cat);
      contractId = formed.contractId;
      const invoice = await issueInvoice(t, accounting, formed.orderDraftId!);
      invoiceId = invoice.id;
      const c = await t.as(adv, { method: 'GET', url: `/api/contracts/${contractId}` });
      saleLine = c.json().contract.lines.find((l: { kind: string }) => l.kind === 'sale').id;
    });
    afterAll(() => t.cleanup());

    it('a warranty claim filed in the portal, refused for negligence with its letter; the client sees the reason', async () => {
      const other = await t.as(userB, {
        method: 'POST',
        url: '/api/warranty-claims',
        payload: { contractId, contractLineId: saleLine, description: 'Ne démarre plus' },
      });
      expect(other.statusCode).toBe(404);
      const badLine = await t.as(userA, {
        method: 'POST',
        url: '/api/warranty-claims',
        payload: { contractId, contractLineId: 'nope', description: 'Ne démarre plus' },
      });
      expect(badLine.statusCode).toBe(400);
      expect(badLine.json().errors[0].path).toBe('contractLineId');
      expect(await t.ctx.db.selectFrom('warranty_claims').selectAll().execute()).toEqual([]);

      const filed = await t.as(userA, {
        method: 'POST',
        url: '/api/warranty-claims',
        payload: { contractId, contractLineId: saleLine, description: 'Ne démarre plus' },
      });
      expect(filed.statusCode, filed.body).toBe(201);
      const claim = filed.json();
      // Firewall: 12 months of manufacturer's warranty from the effective date (no serial: a serial
      // must name a delivered unit of the register, see module-wiring.test.ts).
      expect(claim).toMatchObject({ status: 'pending', serial: null, withinWarranty: true });
      expect(claim.warrantyEndsOn).toMatch(/^2027-/);
      expect((await t.as(userB, { method: 'GET', url: `/api/warranty-claims/${claim.id}` })).statusCode).toBe(404);
      expect((await t.as(userB, { method: 'GET', url: '/api/warranty-claims' })).json().items).toEqual([]);

      const noReason = await t.as(adv, {
        method: 'POST',
        url: `/api/warranty-claims/${claim.id}/decision`,
        payload: { outcome: 'refused', signatoryName: 'Paul Durand' },
      });
      expect(noReason.statusCode).toBe(400);
      expect(JSON.stringify(noReason.json().errors)).toContain('exclusion');

      const refused = await t.as(adv, {
        method: 'POST',
        url: `/api/warranty-claims/${claim.id}/decision`,
        payload: { outcome: 'refused', exclusion: 'storage-negligence', signatoryName: 'Paul Durand' },
      });
      expect(refused.statusCode, refused.body).toBe(200);
      expect(refused.json().decision).toMatchObject({
        rule: 'warranty.claim',
        outcome: 'refused',
        citation: { article: '11.2' },
      });
      const seen = await t.as(userA, { method: 'GET', url: `/api/warranty-claims/${claim.id}` });
      expect(seen.json()).toMatchObject({ status: 'refused', exclusion: 'storage-negligence' });
      const pdf = await t.as(userA, { method: 'GET', url: `/api/warranty-claims/${claim.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const twice = await t.as(adv, {
        method: 'POST',
        url: `/api/warranty-claims/${claim.id}/decision`,
        payload: { outcome: 'accepted', signatoryName: 'Paul Durand' },
      });
      expect(twice.statusCode).toBe(409);
    });

    it('a return: agreed, received, inspected; the credit note only after an inspection in perfect state', async () => {
      const req = await t.as(userA, {
        method: 'POST',
        url: '/api/returns',
        payload: { contractId, contractLineId: saleLine, reason: 'Commande en double' },
      });
      expect(req.statusCode, req.body).toBe(201);
      const rma = req.json();
      expect(rma.status).toBe('requested');
      const credit = () => t.as(accounting, { method: 'POST', url: `/api/returns/${rma.id}/credit-note` });
      // Before the agreement, before the receipt, before the inspection: no credit note.
      expect((await credit()).json().code).toBe('claims.not_inspected');
      const agreed = await t.as(adv, {
        method: 'POST',
        url: `/api/returns/${rma.id}/decision`,
        payload: { outcome: 'agreed' },
      });
      expect(agreed.statusCode, agreed.body).toBe(200);
      expect(agreed.json().return).toMatchObject({ status: 'agreed', transportPaidBy: 'client' });
      expect((await credit()).statusCode).toBe(409);
      const received = await t.as(adv, {
        method: 'POST',
        url: `/api/returns/${rma.id}/receipt`,
        payload: { receivedOn: '2026-03-02' },
      });
      expect(received.statusCode, received.body).toBe(200);
      const early = await credit();
      expect(early.statusCode).toBe(409);
      expect(early.json()).toMatchObject({ code: 'claims.not_inspected', currentStatus: 'received' });
      const credits = async () =>
        (
          await t.ctx.db
            .selectFrom('invoices')
            .select('id')
            .where('kind', '=', 'credit-note')
            .where('corrects_invoice_id', '=', invoiceId)
            .execute()
        ).length;
      expect(await credits()).toBe(0);
      const inspected = await t.as(adv, {
        method: 'POST',
        url: `/api/returns/${rma.id}/inspection`,
        payload: { state: 'perfect' },
      });
      expect(inspected.statusCode, inspected.body).toBe(200);
      // Three concurrent credits of the same return: one credit note, the others refused with no draft left.
      const attempts = await Promise.all([credit(), credit(), credit()]);
      const done = attempts.find((r) => r.statusCode === 201)!;
      expect(done, attempts.map((r) => r.body).join('\n')).toBeDefined();
      expect(attempts.filter((r) => r.statusCode === 201)).toHaveLength(1);
      for (const r of attempts.filter((a) => a !== done)) expect(r.statusCode, r.body).toBe(409);
      expect(done.json()).toMatchObject({ status: 'credited' });
      expect(await credits()).toBe(1);
      const cn = await t.as(accounting, { method: 'GET', url: `/api/invoices/${done.json().creditNoteId}` });
      expect(cn.statusCode).toBe(200);
      expect((await credit()).statusCode).toBe(409);

      // A damaged unit gives no credit note.
      const second = (
        await t.as(adv, {
          method: 'POST',
          url: '/api/returns',
          payload: { contractId, contractLineId: saleLine, reason: 'Erreur' },
        })
      ).json();
      await t.as(adv, { method: 'POST', url: `/api/returns/${second.id}/decision`, payload: { outcome: 'agreed' } });
      await t.as(adv, {
        method: 'POST',
        url: `/api/returns/${second.id}/receipt`,
        payload: { receivedOn: '2026-03-02' },
      });
      await t.as(adv, { method: 'POST', url: `/api/returns/${second.id}/inspection`, payload: { state: 'damaged' } });
      const refusedCredit = await t.as(accounting, { method: 'POST', url: `/api/returns/${second.id}/credit-note` });
      expect(refusedCredit.statusCode).toBe(409);
      expect(await credits()).toBe(1);
    });

    it('a contestation one year and one day after the failure is out of time; the cap is what was paid', async () => {
      const body = {
        contractId,
        description: 'Panne du pare-feu',
        form: 'registered-letter',
        claimedCents: 500000,
        indirectDamagesCents: 200000,
      };
      const late = await t.as(accounting, {
        method: 'POST',
        url: '/api/contestations',
        payload: { ...body, failureDate: '2025-03-01', receivedOn: '2026-03-02' },
      });
      expect(late.statusCode, late.body).toBe(201);
      expect(late.json().contestation).toMatchObject({ outcome: 'out-of-time', deadline: '2026-03-01' });
      const inTime = await t.as(accounting, {
        method: 'POST',
        url: '/api/contestations',
        payload: { ...body, failureDate: '2025-03-02', receivedOn: '2026-03-02' },
      });
      expect(inTime.json().contestation).toMatchObject({
        outcome: 'in-time',
        paidUnderContractCents: 0,
        capCents: 0,
        indirectDamagesExcluded: true,
      });
      expect(inTime.json().decisions.liabilityCap).toMatchObject({ rule: 'liability.cap', outcome: 'capped' });
      const email = await t.as(accounting, {
        method: 'POST',
        url: '/api/contestations',
        payload: { ...body, form: 'email', failureDate: '2026-02-01', receivedOn: '2026-03-01' },
      });
      expect(email.json().contestation.outcome).toBe('invalid-form');
      const bad = await t.as(accounting, {
        method: 'POST',
        url: '/api/contestations',
        payload: { ...body, failureDate: '2026-03-01', receivedOn: '2026-02-01' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('failureDate');
      const list = await t.as(accounting, { method: 'GET', url: `/api/contestations?contractId=${contractId}` });
      expect(list.json().items).toHaveLength(3);
    });

    it('disputes, non-solicitation and confidentiality on the client record', async () => {
      const d = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${clientA}/disputes`,
        payload: { subject: 'Facturation contestée', notifiedOn: '2026-03-02', contractId },
      });
      expect(d.statusCode, d.body).toBe(201);
      expect(d.json()).toMatchObject({ courtFrom: '2026-04-02', decision: { outcome: 'amicable' } });
      const wrong = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${clientB}/disputes`,
        payload: { subject: 'x', notifiedOn: '2026-03-02', contractId },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors[0].path).toBe('contractId');

      const c = await t.as(adv, {
        method: 'POST',
        url: `/api/clients/${clientA}/confidential-items`,
        payload: { what: 'Plan d’adressage IP', disclosedBy: 'client', disclosedOn: '2026-03-02', contractId },
      });
      expect(c.statusCode, c.body).toBe(201);
      expect(c.json()).toMatchObject({ protectedUntil: '2031-03-02' });
      const perContract = await t.as(adv, { method: 'GET', url: `/api/contracts/${contractId}/confidential-items` });
      expect(perContract.json().items).toHaveLength(1);

      // The contract runs: the ban runs with it; a hiring now owes 12 months of salary.
      const h = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${clientA}/solicitation-hirings`,
        payload: { employeeName: 'Jean Morel', hiredOn: '2026-03-02', monthlyGrossSalaryCents: 350000 },
      });
      expect(h.statusCode, h.body).toBe(201);
      expect(h.json().hiring).toMatchObject({ withinPeriod: true, indemnityCents: 4200000 });

      // Once the last contract ends, the ban runs 12 months more.
      const end = await t.as(adv, {
        method: 'POST',
        url: `/api/contracts/${contractId}/end`,
        payload: { reason: 'Prestations achevées', effectiveOn: '2026-03-02' },
      });
      expect(end.statusCode, end.body).toBe(201);
      const o = await t.as(sales, { method: 'GET', url: `/api/clients/${clientA}/obligations` });
      expect(o.statusCode, o.body).toBe(200);
      expect(o.json().nonSolicitation).toMatchObject({
        contractEndedOn: '2026-03-02',
        decision: { until: '2027-03-02', outcome: 'in-force' },
      });
      expect(o.json().disputes).toHaveLength(1);
      expect(o.json().confidentialItems).toHaveLength(1);
      const after = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${clientA}/solicitation-hirings`,
        payload: { employeeName: 'Luc Morel', hiredOn: '2027-03-03', monthlyGrossSalaryCents: 300000 },
      });
      expect(after.json().hiring).toMatchObject({ withinPeriod: false, indemnityCents: 0 });
    });
  });
}
