/**
 * The demo activity (src/seed/seed-activity.ts) on both engines: after seedDemo and the story,
 * every main screen has content — seen through the HTTP API as the demo users see it — and every
 * invariant holds: gapless numbers, the evidence chain, decisions citing their articles, PDFs
 * stored. The story is dated from the day it is seeded: it is also played for days across the
 * calendar (year end, summer, public holidays, a leap day) to show it never depends on the date.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisDate } from '../../src/context.ts';
import { addDays } from '../../src/kernel/dates.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { DEMO_CLIENTS, DEMO_USERS } from '../../src/seed/demo-data.ts';
import { seedDemoActivity, STORY_DAYS } from '../../src/seed/seed-activity.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS, freshDatabase } from '../helpers/db.ts';

type Json = Record<string, any>;

/** Numbers grouped by series and year ('F-2026'): each must run 1..n without a gap. */
function gaps(numbers: readonly string[]): string[] {
  const series = new Map<string, number[]>();
  for (const n of new Set(numbers)) {
    const m = /^([A-Z]+-\d{4})-(\d+)$/.exec(n);
    if (!m) return [`malformed number ${n}`];
    series.set(m[1]!, [...(series.get(m[1]!) ?? []), Number(m[2])]);
  }
  const problems: string[] = [];
  for (const [s, values] of series) {
    values.sort((a, b) => a - b);
    if (values.some((v, i) => v !== i + 1)) problems.push(`${s}: ${values.join(',')}`);
  }
  return problems;
}

const count = <T>(xs: readonly T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});

/** The quotes of the story by status. */
const QUOTES_BY_STATUS = { draft: 2, issued: 3, accepted: 6, refused: 1, expired: 1 };

for (const dialect of DIALECTS) {
  describe(`demo activity [${dialect}]`, () => {
    let t: TestApi;
    let today: string;
    let admin: Session;
    let accounting: Session;
    let morel: Session;
    let morelClientId: string;

    /** Signs in as a demo user with its demo password, through the login route. */
    async function login(role: string): Promise<Session> {
      const u = DEMO_USERS.find((x) => x.role === role)!;
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: u.email, password: u.password },
      });
      expect(res.statusCode, res.body).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'clausier_session')!;
      return {
        cookie: `clausier_session=${cookie.value}`,
        csrfToken: res.json().csrfToken,
        userId: res.json().user.id,
        email: u.email,
        password: u.password,
      };
    }
    const get = async (s: Session, url: string): Promise<Json> => {
      const res = await t.as(s, { method: 'GET', url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return res.json();
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      // The demo is seeded with the real clock, as `npm start` does.
      t.setNow(new Date().toISOString());
      today = parisDate(t.ctx.now());
      expect((await seedDemo(t.ctx)).seeded).toBe(true);
      const result = await seedDemoActivity(t.ctx, t.handle);
      expect(result).toEqual({
        seeded: true,
        from: addDays(today, -STORY_DAYS),
        to: addDays(today, -1),
        sweeps: STORY_DAYS + 1,
      });
      [admin, accounting, morel] = [await login('admin'), await login('accounting'), await login('client')];
      morelClientId = (await get(morel, '/api/me')).user.clientId;
    }, 180_000);
    afterAll(() => t.cleanup());

    it('seeds once: a second call finds quotes and does nothing', async () => {
      const before = await get(admin, '/api/evidence/verify');
      expect(await seedDemoActivity(t.ctx, t.handle)).toMatchObject({ seeded: false });
      expect((await get(admin, '/api/evidence/verify')).entries).toBe(before.entries);
    });

    it('quotes in every state, acceptance refusals and the expiry recorded as decisions (art. 3.1)', async () => {
      const { items } = await get(admin, '/api/quotes?limit=500');
      expect(count(items, (q: Json) => q.status)).toEqual(QUOTES_BY_STATUS);
      // Issued ones are still valid; all were issued by the story, before today.
      for (const q of items.filter((x: Json) => x.status === 'issued')) expect(q.expiresOn >= today).toBe(true);
      const expired = items.find((q: Json) => q.status === 'expired');
      const detail = await get(admin, `/api/quotes/${expired.id}`);
      expect(detail.decisions).toContainEqual(
        expect.objectContaining({ rule: 'quote.validity', outcome: 'expired', article: '3.1', actor: 'system:sweep' }),
      );
      const refused = items.find((q: Json) => q.status === 'refused');
      const revised = items.find((q: Json) => q.number === refused.number && q.version === 2);
      expect(revised.status).toBe('accepted');
      expect((await get(admin, `/api/quotes/${refused.id}`)).decisions).toContainEqual(
        expect.objectContaining({ rule: 'quote.acceptance', outcome: 'refused', article: '3.1' }),
      );
      // The purchase order without the quote's reference was refused before the right one came.
      const lvr = items.find((q: Json) => q.clientName === DEMO_CLIENTS[4]!.legal_name);
      const lvrDetail = await get(admin, `/api/quotes/${lvr.id}`);
      expect(lvrDetail.quote.acceptance).toMatchObject({
        method: 'purchase-order',
        purchaseOrderReference: 'BC-LVR-0412',
      });
      expect(count(lvrDetail.decisions, (d: Json) => `${d.rule}:${d.outcome}`)).toEqual({
        'quote.acceptance:refused': 1,
        'quote.acceptance:accepted': 1,
      });
      // Every issued version has its PDF in the evidence log.
      for (const q of items.filter((x: Json) => x.status !== 'draft')) {
        const pdf = await t.as(admin, { method: 'GET', url: `/api/quotes/${q.id}/pdf` });
        expect(pdf.statusCode).toBe(200);
        expect(pdf.headers['content-type']).toContain('application/pdf');
      }
    });

    it('contracts with sale, rental and service lines, licences, a lessor-financed rental', async () => {
      const { items } = await get(admin, '/api/contracts');
      expect(items).toHaveLength(6);
      const details = await Promise.all(items.map((c: Json) => get(admin, `/api/contracts/${c.id}`)));
      const kinds = details.map((d) => new Set(d.contract.lines.map((l: Json) => l.kind)));
      expect(kinds.some((k) => k.has('sale') && k.has('rental') && k.has('service'))).toBe(true);
      const financed = details.filter((d) => d.contract.lessorId !== null);
      expect(financed).toHaveLength(1);
      expect((await get(admin, '/api/lessors')).items.map((l: Json) => l.id)).toContain(financed[0]!.contract.lessorId);
      for (const d of details)
        expect(d.evidence.map((e: Json) => e.kind)).toEqual(expect.arrayContaining(['document.issued', 'mail.queued']));
      const licences = (await get(admin, '/api/licences')).items;
      expect(licences.length).toBeGreaterThanOrEqual(4);
      expect(licences.flatMap((l: Json) => l.usages).some((u: Json) => u.overLimit)).toBe(true);
    });

    it('invoices paid, partly paid, credited; monthly rent billing runs paid by direct debit', async () => {
      const { items } = await get(accounting, '/api/invoices?limit=500');
      const invoices = items.filter((i: Json) => i.kind === 'invoice');
      expect(invoices.every((i: Json) => i.status === 'issued')).toBe(true);
      expect(invoices.filter((i: Json) => i.paymentState === 'paid').length).toBeGreaterThanOrEqual(8);
      expect(
        invoices.some(
          (i: Json) =>
            i.paidCents > 0 && i.openCents > 0 && i.clientId === morelClientId && i.paymentState !== 'overdue',
        ),
      ).toBe(true);
      // The clinic's training half-day not held, and the access point returned in perfect state (art. 12).
      const credit = items.filter((i: Json) => i.kind === 'credit-note');
      expect(credit).toHaveLength(2);
      expect(credit.every((c: Json) => c.status === 'issued')).toBe(true);
      expect(credit.map((c: Json) => c.number).sort()).toEqual([
        expect.stringMatching(/^AV-\d{4}-0000001$/),
        expect.stringMatching(/^AV-\d{4}-0000002$/),
      ]);
      const rents = invoices.filter((i: Json) => i.origin === 'rent');
      expect(rents.length).toBeGreaterThanOrEqual(5);
      expect(
        rents.filter((i: Json) => i.issueDate <= addDays(today, -8)).every((i: Json) => i.paymentState === 'paid'),
      ).toBe(true);
      // Every Factur-X PDF is rendered on first use (ADR 0031) and its hash then kept with the invoice.
      for (const i of items.filter((x: Json) => x.status === 'issued')) {
        const pdf = await t.as(accounting, { method: 'GET', url: `/api/invoices/${i.id}/pdf` });
        expect(pdf.statusCode, pdf.body).toBe(200);
        const sha = createHash('sha256').update(pdf.rawPayload).digest('hex');
        expect((await get(accounting, `/api/invoices/${i.id}`)).invoice.documentSha256).toBe(sha);
      }
      const runs = (await get(accounting, '/api/billing-runs')).items;
      expect(runs.length).toBeGreaterThanOrEqual(5);
      expect(runs.every((r: Json) => r.status === 'done')).toBe(true);
      expect(runs.map((r: Json) => r.startedBy)).toEqual(expect.arrayContaining(['system:sweep', accounting.userId]));
      const payments = (await get(accounting, '/api/payments?limit=500')).items;
      expect(new Set(payments.map((p: Json) => p.means))).toEqual(new Set(['bank-transfer', 'direct-debit']));
      expect((await get(accounting, '/api/bank-imports')).items[0].counts).toEqual({
        proposed: 0,
        unmatched: 0,
        confirmed: 1,
        ignored: 2,
      });
    });

    it('an invoice overdue for more than 30 days: interest and EUR 40 (art. 10.3), acceleration, prepayment, reminders and a formal notice', async () => {
      const overdue = (await get(accounting, '/api/invoices?filter=overdue&limit=500')).items;
      const old = overdue.find((i: Json) => i.dueDate < addDays(today, -30));
      expect(old).toBeDefined();
      const detail = await get(accounting, `/api/invoices/${old.id}`);
      expect(detail.invoice).toMatchObject({ paymentState: 'overdue', lateIndemnityCents: 4000, lateAsOf: today });
      expect(detail.invoice.lateInterestCents).toBeGreaterThan(0);
      expect(detail.decisions).toContainEqual(
        expect.objectContaining({
          rule: 'invoice.late-payment',
          outcome: 'late',
          article: '10.3',
          termsVersion: 'ALLEO-1',
          actor: 'system:sweep',
        }),
      );
      expect(detail.decisions).toContainEqual(
        expect.objectContaining({ rule: 'termination.formal-notice', article: '15.2' }),
      );
      const accelerated = overdue.find((i: Json) => i.acceleratedOn !== null);
      expect(accelerated.clientId).toBe(old.clientId);
      expect((await get(accounting, `/api/invoices/${accelerated.id}`)).decisions).toContainEqual(
        expect.objectContaining({ rule: 'invoice.acceleration', article: '10.3' }),
      );
      const client = await get(accounting, `/api/clients/${old.clientId}`);
      expect(client.client.financialStatus).toBe('prepayment-required');
      const dunning = (await get(accounting, '/api/dunning?limit=1000')).items.filter(
        (d: Json) => d.invoiceId === old.id,
      );
      expect(dunning).toHaveLength(1);
      expect(dunning[0].lastStep).toMatchObject({ channel: 'formal-notice', channelUsed: 'formal-notice' });
      // Two reminder e-mails queued (delivered by the outbox), then the formal notice by registered letter.
      const steps = detail.evidence.filter((e: Json) => e.kind === 'mail.queued' || e.kind === 'document.sent').length;
      expect(steps).toBe(3);
    });

    it('a debit note for an invoice paid late, paid in turn', async () => {
      const notes = (await get(accounting, '/api/debit-notes')).items;
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ number: expect.stringMatching(/^ND-\d{4}-0000001$/), openCents: 0 });
      const { debitNote } = await get(accounting, `/api/debit-notes/${notes[0].id}`);
      expect(debitNote.rows).toHaveLength(1);
      expect(debitNote.rows[0]).toMatchObject({ article: '10.3', indemnityCents: 4000 });
      expect(debitNote.rows[0].interestCents).toBeGreaterThan(0);
      const pdf = await t.as(accounting, { method: 'GET', url: `/api/debit-notes/${notes[0].id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      const paidLate = await get(accounting, `/api/invoices/${debitNote.rows[0].invoiceId}`);
      expect(paidLate.decisions).toContainEqual(
        expect.objectContaining({ rule: 'invoice.late-payment', outcome: 'paid-late', article: '10.3' }),
      );
      // Accounting lifted the prepayment the sweep had imposed once the invoice was paid.
      expect((await get(accounting, `/api/clients/${paidLate.invoice.clientId}`)).client.financialStatus).toBe(
        'normal',
      );
    });

    it('numbers are gapless, the evidence chain verifies, every decision cites its article', async () => {
      const quotes = (await get(admin, '/api/quotes?limit=500')).items.filter((q: Json) => q.number);
      const contracts = await Promise.all(
        (await get(admin, '/api/contracts')).items.map((c: Json) => get(admin, `/api/contracts/${c.id}`)),
      );
      const invoices = (await get(accounting, '/api/invoices?limit=500')).items;
      const notes = (await get(accounting, '/api/debit-notes')).items;
      const numbers = [
        ...quotes.map((q: Json) => q.number),
        ...contracts.flatMap((c) => [c.contract.number, c.contract.acknowledgementNumber]),
        ...invoices.map((i: Json) => i.number),
        ...notes.map((n: Json) => n.number),
      ];
      expect(gaps(numbers)).toEqual([]);
      expect(await verifyEvidence(t.ctx.db, t.ctx.dialect, { documents: true })).toMatchObject({
        ok: true,
        firstBroken: null,
      });
      const api = await get(admin, '/api/evidence/verify');
      expect(api).toMatchObject({ ok: true });
      expect(api.entries).toBeGreaterThan(100);
      const decisions = await t.ctx.db
        .selectFrom('decisions')
        .select(['rule', 'article', 'terms_version', 'evidence_seq'])
        .execute();
      expect(decisions.length).toBeGreaterThan(15);
      for (const d of decisions) {
        expect(d.article, d.rule).toMatch(/^\d+(\.\d+)*$/);
        expect(d.terms_version).toBe('ALLEO-1');
        expect(Number(d.evidence_seq)).toBeGreaterThan(0);
      }
    });

    it('the client user of Transports Morel: its quotes to accept, its invoices, a statement with something open', async () => {
      const quotes = (await get(morel, '/api/quotes')).items;
      const toAccept = quotes.filter((q: Json) => q.status === 'issued');
      expect(toAccept.length).toBeGreaterThanOrEqual(2);
      expect(quotes.filter((q: Json) => q.status === 'accepted')).toHaveLength(2);
      const invoices = (await get(morel, '/api/invoices')).items;
      expect(invoices.length).toBeGreaterThanOrEqual(4);
      expect(invoices.every((i: Json) => i.clientId === morelClientId)).toBe(true);
      expect((await get(morel, '/api/contracts')).items).toHaveLength(2);
      const statement = await get(morel, '/api/portal/statement');
      expect(statement.totals.balanceCents).toBeGreaterThan(0);
      expect(statement.ageing.notDueCents).toBe(statement.totals.openInvoicesCents);
      // And the demo really lets it accept one in the portal.
      const accepted = await t.as(morel, {
        method: 'POST',
        url: `/api/portal/quotes/${toAccept[0].id}/accept`,
        payload: {
          acceptedWithoutReservation: true,
          signatoryName: 'Marc Morel',
          signatoryTitle: 'Directeur informatique',
        },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().decision).toMatchObject({ outcome: 'accepted', citation: { article: '3.1' } });
    });

    it('the lifecycle screens have something to show: a termination with its letter, force majeure, claims, a dispute', async () => {
      const contracts = (await get(admin, '/api/contracts?limit=100')).items;
      const terminated = contracts.filter((c: Json) => c.status === 'terminated');
      expect(terminated).toHaveLength(1);
      const lvr = terminated[0];
      const lc = await get(accounting, `/api/contracts/${lvr.id}/lifecycle`);
      expect(lc.termination).toMatchObject({
        ground: 'financial-situation',
        clientFault: false,
        refundChoice: 'credit-note',
      });
      expect(lc.changes.map((c: Json) => `${c.to}:${c.article}`)).toContain('terminated:15.2');
      const letter = await t.as(accounting, { method: 'GET', url: `/api/contracts/${lvr.id}/termination/pdf` });
      expect(letter.statusCode).toBe(200);
      expect(letter.headers['content-type']).toContain('application/pdf');
      // The strike is over: the rental is active again, its six days shown.
      const fm = (await get(admin, '/api/force-majeure-events')).items;
      expect(fm).toHaveLength(1);
      const durand = await get(admin, `/api/contracts/${fm[0].contractIds[0]}/lifecycle`);
      expect(durand).toMatchObject({ status: 'active', suspendedDays: 6 });
      // Morel sees its claim refused for negligence in storage; the return is credited.
      const claims = (await get(morel, '/api/warranty-claims')).items;
      expect(claims).toEqual([expect.objectContaining({ status: 'refused', exclusion: 'storage-negligence' })]);
      const returns = (await get(admin, '/api/returns')).items;
      expect(returns).toEqual([
        expect.objectContaining({ status: 'credited', inspectionState: 'perfect', transportPaidBy: 'client' }),
      ]);
      const register = (await get(admin, `/api/contestations?contractId=${lvr.id}`)).items;
      expect(register).toEqual([
        expect.objectContaining({ outcome: 'in-time', indirectDamagesExcluded: true, indirectDamagesCents: 120000 }),
      ]);
      expect(register[0].capCents).toBe(register[0].paidUnderContractCents);
      expect((await get(admin, `/api/contracts/${lvr.id}/confidential-items`)).items).toHaveLength(1);
      const lefevre = await t.ctx.db
        .selectFrom('clients')
        .select('id')
        .where('legal_name', '=', 'Boulangeries Lefèvre SARL')
        .executeTakeFirstOrThrow();
      const { disputes } = await get(admin, `/api/clients/${lefevre.id}/obligations`);
      expect(disputes).toHaveLength(1);
      // The Tribunal de commerce de Mâcon only once the 30-day amicable period has passed (art. 21).
      expect(disputes[0].courtFrom > addDays(disputes[0].notifiedOn, 29)).toBe(true);
      expect(disputes[0].decision).toMatchObject({ rule: 'dispute.amicable-period', citation: { article: '21' } });
    });
  });
}

// The story is dated from the day it is seeded: played here for days across the calendar.
describe('demo activity across the calendar [sqlite]', () => {
  it.each(['2026-11-26', '2027-01-04', '2026-08-17', '2027-05-10', '2028-02-29', '2027-12-31'])(
    'seeded on %s',
    async (day) => {
      const db = await freshDatabase('sqlite');
      try {
        db.setNow(`${day}T06:30:00Z`);
        await seedDemo(db.ctx);
        expect(await seedDemoActivity(db.ctx, db.handle)).toMatchObject({ seeded: true, to: addDays(day, -1) });
        const quotes = await db.ctx.db.selectFrom('quotes').select(['status', 'number']).execute();
        expect(count(quotes, (q) => q.status)).toEqual(QUOTES_BY_STATUS);
        const invoices = await db.ctx.db
          .selectFrom('invoices')
          .select(['number', 'kind', 'status', 'due_date', 'settled_on', 'late_outcome', 'accelerated_on'])
          .execute();
        const overdue = invoices.filter((i) => i.kind === 'invoice' && i.settled_on === null && i.due_date! < day);
        // Logistique Vallée du Rhône's two invoices: both more than 30 days late, the second accelerated.
        expect(overdue).toHaveLength(2);
        expect(overdue.every((i) => i.due_date! < addDays(day, -30))).toBe(true);
        expect(overdue.filter((i) => i.accelerated_on !== null)).toHaveLength(1);
        expect(invoices.filter((i) => i.late_outcome === 'paid-late')).toHaveLength(1);
        const notes = await db.ctx.db.selectFrom('debit_notes').select('number').execute();
        expect(notes).toHaveLength(1);
        const formal = await db.ctx.db
          .selectFrom('dunning_actions')
          .select('channel')
          .where('channel', '=', 'formal-notice')
          .execute();
        expect(formal.length).toBeGreaterThanOrEqual(1);
        expect(
          gaps([
            ...quotes.map((q) => q.number).filter((n): n is string => n !== null),
            ...invoices.map((i) => i.number!),
            ...notes.map((n) => n.number),
          ]),
        ).toEqual([]);
        expect((await verifyEvidence(db.ctx.db, 'sqlite', { documents: true })).ok).toBe(true);
      } finally {
        await db.cleanup();
      }
    },
  );
});
