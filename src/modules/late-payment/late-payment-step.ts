import type { AppContext, SweepStep, SweepStepRun } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { loadEcbRates } from '../ecb-rates/index.ts';
import { evaluateLate, paymentsByInvoice, termsResolver } from './late-facts.ts';
import * as repo from './late-payment.repo.ts';
import { recordDecisions, type BatchDecisionInput } from './record-decisions.ts';
import { markFinal, storeLateFigures, type LateFigures } from '../invoices/index.ts';

/**
 * Invoices per page: one read of the page, one of its payments, one transaction (under a second
 * on SQLite for a page of first-time late invoices, so other writers are never held long).
 */
export const LATE_PAGE_SIZE = 5_000;

/**
 * Sweep step (art. 10.3): every issued invoice past its due date that is unsettled, or settled
 * after it and not yet final, is evaluated by rule invoice.late-payment; the decision and its
 * figures (interest, EUR 40) are stored on the invoice (late_json, late_*). A decision is recorded
 * only when the state changes: once when the invoice first becomes late, once when it is paid
 * late. The work goes by keyset pages of 5,000 invoices, one transaction per page with batched
 * updates, reading its candidates from a partial index in (due date, id) order; a killed run
 * resumes where it stopped: a page either committed or left nothing behind.
 */
export const latePaymentStep: SweepStep = {
  id: 'invoice.late-payment',
  article: '10.3',
  title: {
    fr: 'Pénalités de retard et indemnité forfaitaire des factures échues',
    en: 'Late-payment interest and recovery indemnity of overdue invoices',
  },
  async run(ctx, run) {
    const total = await repo.countLateCandidates(ctx.db, run.orgId, run.asOf);
    run.onTotal(total);
    if (total === 0) return { examined: 0, acted: 0 };
    return repo.withBulkWrites(ctx.db, ctx.dialect, () => examineLateInvoices(ctx, run));
  },
};

async function examineLateInvoices(ctx: AppContext, run: SweepStepRun): Promise<{ examined: number; acted: number }> {
  const { orgId, asOf } = run;
  const ecbRates = await loadEcbRates(ctx);
  const termsOf = termsResolver(ctx, orgId, asOf);
  const at = ctx.now().toISOString();
  let after: repo.LateCursor | null = null;
  let examined = 0;
  let acted = 0;
  for (;;) {
    const page = await repo.lateCandidatesPage(ctx.db, orgId, asOf, after, LATE_PAGE_SIZE);
    if (page.length === 0) break;
    const last = page[page.length - 1]!;
    after = { dueDate: last.due_date!, id: last.id };
    const payments = paymentsByInvoice(
      await repo.paymentsOfInvoices(
        ctx.db,
        orgId,
        page.map((r) => r.id),
      ),
    );
    const figures: LateFigures[] = [];
    const nothingOwed: string[] = [];
    const decisions: BatchDecisionInput[] = [];
    for (const inv of page) {
      const terms = await termsOf(inv.terms_version);
      let decision;
      try {
        decision = evaluateLate(inv, payments.get(inv.id) ?? [], { asOf, terms, ecbRates });
      } catch (e) {
        // Facts the rule refuses (no ECB rate known for a day of the delay): left for a later
        // run once the rate table is updated, without holding back the other invoices.
        if (e instanceof AppError) continue;
        throw e;
      }
      if (!decision) {
        if (inv.settled_on) nothingOwed.push(inv.id);
        continue;
      }
      const outcome = decision.outcome;
      const paid = outcome === 'paid-late' || outcome === 'paid-on-time';
      const json = JSON.stringify(decision);
      figures.push({
        id: inv.id,
        json,
        outcome,
        interestCents: Number(decision.interestCents),
        indemnityCents: Number(decision.indemnityCents),
        finalOn: paid ? inv.settled_on : null,
      });
      if ((outcome === 'late' || outcome === 'paid-late') && inv.late_outcome !== outcome) {
        decisions.push({
          decision,
          decisionJson: json,
          objectType: 'invoice',
          objectId: inv.id,
          contractId: inv.contract_id,
          effectKey: `invoice.late-payment:${inv.id}:${outcome}`,
          actor: 'system:sweep',
          at,
        });
      }
    }
    acted += await ctx.db.transaction().execute(async (trx) => {
      await storeLateFigures(trx, ctx.dialect, orgId, asOf, figures);
      await markFinal(trx, orgId, nothingOwed);
      const recorded = await recordDecisions(trx, ctx.dialect, orgId, decisions);
      run.beforeCommit();
      return recorded;
    });
    examined += page.length;
    for (let i = 0; i < page.length; i++) run.onItem();
  }
  return { examined, acted };
}
