/**
 * Contract formation through the API on both engines (art. 1.2, 3.2–3.4, 8, 14, 15.1, 19): the
 * acknowledgement, the rental file that blocks it, the terms version of the order date, the
 * client's firm commitment, assignments, licences and their over-usage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import {
  acceptInPortal,
  type Catalogue,
  issuedQuote,
  pdfUpload,
  seedCatalogue,
  threeLines,
} from '../helpers/quotes.ts';

const DAY = '2026-03-02T09:00:00Z';

for (const dialect of DIALECTS) {
  describe(`contracts [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let adv: Session;
    let clientA: string;
    let clientB: string;
    let userA: Session;
    let userB: Session;
    let cat: Catalogue;
    let lessorId: string;
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [admin, sales, adv, userA, userB] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('order-admin'),
        t.signIn('client', { clientId: clientA }),
        t.signIn('client', { clientId: clientB }),
      ]);
    };
    /** A quote issued and accepted in the portal by client A. */
    const acceptedQuote = async (lines: unknown[], extra: Record<string, unknown> = {}) => {
      const q = await issuedQuote(t, sales, clientA, lines, extra);
      const res = await acceptInPortal(t, userA, q.id);
      expect(res.statusCode, res.body).toBe(200);
      return q;
    };
    const acknowledge = (quoteId: string, extra: Record<string, unknown> = {}) =>
      t.as(adv, { method: 'POST', url: '/api/contracts', payload: { quoteId, ...extra } });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      clientB = await t.createClient('Clinique du Parc SA');
      await moveClock(DAY);
      cat = await seedCatalogue(t, admin);
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
      lessorId = lessor.json().lessor.id;
    });
    afterAll(() => t.cleanup());

    it('the acknowledgement forms the contract: number, effective date, terms, lines, PDF as evidence', async () => {
      await moveClock(DAY);
      const q = await acceptedQuote(threeLines(cat, { rental: false }));
      expect(
        (await t.as(sales, { method: 'POST', url: '/api/contracts', payload: { quoteId: q.id } })).statusCode,
      ).toBe(403);
      const res = await acknowledge(q.id);
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json().contract;
      expect(c).toMatchObject({
        number: expect.stringMatching(/^C-2026-\d{5}$/),
        status: 'active',
        clientId: clientA,
        quoteId: q.id,
        quoteNumber: q.number,
        orderDate: '2026-03-02',
        effectiveDate: '2026-03-02',
        termsVersion: 'ALLEO-1',
        quoteTermsVersion: 'ALLEO-1',
        acknowledgementNumber: expect.stringMatching(/^AR-2026-\d{5}$/),
      });
      expect(c.lines).toHaveLength(2);
      expect(c.totals.netCents).toBe(53100 + 142500);
      expect(res.json().evidence).toEqual([
        expect.objectContaining({ kind: 'document.issued', documentSha256: c.acknowledgementSha256 }),
      ]);
      const entry = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('document_sha256', '=', c.acknowledgementSha256)
        .executeTakeFirstOrThrow();
      expect(entry.contract_id).toBe(c.id);
      const pdf = await t.as(userA, { method: 'GET', url: `/api/contracts/${c.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const sent = await t.as(adv, {
        method: 'POST',
        url: `/api/contracts/${c.id}/send`,
        payload: { to: ['achats@morel.example'] },
      });
      expect(sent.statusCode, sent.body).toBe(200);
      // The contract's evidence holds the quote PDF, the client's acceptance, the acknowledgement and its email.
      const linked = await t.ctx.db
        .selectFrom('evidence_entries')
        .select(['kind', 'document_sha256'])
        .where('contract_id', '=', c.id)
        .orderBy('seq')
        .execute();
      expect(linked.map((e) => e.kind)).toEqual([
        'document.issued',
        'contract.document-linked',
        'contract.document-linked',
        'mail.queued',
      ]);
      expect(linked[1]!.document_sha256).toBe(q.pdfSha256);
      const again = await acknowledge(q.id);
      expect(again.json().code).toBe('contract.already_formed');
      const stated = await acknowledge((await acceptedQuote(threeLines(cat, { rental: false }))).id, {
        effectiveDate: '2026-04-01',
      });
      expect(stated.json().contract.effectiveDate).toBe('2026-04-01');
      const draftish = await issuedQuote(t, sales, clientA, threeLines(cat, { rental: false }));
      expect((await acknowledge(draftish.id)).json().code).toBe('quote.not_accepted');
    });

    it('a financed rental waits for the approvals of ALLEO and the lessor (409 naming what is missing)', async () => {
      await moveClock(DAY);
      const q = await acceptedQuote(threeLines(cat), { lessorId });
      const blocked = await acknowledge(q.id);
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json()).toMatchObject({ code: 'contract.rental_file_pending', missing: ['alleo', 'lessor'] });
      const review = (body: Record<string, unknown>) =>
        t.as(adv, { method: 'POST', url: `/api/quotes/${q.id}/rental-file/reviews`, payload: body });
      expect((await review({ party: 'alleo', outcome: 'approved', note: 'Dossier complet' })).json().missing).toEqual([
        'lessor',
      ]);
      const noDoc = await review({ party: 'lessor', outcome: 'approved' });
      expect(noDoc.statusCode).toBe(400);
      expect(noDoc.json().errors[0].path).toBe('document');
      expect(
        (await review({ party: 'lessor', outcome: 'refused', document: pdfUpload('refus-locam.pdf', 'refus') })).json()
          .missing,
      ).toEqual(['lessor']);
      const stillBlocked = await acknowledge(q.id);
      expect(stillBlocked.json()).toMatchObject({ code: 'contract.rental_file_pending', missing: ['lessor'] });
      expect(stillBlocked.json().detail).toContain('financing partner (refused)');
      const approved = await review({
        party: 'lessor',
        outcome: 'approved',
        document: pdfUpload('accord-locam.pdf', 'accord'),
      });
      expect(approved.json()).toMatchObject({
        missing: [],
        alleo: { status: 'approved' },
        lessor: { status: 'approved', documentSha256: expect.any(String) },
      });
      const formed = await acknowledge(q.id);
      expect(formed.statusCode, formed.body).toBe(201);
      const rental = formed.json().contract.lines.find((l: { kind: string }) => l.kind === 'rental');
      expect(rental).toMatchObject({ rentalMonths: 36, rentalEndsOn: '2029-03-01', monthlyRentCents: 3100 });
      expect(formed.json().contract).toMatchObject({ lessorId, totals: { monthlyRentCents: 12400 } });
      const noRental = await issuedQuote(t, sales, clientA, threeLines(cat, { rental: false }));
      expect(
        (
          await t.as(adv, {
            method: 'POST',
            url: `/api/quotes/${noRental.id}/rental-file/reviews`,
            payload: { party: 'alleo', outcome: 'approved' },
          })
        ).json().code,
      ).toBe('rental_file.not_required');
    });

    it('a lessor change keeps what it does not name; null clears the SIREN or the email; a bad one changes nothing', async () => {
      await moveClock(DAY);
      const created = await t.as(adv, {
        method: 'POST',
        url: '/api/lessors',
        payload: {
          name: 'Grenke Location',
          siren: '428616734',
          addressLine: '11 rue de Lisbonne',
          postalCode: '67300',
          city: 'Schiltigheim',
          country: 'FR',
          email: 'contrats@grenke.example',
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().lessor.id;
      const patch = (payload: Record<string, unknown>) =>
        t.as(adv, { method: 'PATCH', url: `/api/lessors/${id}`, payload });
      await t.ctx.db.updateTable('lessors').set({ country: 'BE' }).where('id', '=', id).execute();
      const deactivated = await patch({ active: false });
      expect(deactivated.statusCode, deactivated.body).toBe(200);
      expect(deactivated.json().lessor).toMatchObject({
        active: false,
        country: 'BE',
        siren: '428616734',
        email: 'contrats@grenke.example',
      });
      const cleared = await patch({ siren: null, email: null, active: true });
      expect(cleared.json().lessor).toMatchObject({
        active: true,
        country: 'BE',
        siren: null,
        email: null,
        name: 'Grenke Location',
      });
      const bad = await patch({ siren: '12345', country: 'France' });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['country', 'siren']);
      expect(
        (await t.as(adv, { method: 'GET', url: '/api/lessors' })).json().items.find((l: { id: string }) => l.id === id),
      ).toMatchObject({ siren: null, country: 'BE' });
      expect((await patch({})).statusCode).toBe(400);
    });

    it('the contract is governed by the terms in force on the order date; the acknowledgement says so (art. 1.2)', async () => {
      await moveClock('2026-05-04T09:00:00Z');
      const draft = await t.as(admin, {
        method: 'POST',
        url: '/api/terms',
        payload: { version: 'ALLEO-2', effectiveFrom: '2026-05-10' },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      expect((await t.as(admin, { method: 'POST', url: '/api/terms/ALLEO-2/publish' })).statusCode).toBe(200);
      const q = await issuedQuote(t, sales, clientA, threeLines(cat, { rental: false }));
      expect(q.termsVersion).toBe('ALLEO-1');
      await moveClock('2026-05-12T09:00:00Z');
      expect((await acceptInPortal(t, userA, q.id)).statusCode).toBe(200);
      const c = (await acknowledge(q.id)).json().contract;
      expect(c).toMatchObject({ orderDate: '2026-05-12', termsVersion: 'ALLEO-2', quoteTermsVersion: 'ALLEO-1' });
      const { text } = await pdfText(
        (await t.as(adv, { method: 'GET', url: `/api/contracts/${c.id}/pdf` })).rawPayload,
      );
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(`Contrat n° ${c.number}`);
      expect(flat).toContain('Cette version diffère de la version ALLEO-1 mentionnée sur le devis');
    });

    it('the client cannot cancel or modify the contract: refused with a recorded decision citing 3.3', async () => {
      await moveClock(DAY);
      const q = await acceptedQuote(threeLines(cat, { rental: false }));
      const c = (await acknowledge(q.id)).json().contract;
      const byClient = await t.as(userA, {
        method: 'POST',
        url: `/api/contracts/${c.id}/cancel`,
        payload: { reason: 'Budget gelé' },
      });
      expect(byClient.statusCode).toBe(409);
      expect(byClient.json()).toMatchObject({
        code: 'contract.firm_commitment',
        decision: {
          rule: 'contract.client-change',
          outcome: 'refused',
          citation: { article: '3.3' },
          request: 'cancel',
          requestedBy: 'client',
        },
      });
      const bySales = await t.as(sales, { method: 'POST', url: `/api/contracts/${c.id}/modify` });
      expect(bySales.json()).toMatchObject({
        code: 'contract.firm_commitment',
        decision: { request: 'modify', requestedBy: 'staff-on-behalf-of-client' },
      });
      const decisions = (await t.as(adv, { method: 'GET', url: `/api/contracts/${c.id}` })).json().decisions;
      expect(decisions.map((d: { article: string; outcome: string }) => `${d.article}:${d.outcome}`)).toEqual([
        '3.3:refused',
        '3.3:refused',
      ]);
      expect((await t.as(userB, { method: 'POST', url: `/api/contracts/${c.id}/cancel` })).statusCode).toBe(404);
      expect((await t.as(userB, { method: 'GET', url: `/api/contracts/${c.id}` })).statusCode).toBe(404);
      expect((await t.as(userB, { method: 'GET', url: `/api/contracts/${c.id}/pdf` })).statusCode).toBe(404);
      expect((await t.as(userB, { method: 'GET', url: '/api/contracts' })).json().items).toEqual([]);
      expect((await t.as(userA, { method: 'GET', url: '/api/contracts' })).json().items.length).toBeGreaterThan(0);
    });

    it('assignment: by the client only with written consent; by ALLEO after a notice letter (art. 19.1)', async () => {
      await moveClock(DAY);
      const c = (await acknowledge((await acceptedQuote(threeLines(cat, { rental: false }))).id)).json().contract;
      const assign = (body: Record<string, unknown>) =>
        t.as(adv, { method: 'POST', url: `/api/contracts/${c.id}/assignments`, payload: body });
      const refused = await assign({ by: 'client', assigneeName: 'Morel Logistique SAS' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'contract.assignment_refused',
        decision: { outcome: 'refused', citation: { article: '19.1' } },
      });
      const consented = await assign({
        by: 'client',
        assigneeName: 'Morel Logistique SAS',
        consentDocument: pdfUpload('accord-cession.pdf', 'accord'),
      });
      expect(consented.statusCode, consented.body).toBe(201);
      expect(
        (
          await assign({
            by: 'alleo',
            assigneeName: 'ALLEO Services',
            effectiveOn: '2026-03-02',
            signatoryName: 'Alice Admin',
          })
        ).json().code,
      ).toBe('contract.assignment_refused');
      const notified = await assign({
        by: 'alleo',
        assigneeName: 'ALLEO Services',
        effectiveOn: '2026-04-01',
        signatoryName: 'Alice Admin',
        signatoryTitle: 'Présidente',
      });
      expect(notified.statusCode, notified.body).toBe(201);
      const letter = await t.ctx.db
        .selectFrom('evidence_documents')
        .selectAll()
        .where('sha256', '=', notified.json().documentSha256)
        .executeTakeFirstOrThrow();
      expect(letter.media_type).toBe('application/pdf');
      const detail = (await t.as(adv, { method: 'GET', url: `/api/contracts/${c.id}` })).json();
      expect(detail.contract.assignments.map((a: { by: string }) => a.by)).toEqual(['client', 'alleo']);
      expect(detail.decisions.map((d: { outcome: string }) => d.outcome)).toEqual([
        'refused',
        'allowed',
        'refused',
        'allowed',
      ]);
    });

    it('a virtualized-solution line creates a non-transferable licence; usage above it is flagged (art. 14.4)', async () => {
      await moveClock(DAY);
      const q = await acceptedQuote([
        { kind: 'sale', catalogueItemId: cat.twoFactor, quantity: 2 },
        { kind: 'sale', catalogueItemId: cat.firewall, quantity: 1 },
      ]);
      const c = (await acknowledge(q.id)).json().contract;
      const list = (await t.as(userA, { method: 'GET', url: `/api/licences?contractId=${c.id}` })).json().items;
      expect(list).toEqual([
        expect.objectContaining({
          solution: 'Double authentification FortiToken Cloud (25 utilisateurs)',
          licensedUsers: 50,
          transferable: false,
          termsVersion: 'ALLEO-1',
        }),
      ]);
      const usage = (usersCount: number) =>
        t.as(adv, { method: 'POST', url: `/api/licences/${list[0].id}/usage`, payload: { usersCount } });
      const within = await usage(50);
      expect(within.statusCode, within.body).toBe(201);
      expect(within.json()).toMatchObject({ flagged: false, decision: { outcome: 'within-licence' } });
      const over = await usage(57);
      expect(over.json()).toMatchObject({
        flagged: true,
        decision: { rule: 'licence.usage', outcome: 'over-usage', citation: { article: '14.4' }, excessUsers: 7 },
      });
      const flags = await t.ctx.db.selectFrom('decisions').selectAll().where('object_id', '=', list[0].id).execute();
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({ article: '14.4', outcome: 'over-usage' });
      expect((await t.as(userB, { method: 'GET', url: `/api/licences/${list[0].id}` })).statusCode).toBe(404);
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });
  });
}
