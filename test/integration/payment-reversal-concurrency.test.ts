/**
 * Reversing a payment while a credit note is issued on the invoice it pays, on PostgreSQL where
 * the two transactions really run side by side. The credit note gives back to the payment what
 * the client paid beyond the corrected total (it shrinks the allocation); the reversal undoes the
 * allocation. Whatever the interleaving, the reversal must undo exactly what the allocation says
 * once the credit note is in: the invoice ends with nothing paid, open = gross − credited.
 *
 * Each round has a fresh invoice of 1 200,00 € paid in full, and a 300,00 € credit note. Even
 * rounds hold the credit note's transaction open (allocation already shrunk, not committed) until
 * the reversal waits on one of its locks, then commit: the interleaving that corrupted the paid
 * amount. Odd rounds let both requests race freely, staggered by a few milliseconds.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { issueContext, issueWithin } from '../../src/modules/invoices/index.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { issueInvoice } from '../helpers/invoices.ts';

const ROUNDS = 30;
const GROSS = 120000;
const CREDIT = 30000;

// Concurrency is PostgreSQL's case (SQLite has a single writer); a SQLite-only run says so.
if (!DIALECTS.includes('postgres'))
  describe.skip('payment reversal racing a credit note: PostgreSQL not in this run', () =>
    it('needs PostgreSQL', () => {}));
for (const dialect of DIALECTS.filter((d) => d === 'postgres')) {
  describe(`payment reversal racing a credit note [${dialect}]`, () => {
    let t: TestApi;
    let accounting: Session;

    beforeAll(async () => {
      t = await startTestApi(dialect); // a pool of 12 connections
      t.setNow('2026-03-02T09:00:00Z');
      accounting = await t.signIn('accounting');
    });
    afterAll(() => t.cleanup());

    /** An issued invoice of 1 200,00 € paid in full by one payment, and a 300,00 € credit note draft on it. */
    async function paidInvoiceWithCreditDraft(clientId: string) {
      const created = await t.as(accounting, {
        method: 'POST',
        url: '/api/invoices',
        payload: {
          clientId,
          lines: [
            {
              label: 'Intervention',
              nature: 'services',
              quantity: 1,
              unitPriceCents: GROSS / 1.2,
              vatRatePercent: '20',
            },
          ],
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const inv = await issueInvoice(t, accounting, created.json().invoice.id);
      expect(inv.grossCents).toBe(GROSS);
      const paid = await t.as(accounting, {
        method: 'POST',
        url: '/api/payments',
        payload: {
          clientId,
          means: 'direct-debit',
          receivedOn: '2026-03-02',
          amountCents: GROSS,
          allocations: [{ invoiceId: inv.id, amountCents: GROSS }],
        },
      });
      expect(paid.statusCode, paid.body).toBe(201);
      const draft = await t.as(accounting, {
        method: 'POST',
        url: `/api/invoices/${inv.id}/credit-notes`,
        payload: {
          reason: 'Geste commercial',
          lines: [
            { label: 'Remise', nature: 'services', quantity: 1, unitPriceCents: CREDIT / 1.2, vatRatePercent: '20' },
          ],
        },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      return {
        invoiceId: inv.id as string,
        paymentId: paid.json().payment.id as string,
        noteId: draft.json().invoice.id as string,
      };
    }

    const reverse = (paymentId: string) =>
      t.as(accounting, {
        method: 'POST',
        url: `/api/payments/${paymentId}/reverse`,
        payload: { reason: 'Prélèvement rejeté (AM04)', reversedOn: '2026-03-02' },
      });

    /** Issues the credit note in a transaction kept open until the reversal waits on one of its locks (or is done). */
    async function heldCreditNoteThenReverse(noteId: string, paymentId: string) {
      const row = await t.ctx.db
        .selectFrom('invoices')
        .select(['client_id', 'terms_version'])
        .where('id', '=', noteId)
        .executeTakeFirstOrThrow();
      const ic = await issueContext(t.ctx, t.orgId, row, '2026-03-02');
      let reversal!: ReturnType<typeof reverse>;
      let blocked = false;
      await t.ctx.db.transaction().execute(async (trx) => {
        await issueWithin(trx, t.ctx, {
          orgId: t.orgId,
          id: noteId,
          actorId: accounting.userId,
          issueDate: '2026-03-02',
          at: t.ctx.now().toISOString(),
          ic,
          contractTermDays: null,
          prepayment: false,
        });
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        const pid = rows[0]!.pid;
        let settled = false;
        reversal = reverse(paymentId);
        void reversal.finally(() => (settled = true));
        // Generous: the loop ends as soon as the reversal waits; only a stalled machine would need it.
        const until = Date.now() + 30_000;
        while (!settled && Date.now() < until) {
          const r = await sql<{
            n: number;
          }>`select count(*)::int as n from pg_stat_activity where ${pid}::int = any(pg_blocking_pids(pid))`.execute(
            t.ctx.db,
          );
          if (r.rows[0]!.n > 0) {
            blocked = true;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      });
      return { issued: { statusCode: 200, body: '' }, reversed: await reversal, blocked };
    }

    async function freeRace(noteId: string, paymentId: string, staggerMs: number) {
      const issue = t.as(accounting, { method: 'POST', url: `/api/invoices/${noteId}/issue` });
      await new Promise((resolve) => setTimeout(resolve, staggerMs));
      const [issued, reversed] = await Promise.all([issue, reverse(paymentId)]);
      return { issued, reversed, blocked: false };
    }

    it(`${ROUNDS} rounds of a credit note issued while the payment is reversed: the invoice's paid amount stays what its allocations say`, async () => {
      const clientId = await t.createClient('Client concurrent SAS');
      const problems: string[] = [];
      let heldBlocked = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const { invoiceId, paymentId, noteId } = await paidInvoiceWithCreditDraft(clientId);
        const { issued, reversed, blocked } =
          round % 2 === 0
            ? await heldCreditNoteThenReverse(noteId, paymentId)
            : await freeRace(noteId, paymentId, round % 7);
        if (blocked) heldBlocked++;
        expect(issued.statusCode, issued.body).toBe(200);
        expect(reversed.statusCode, reversed.body).toBe(200);

        const inv = await t.ctx.db
          .selectFrom('invoices')
          .select(['gross_cents', 'paid_cents', 'credited_cents', 'settled_on'])
          .where('id', '=', invoiceId)
          .executeTakeFirstOrThrow();
        const shown = (await t.as(accounting, { method: 'GET', url: `/api/invoices/${invoiceId}` })).json().invoice;
        const allocations = await t.ctx.db
          .selectFrom('payment_allocations')
          .select(['invoice_id', 'amount_cents'])
          .where('payment_id', '=', paymentId)
          .execute();
        const payment = await t.ctx.db
          .selectFrom('payments')
          .select('status')
          .where('id', '=', paymentId)
          .executeTakeFirstOrThrow();
        const noteEntry = await t.ctx.db
          .selectFrom('evidence_entries')
          .select('decision_json')
          .where('object_id', '=', noteId)
          .where('kind', '=', 'document.issued')
          .executeTakeFirstOrThrow();
        const reversalEntry = await t.ctx.db
          .selectFrom('evidence_entries')
          .select('decision_json')
          .where('object_id', '=', paymentId)
          .where('kind', '=', 'payment.reversed')
          .executeTakeFirstOrThrow();
        const released = (
          (JSON.parse(noteEntry.decision_json!).releasedToCredit ?? []) as Array<{ paymentId: string; cents: number }>
        )
          .filter((r) => r.paymentId === paymentId)
          .reduce((s, r) => s + r.cents, 0);
        const undone = (JSON.parse(reversalEntry.decision_json!).undone as Array<{ amountCents: number }>).reduce(
          (s, u) => s + u.amountCents,
          0,
        );
        const allocated = allocations.reduce((s, a) => s + Number(a.amount_cents), 0);

        const got = {
          paid: Number(inv.paid_cents),
          credited: Number(inv.credited_cents),
          open: shown.openCents as number,
          openIsGrossLessCreditedLessPaid:
            Number(inv.gross_cents) - Number(inv.credited_cents) - Number(inv.paid_cents) === shown.openCents,
          settledOn: inv.settled_on,
          paymentStatus: payment.status,
          // What the payment still allocates plus what the credit note gave back to it: the payment.
          allocatedPlusReleased: allocated + released,
          // The reversal undid exactly what the allocation says (the rows stay, as history).
          undone,
          allocationTargets: allocations.map((a) => a.invoice_id),
        };
        const want = {
          paid: 0,
          credited: CREDIT,
          open: GROSS - CREDIT,
          openIsGrossLessCreditedLessPaid: true,
          settledOn: null,
          paymentStatus: 'reversed',
          allocatedPlusReleased: GROSS,
          undone: allocated,
          allocationTargets: [invoiceId],
        };
        if (got.paid < 0 || JSON.stringify(got) !== JSON.stringify(want))
          problems.push(`round ${round} (${round % 2 === 0 ? 'held' : 'free'}): ${JSON.stringify(got)}`);
      }
      console.info(
        `${ROUNDS} rounds; ${heldBlocked} of ${ROUNDS / 2} reversals waited on the open credit note's locks`,
      );
      expect(
        problems,
        `expected every invoice: ${JSON.stringify({ paid: 0, credited: CREDIT, open: GROSS - CREDIT })}`,
      ).toEqual([]);
      // The held rounds did make the reversal wait on the credit note (the interleaving under test).
      expect(heldBlocked).toBe(ROUNDS / 2);
      // Nothing paid is left on any of the client's invoices: every payment was reversed.
      const negative = await t.ctx.db
        .selectFrom('invoices')
        .select('number')
        .where('org_id', '=', t.orgId)
        .where('paid_cents', '<', 0)
        .execute();
      expect(negative).toEqual([]);
      expect(await verifyEvidence(t.ctx.db, t.ctx.dialect)).toMatchObject({ ok: true });
    }, 120_000);
  });
}
