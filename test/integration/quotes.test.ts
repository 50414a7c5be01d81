/**
 * Quotes through the API on both engines (art. 3.1, 9): drafts priced from the catalogue, issue
 * (number, terms version, validity, PDF), immutability, versions, acceptance three ways, expiry by
 * the sweep and its race with an acceptance, idempotent acceptance, client isolation, bad input.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/documents/test-support.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { quoteValidityStep } from '../../src/modules/quotes/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import {
  acceptInPortal,
  type Catalogue,
  createDraft,
  issue,
  issuedQuote,
  pdfUpload,
  seedCatalogue,
  threeLines,
  writeCounts,
} from '../helpers/quotes.ts';

const ISSUE_DAY = '2026-03-02T09:00:00Z'; // Paris 10:00; valid 30 days: until 2026-04-01 inclusive
const LAST_VALID_DAY = '2026-04-01T20:30:00Z'; // 22:30 in Paris, still 1 April
const DAY_AFTER = '2026-04-02T07:00:00Z';

/**
 * The PostgreSQL sweep lock is an advisory lock of the whole database, so a sweep of another
 * test file (another schema) may hold it for a moment: wait for it rather than fail.
 */
async function sweep(t: TestApi, asOf: string, steps?: Parameters<typeof runSweep>[2]['steps']) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await runSweep(t.ctx, t.handle, { asOf, ...(steps ? { steps } : {}) });
    } catch (e) {
      if ((e as { code?: string }).code !== 'sweep.locked' || attempt > 100) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

for (const dialect of DIALECTS) {
  describe(`quotes [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let clientA: string;
    let clientB: string;
    let userA: Session;
    let userB: Session;
    let cat: Catalogue;
    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
      sales = await t.signIn('sales');
      clientA = await t.createClient('Transports Morel SAS');
      clientB = await t.createClient('Clinique du Parc SA');
      userA = await t.signIn('client', { clientId: clientA });
      userB = await t.signIn('client', { clientId: clientB });
      cat = await seedCatalogue(t, admin);
    });
    afterAll(() => t.cleanup());
    /** Sessions last 12 hours: after moving the clock by days, sign everyone in again. */
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      [admin, sales, userA, userB] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('client', { clientId: clientA }),
        t.signIn('client', { clientId: clientB }),
      ]);
    };

    it('prices the three kinds of line from the catalogue, EN 16931 totals; later catalogue changes never alter them (art. 9.1)', async () => {
      await moveClock(ISSUE_DAY);
      const q = await createDraft(t, sales, clientA, threeLines(cat));
      expect(q).toMatchObject({ status: 'draft', number: null, version: 1, termsVersion: null });
      const lines = q.lines as Array<Record<string, unknown>>;
      expect(lines[0]).toMatchObject({
        kind: 'sale',
        sku: 'FG-40F',
        label: 'Pare-feu FortiGate 40F',
        unitPriceCents: 59000,
        discountPercent: '10',
        netCents: 53100,
        vatRatePercent: '20',
      });
      expect(lines[1]).toMatchObject({ kind: 'service', quantity: '1.5', unitPriceCents: 95000, netCents: 142500 });
      expect(lines[2]).toMatchObject({
        kind: 'rental',
        rentCents: 2500,
        maintenanceFeeCents: 600,
        monthlyRentCents: 3100,
        rentalMonths: 36,
        unitPriceCents: 111600,
        netCents: 446400,
      });
      expect(q.totals).toEqual({
        netCents: 642000,
        vatCents: 128400,
        grossCents: 770400,
        monthlyRentCents: 12400,
        vatBreakdown: [{ ratePercent: '20', taxableCents: 642000, vatCents: 128400 }],
      });
      const patched = await t.as(admin, {
        method: 'PATCH',
        url: `/api/catalogue/${cat.firewall}`,
        payload: { indicativePriceCents: 99000, name: 'Pare-feu renommé' },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      const again = (await t.as(sales, { method: 'GET', url: `/api/quotes/${q.id}` })).json().quote;
      expect(again.lines[0]).toMatchObject({ unitPriceCents: 59000, label: 'Pare-feu FortiGate 40F' });
      await t.as(admin, {
        method: 'PATCH',
        url: `/api/catalogue/${cat.firewall}`,
        payload: { indicativePriceCents: 59000, name: 'Pare-feu FortiGate 40F' },
      });
    });

    it('refuses bad input naming each field, and writes nothing', async () => {
      const before = await writeCounts(t);
      const post = (lines: unknown[], extra: Record<string, unknown> = {}) =>
        t.as(sales, {
          method: 'POST',
          url: '/api/quotes',
          payload: { clientId: clientA, deliveryLeadTime: '2 semaines', lines, ...extra },
        });
      const paths = async (res: Awaited<ReturnType<typeof post>>) => {
        expect(res.statusCode, res.body).toBe(400);
        return res.json().errors.map((e: { path: string }) => e.path);
      };
      expect(await paths(await post([]))).toEqual(['lines']);
      expect(await paths(await post([{ kind: 'sale', catalogueItemId: cat.firewall, quantity: -2 }]))).toEqual([
        'lines.0.quantity',
      ]);
      expect(
        await paths(
          await post([{ kind: 'sale', catalogueItemId: '00000000-0000-4000-8000-000000000000', quantity: 1 }]),
        ),
      ).toEqual(['lines.0.catalogueItemId']);
      expect(
        await paths(await post([{ kind: 'rental', catalogueItemId: cat.firewall, quantity: 1, rentalMonths: 0 }])),
      ).toEqual(['lines.0.rentalMonths']);
      expect(
        await paths(await post([{ kind: 'rental', catalogueItemId: cat.installation, quantity: 1, rentalMonths: 12 }])),
      ).toEqual(['lines.0.catalogueItemId']);
      expect(await paths(await post(threeLines(cat), { clientId: 'nope', lessorId: 'nope' }))).toEqual([
        'clientId',
        'lessorId',
      ]);
      expect(await writeCounts(t)).toEqual(before);
    });

    it('random near-valid quote bodies: always 4xx with a problem document, nothing written', async () => {
      const before = await writeCounts(t);
      const badLine = fc.record(
        {
          kind: fc.oneof(fc.constantFrom('sale', 'rental', 'service'), fc.string()),
          catalogueItemId: fc.oneof(
            fc.constantFrom(cat.firewall, cat.installation, cat.twoFactor),
            fc.string(),
            fc.integer(),
          ),
          // Always an invalid quantity, so no body is ever acceptable.
          quantity: fc.oneof(fc.integer({ min: -5, max: 0 }), fc.double({ max: 0 }), fc.string()),
          rentalMonths: fc.oneof(fc.integer({ min: -3, max: 0 }), fc.constant(1.5), fc.string()),
          discountPercent: fc.oneof(fc.constantFrom('101', '-1', 'abc', '10'), fc.integer()),
          extra: fc.anything(),
        },
        { requiredKeys: ['kind', 'quantity'] },
      );
      const body = fc.record(
        {
          clientId: fc.oneof(fc.constant(clientA), fc.string()),
          deliveryLeadTime: fc.oneof(fc.string(), fc.constant('')),
          validityDays: fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.string()),
          lines: fc.oneof(fc.array(badLine, { maxLength: 3 }), fc.anything()),
        },
        { requiredKeys: ['lines'] },
      );
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const res = await t.as(sales, {
            method: 'POST',
            url: '/api/quotes',
            payload: JSON.stringify(payload),
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          expect(res.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: 150 },
      );
      expect(await writeCounts(t)).toEqual(before);
    });

    it('issues: number, terms version and validity pinned, PDF in the evidence log; then never changes', async () => {
      await moveClock(ISSUE_DAY);
      const draft = await createDraft(t, sales, clientA, threeLines(cat), { subject: 'Sécurisation du siège' });
      const q = await issue(t, sales, draft.id);
      expect(q).toMatchObject({
        status: 'issued',
        number: expect.stringMatching(/^D-2026-\d{5}$/),
        issueDate: '2026-03-02',
        expiresOn: '2026-04-01',
        termsVersion: 'ALLEO-1',
        validityDays: null,
      });
      const pdf = await t.as(sales, { method: 'GET', url: `/api/quotes/${q.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const flat = (await pdfText(pdf.rawPayload)).text.replace(/\s+/g, ' ');
      expect(flat).toContain(`DEVIS n° ${q.number} (version 1)`);
      expect(flat).toContain("Valable jusqu'au : 1er avril 2026");
      expect(flat).toContain('version ALLEO-1');
      const detail = (await t.as(sales, { method: 'GET', url: `/api/quotes/${q.id}` })).json();
      expect(detail.evidence).toEqual([
        expect.objectContaining({ kind: 'document.issued', documentSha256: q.pdfSha256 }),
      ]);
      const put = await t.as(sales, {
        method: 'PUT',
        url: `/api/quotes/${q.id}`,
        payload: { clientId: clientA, deliveryLeadTime: 'x', lines: threeLines(cat) },
      });
      expect(put.statusCode).toBe(409);
      expect(put.json()).toMatchObject({ code: 'quote.not_draft' });
      expect((await t.as(sales, { method: 'POST', url: `/api/quotes/${q.id}/issue` })).json().code).toBe(
        'quote.not_draft',
      );
      const stated = await issuedQuote(t, sales, clientA, threeLines(cat, { rental: false }), { validityDays: 45 });
      expect(stated).toMatchObject({ validityDays: 45, expiresOn: '2026-04-16' });
      expect(Number(stated.number.slice(-5))).toBe(Number(q.number.slice(-5)) + 1);
    });

    it('a revision is a new version with the same number; issuing it supersedes the old one', async () => {
      await moveClock(ISSUE_DAY);
      const v1 = await issuedQuote(t, sales, clientA, threeLines(cat));
      const rev = await t.as(sales, { method: 'POST', url: `/api/quotes/${v1.id}/revise` });
      expect(rev.statusCode, rev.body).toBe(201);
      const v2 = rev.json().quote;
      expect(v2).toMatchObject({ status: 'draft', number: v1.number, version: 2, supersedesId: v1.id });
      expect((await t.as(sales, { method: 'POST', url: `/api/quotes/${v1.id}/revise` })).json().code).toBe(
        'quote.not_revisable',
      );
      const put = await t.as(sales, {
        method: 'PUT',
        url: `/api/quotes/${v2.id}`,
        payload: {
          clientId: clientA,
          deliveryLeadTime: '3 semaines',
          lines: [{ kind: 'sale', catalogueItemId: cat.firewall, quantity: 2, unitPriceCents: 55000 }],
        },
      });
      expect(put.statusCode, put.body).toBe(200);
      const issued = await issue(t, sales, v2.id);
      expect(issued).toMatchObject({
        number: v1.number,
        version: 2,
        totals: expect.objectContaining({ netCents: 110000 }),
      });
      expect((await t.as(sales, { method: 'GET', url: `/api/quotes/${v1.id}` })).json().quote.status).toBe(
        'superseded',
      );
      expect((await acceptInPortal(t, userA, v1.id)).json().code).toBe('quote.not_issued');
    });

    it('accepts in the portal on the last valid day, recording time, IP, user and the PDF hash', async () => {
      await moveClock(ISSUE_DAY);
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      await moveClock(LAST_VALID_DAY);
      const res = await acceptInPortal(t, userA, q.id);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().decision).toMatchObject({
        rule: 'quote.acceptance',
        outcome: 'accepted',
        citation: { article: '3.1', termsVersion: 'ALLEO-1' },
      });
      expect(res.json().quote).toMatchObject({
        status: 'accepted',
        acceptance: {
          channel: 'portal',
          method: 'signed-quote',
          acceptedOn: '2026-04-01',
          recordedBy: userA.userId,
          quotePdfSha256: q.pdfSha256,
          signatoryName: 'Marc Morel',
          signatoryTitle: 'Gérant',
          ip: '127.0.0.1',
        },
      });
      const decisions = await t.ctx.db.selectFrom('decisions').selectAll().where('object_id', '=', q.id).execute();
      expect(decisions.map((d) => [d.rule, d.outcome, d.article])).toEqual([['quote.acceptance', 'accepted', '3.1']]);
      const statement = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('object_id', '=', q.id)
        .where('kind', '=', 'document.received')
        .executeTakeFirstOrThrow();
      const doc = await t.ctx.db
        .selectFrom('evidence_documents')
        .selectAll()
        .where('sha256', '=', statement.document_sha256!)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(Buffer.from(doc.content).toString())).toMatchObject({
        quotePdfSha256: q.pdfSha256,
        userId: userA.userId,
        ip: '127.0.0.1',
        acceptedWithoutReservation: true,
      });
    });

    it('the day after its validity: 409 quote.expired with the decision and its citation; the quote expires', async () => {
      await moveClock(ISSUE_DAY);
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      await moveClock(DAY_AFTER);
      const res = await acceptInPortal(t, userA, q.id);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'quote.expired',
        decision: { rule: 'quote.acceptance', outcome: 'refused', reason: 'expired', citation: { article: '3.1' } },
      });
      const detail = (await t.as(sales, { method: 'GET', url: `/api/quotes/${q.id}` })).json();
      expect(detail.quote.status).toBe('expired');
      expect(detail.decisions.map((d: { rule: string; outcome: string }) => `${d.rule}:${d.outcome}`).sort()).toEqual([
        'quote.acceptance:refused',
        'quote.validity:expired',
      ]);
      // The timeline names who acted, not only their ids.
      const refusal = detail.decisions.find((d: { rule: string }) => d.rule === 'quote.acceptance');
      expect(refusal.actorName).toMatch(/^client \d+$/);
      expect(detail.evidence.find((e: { kind: string }) => e.kind !== 'decision').actorName).toMatch(/^sales \d+$/);
      // The expiry is automatic: credited to the system, in the decision and its evidence entry, never to the client who tried.
      const expiry = detail.decisions.find((d: { rule: string }) => d.rule === 'quote.validity');
      expect(expiry).toMatchObject({ actor: 'system:rules', actorName: 'Système' });
      const entries = await t.ctx.db
        .selectFrom('evidence_entries')
        .select(['actor', 'decision_json'])
        .where('object_id', '=', q.id)
        .where('kind', '=', 'decision')
        .execute();
      const expiryEntry = entries.find((e) => JSON.parse(e.decision_json!).rule === 'quote.validity');
      expect(expiryEntry?.actor).toBe('system:rules');
    });

    it('with reservations → refused (the quote is refused); a purchase order without the quote reference → refused (still open)', async () => {
      await moveClock(ISSUE_DAY);
      const q1 = await issuedQuote(t, sales, clientA, threeLines(cat));
      const res = await acceptInPortal(t, userA, q1.id, { acceptedWithoutReservation: false });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'quote.acceptance_refused',
        decision: { outcome: 'refused', reason: 'reservations' },
      });
      expect((await t.as(sales, { method: 'GET', url: `/api/quotes/${q1.id}` })).json().quote.status).toBe('refused');

      const q2 = await issuedQuote(t, sales, clientA, threeLines(cat));
      const po = (quoteReference: string | null) =>
        t.as(sales, {
          method: 'POST',
          url: `/api/quotes/${q2.id}/acceptances/purchase-order`,
          payload: {
            document: pdfUpload('bc.pdf', quoteReference ?? 'none'),
            purchaseOrderReference: 'BC-118',
            quoteReference,
          },
        });
      const without = await po(null);
      expect(without.statusCode).toBe(409);
      expect(without.json()).toMatchObject({ code: 'quote.acceptance_refused', decision: { reason: 'no-reference' } });
      expect((await t.as(sales, { method: 'GET', url: `/api/quotes/${q2.id}` })).json().quote.status).toBe('issued');
      const withRef = await po(`Votre devis ${q2.number.toLowerCase()}`);
      expect(withRef.statusCode, withRef.body).toBe(200);
      expect(withRef.json().quote.acceptance).toMatchObject({
        channel: 'purchase-order',
        method: 'purchase-order',
        purchaseOrderReference: 'BC-118',
      });
    });

    it('staff record a signed quote received by email (base64 PDF); a non-PDF is refused by field', async () => {
      await moveClock(ISSUE_DAY);
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      const url = `/api/quotes/${q.id}/acceptances/signed-quote`;
      const bad = await t.as(sales, {
        method: 'POST',
        url,
        payload: {
          document: { ...pdfUpload(), contentBase64: Buffer.from('hello').toString('base64') },
          receivedBy: 'email',
        },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('document.contentBase64');
      const ok = await t.as(sales, {
        method: 'POST',
        url,
        payload: { document: pdfUpload(), receivedBy: 'email', signatoryName: 'Marc Morel' },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().quote.acceptance).toMatchObject({
        channel: 'signed-upload',
        documentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    it('double acceptance with the same Idempotency-Key: one acceptance', async () => {
      await moveClock(ISSUE_DAY);
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      const first = await acceptInPortal(t, userA, q.id, {}, { 'idempotency-key': `accept-${q.id}` });
      const second = await acceptInPortal(t, userA, q.id, {}, { 'idempotency-key': `accept-${q.id}` });
      expect(first.statusCode).toBe(200);
      expect(second.statusCode).toBe(200);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.json()).toEqual(first.json());
      const decisions = await t.ctx.db.selectFrom('decisions').selectAll().where('object_id', '=', q.id).execute();
      expect(decisions).toHaveLength(1);
      const third = await acceptInPortal(t, userA, q.id);
      expect(third.json().code).toBe('quote.not_issued');
    });

    it("a client user never sees another client's quote: 404, not in lists, no PDF", async () => {
      await moveClock(ISSUE_DAY);
      const theirs = await issuedQuote(t, sales, clientB, threeLines(cat));
      const draftOfA = await createDraft(t, sales, clientA, threeLines(cat));
      for (const url of [`/api/quotes/${theirs.id}`, `/api/quotes/${theirs.id}/pdf`, `/api/quotes/${draftOfA.id}`]) {
        const res = await t.as(userA, { method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json().code).toBe('quote.not_found');
      }
      expect((await acceptInPortal(t, userA, theirs.id)).statusCode).toBe(404);
      const list = (await t.as(userA, { method: 'GET', url: '/api/quotes' })).json().items;
      expect(list.length).toBeGreaterThan(0);
      expect(
        list.every((q: { clientId: string; status: string }) => q.clientId === clientA && q.status !== 'draft'),
      ).toBe(true);
      expect((await t.as(userA, { method: 'GET', url: `/api/quotes?clientId=${clientB}` })).json().items).toEqual([]);
      expect((await t.as(userB, { method: 'GET', url: `/api/quotes/${theirs.id}/pdf` })).statusCode).toBe(200);
      expect((await t.as(userA, { method: 'POST', url: '/api/quotes', payload: {} })).statusCode).toBe(403);
    });

    it('sends an issued quote by email with its PDF, kept as evidence', async () => {
      await moveClock(ISSUE_DAY);
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      const res = await t.as(sales, {
        method: 'POST',
        url: `/api/quotes/${q.id}/send`,
        payload: { to: ['achats@morel.example'] },
      });
      expect(res.statusCode, res.body).toBe(200);
      // Queued, not sent: the outbox delivers it; the evidence log keeps the .eml as queued.
      expect(res.json()).toMatchObject({ status: 'queued', to: ['achats@morel.example'] });
      const queued = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('object_id', '=', q.id)
        .where('kind', '=', 'mail.queued')
        .execute();
      expect(queued).toHaveLength(1);
      expect(queued[0]!.document_sha256).toBe(res.json().emlSha256);
      const listed = await t.as(sales, { method: 'GET', url: `/api/outbox/of/quote/${q.id}` });
      expect(listed.json().items).toEqual([
        expect.objectContaining({ id: res.json().messageId, status: 'queued', attempts: 0, sentAt: null }),
      ]);
    });

    it('the sweep expires issued quotes after their validity, once, citing art. 3.1', async () => {
      await moveClock(ISSUE_DAY);
      const q = await issuedQuote(t, sales, clientA, threeLines(cat));
      await sweep(t, '2026-04-01', [quoteValidityStep]);
      expect((await t.as(sales, { method: 'GET', url: `/api/quotes/${q.id}` })).json().quote.status).toBe('issued');
      await moveClock('2026-04-02T01:00:00Z');
      const report = await sweep(t, '2026-04-02');
      expect(report.steps.find((s) => s.step === 'quote.validity')).toMatchObject({ status: 'ran' });
      const d = await t.ctx.db
        .selectFrom('decisions')
        .selectAll()
        .where('object_id', '=', q.id)
        .executeTakeFirstOrThrow();
      expect(d).toMatchObject({ rule: 'quote.validity', outcome: 'expired', article: '3.1', actor: 'system:sweep' });
      expect(JSON.parse(d.decision_json).expiresOn).toBe('2026-04-01');
      const again = await sweep(t, '2026-04-02');
      expect(again.steps.find((s) => s.step === 'quote.validity')?.status).toBe('already-done');
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });

    it('acceptance racing the expiry sweep: each quote ends with exactly one outcome', async () => {
      await moveClock(ISSUE_DAY);
      const quotes = [];
      for (let i = 0; i < 6; i++) quotes.push(await issuedQuote(t, sales, clientA, threeLines(cat, { rental: false })));
      // The client clicks at 23:59 on the last day while the sweep of the next day starts.
      await moveClock('2026-04-01T21:59:00Z');
      const sweeping = sweep(t, '2026-04-03');
      const accepts = quotes.map((q) => acceptInPortal(t, userA, q.id));
      const [results] = await Promise.all([Promise.all(accepts), sweeping]);
      for (const [i, q] of quotes.entries()) {
        const detail = (await t.as(sales, { method: 'GET', url: `/api/quotes/${q.id}` })).json();
        const outcomes = detail.decisions.map((d: { rule: string; outcome: string }) => `${d.rule}:${d.outcome}`);
        if (results[i]!.statusCode === 200) {
          expect(detail.quote.status).toBe('accepted');
          expect(outcomes).toEqual(['quote.acceptance:accepted']);
        } else {
          expect(results[i]!.json().code).toBe('quote.not_issued');
          expect(detail.quote.status).toBe('expired');
          expect(outcomes).toEqual(['quote.validity:expired']);
        }
      }
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });
  });
}
