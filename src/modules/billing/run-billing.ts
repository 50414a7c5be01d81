/**
 * The monthly rent billing run (CGV art. 10.1; LEGAL.md §6.2 — rents are payable in advance).
 * For a period, every active contract with a rental line covering a day of the month gets ONE
 * invoice (billing key rent:<contract>:<period>), issued at once with no PDF (rendered on first
 * use). Contracts financed by a lessor are skipped: the lessor invoices the rent.
 *
 * Contracts are read by keyset pages and billed in batches, one transaction per batch: a batch
 * takes its numbers with one counter update, commits as a whole or not at all, so a run killed
 * midway loses at most the open batch (its numbers come back) and a rerun bills what is left.
 */
import type { AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { loadEcbRates } from '../ecb-rates/index.ts';
import { issueBatchWithin, type BulkInvoice } from '../invoices/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { rateAtTaxPoint, vatRateTable } from '../vat-rates/index.ts';
import * as repo from './billing.repo.ts';
import { planSupplements, rentBulkInvoice, supplementInvoices } from './rent-supplements.ts';
import { ENDED, isPeriod, nextPeriod, periodBounds, rentInvoiceFor } from './rent-lines.ts';

export const DEFAULT_BATCH_SIZE = 500;

export interface BillingProgress {
  runId: string;
  period: string;
  total: number;
  seen: number;
  created: number;
}

export interface BillingRunOptions {
  orgId: string;
  period: string;
  /** The issue date of the invoices (Europe/Paris day of the run). */
  issueDate: string;
  actorId: string;
  batchSize?: number;
  /** An id reserved by startBillingRun (the HTTP route answers with it before the run ends). */
  runId?: string;
  /** The daily sweep records no run when there is nothing left to bill. */
  skipWhenNothingToBill?: boolean;
  onProgress?(p: BillingProgress): void;
  /** Called inside each batch transaction just before it commits (fault injection in tests). */
  beforeCommit?(): void;
}

export interface BillingReport {
  runId: string | null;
  period: string;
  issueDate: string;
  status: 'done' | 'nothing-to-bill';
  contractsTotal: number;
  contractsSeen: number;
  invoicesCreated: number;
  skippedLessor: number;
  alreadyBilled: number;
  /** Of invoicesCreated, the supplements of earlier months (units recorded after their invoice). */
  supplementsCreated: number;
  /** Rental lines whose total was not positive (e.g. a 100 % discount): no invoice. */
  emptyInvoices: number;
  batches: number;
  firstNumber: string | null;
  lastNumber: string | null;
}

/** Refuses a malformed period, or one more than a month ahead of the issue date. */
export function checkPeriod(period: string, issueDate: string) {
  if (!isPeriod(period))
    throw new AppError('request.invalid', {
      errors: [{ path: 'period', message: 'expected a month YYYY-MM', fr: 'mois attendu au format AAAA-MM' }],
    });
  if (period > nextPeriod(issueDate.slice(0, 7))) {
    throw new AppError('billing.period_not_open', {
      detail: `On ${issueDate} the rents can be billed up to ${nextPeriod(issueDate.slice(0, 7))}`,
      errors: [
        {
          path: 'period',
          message: `at most ${nextPeriod(issueDate.slice(0, 7))} on ${issueDate}`,
          fr: `au plus tard ${nextPeriod(issueDate.slice(0, 7))} à la date du ${formatDateFr(issueDate)}`,
        },
      ],
    });
  }
}

/**
 * Runs the billing of a period to its end; see the module comment. A run that fails is recorded
 * as such (status failed, error); what its committed batches issued stays issued.
 */
export async function runRentBilling(ctx: AppContext, o: BillingRunOptions): Promise<BillingReport> {
  let runId: string | null = o.runId ?? null;
  try {
    checkPeriod(o.period, o.issueDate);
    return await billPeriod(ctx, o, (id) => (runId = id));
  } catch (e) {
    if (runId !== null)
      await repo
        .finishRun(ctx.db, runId, 'failed', ctx.now().toISOString(), e instanceof Error ? e.message : String(e))
        .catch(() => {});
    throw e;
  }
}

async function billPeriod(
  ctx: AppContext,
  o: BillingRunOptions,
  recorded: (runId: string) => void,
): Promise<BillingReport> {
  const bounds = periodBounds(o.period);
  const batchSize = o.batchSize ?? DEFAULT_BATCH_SIZE;
  const counts = await repo.countCandidates(ctx.db, o.orgId, bounds);
  const report: BillingReport = {
    runId: null,
    period: o.period,
    issueDate: o.issueDate,
    status: 'done',
    contractsTotal: counts.total,
    contractsSeen: counts.lessor + counts.billed,
    invoicesCreated: 0,
    skippedLessor: counts.lessor,
    alreadyBilled: counts.billed,
    supplementsCreated: 0,
    emptyInvoices: 0,
    batches: 0,
    firstNumber: null,
    lastNumber: null,
  };
  // The months before owe a supplement for units recorded after their invoice (rent-supplements.ts).
  const supplements = await planSupplements(ctx.db, o.orgId, o.period);
  if (
    o.skipWhenNothingToBill &&
    counts.total - counts.lessor - counts.billed === 0 &&
    supplements.contracts.length === 0
  )
    return { ...report, status: 'nothing-to-bill' };

  const runId = o.runId ?? newId();
  report.runId = runId;
  if (!o.runId)
    await repo.insertRun(ctx.db, {
      id: runId,
      org_id: o.orgId,
      period: o.period,
      as_of: o.issueDate,
      issue_date: o.issueDate,
      started_by: o.actorId,
      started_at: ctx.now().toISOString(),
    });
  recorded(runId);
  await repo.markInterrupted(ctx.db, o.orgId, o.period, runId, ctx.now().toISOString());
  await repo.setCounts(ctx.db, runId, {
    contracts_total: counts.total,
    contracts_skipped_lessor: counts.lessor,
    contracts_already_billed: counts.billed,
    contracts_seen: report.contractsSeen,
    updated_at: ctx.now().toISOString(),
  });
  const progress = () =>
    o.onProgress?.({
      runId,
      period: o.period,
      total: report.contractsTotal,
      seen: report.contractsSeen,
      created: report.invoicesCreated,
    });
  progress();

  const restoreSettings = await repo.bulkWriteSettings(ctx.db, ctx.dialect);
  try {
    const org = await repo.organisationForBilling(ctx.db, o.orgId);
    const ecbRates = await loadEcbRates(ctx);
    const vatRates = await vatRateTable(ctx.db);
    const terms = new Map<string, TermsVersion>();
    const rateAt = (rate: string, day: string) => rateAtTaxPoint(vatRates, rate, day);
    if (supplements.contracts.length > 0) {
      for (const c of supplements.contracts)
        if (!terms.has(c.terms_version))
          terms.set(c.terms_version, await publishedTerms(ctx, o.orgId, c.terms_version));
      const at = ctx.now().toISOString();
      const result = await ctx.db.transaction().execute(async (trx) => {
        const invoices = supplementInvoices(
          supplements,
          await repo.lockedEnds(
            trx,
            ctx.dialect,
            supplements.contracts.map((c) => c.id),
          ),
          rateAt,
        );
        const r = await issueBatchWithin(trx, ctx.dialect, {
          orgId: o.orgId,
          issueDate: o.issueDate,
          at,
          actorId: o.actorId,
          context: { org, ecbRates, terms: (v) => terms.get(v)! },
          invoices,
        });
        await repo.addBatch(trx, runId, {
          seen: 0,
          created: r.issued.length,
          alreadyBilled: r.alreadyInvoiced.length,
          firstNumber: r.issued[0]?.number ?? null,
          lastNumber: r.issued[r.issued.length - 1]?.number ?? null,
          at,
        });
        o.beforeCommit?.();
        return r;
      });
      report.batches++;
      report.invoicesCreated += result.issued.length;
      report.supplementsCreated = result.issued.length;
      report.emptyInvoices += result.empty.length;
      if (result.issued.length > 0) {
        report.firstNumber ??= result.issued[0]!.number;
        report.lastNumber = result.issued[result.issued.length - 1]!.number;
      }
      progress();
    }
    let after: string | null = null;
    for (;;) {
      const page = await repo.pageToBill(ctx.db, o.orgId, bounds, after, batchSize);
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      for (const c of page)
        if (!terms.has(c.terms_version))
          terms.set(c.terms_version, await publishedTerms(ctx, o.orgId, c.terms_version));
      const at = ctx.now().toISOString();
      const lines = await repo.rentalLinesOf(
        ctx.db,
        page.map((c) => c.id),
        o.period,
      );
      const toBill = (ends: Map<string, { endedOn: string | null; status: string }>): BulkInvoice[] => {
        const invoices: BulkInvoice[] = [];
        for (const c of page) {
          // The status and end as read under the lock (a termination may have committed since the
          // page was read): an ended contract without its date is not billed at all.
          const locked = ends.get(c.id);
          if (locked && ENDED.includes(locked.status) && locked.endedOn === null) continue;
          const endedOn = locked ? locked.endedOn : c.ended_on;
          // Nothing to bill from the day the contract no longer runs (issue #12: termination, cancellation, end).
          const draft = rentInvoiceFor(c.effective_date, lines.get(c.id) ?? [], bounds, endedOn);
          if (!draft) continue;
          invoices.push(rentBulkInvoice(c, draft, repo.rentBillingKey(c.id, o.period), rateAt, bounds));
        }
        return invoices;
      };
      const result = await ctx.db.transaction().execute(async (trx) => {
        const invoices = toBill(
          await repo.lockedEnds(
            trx,
            ctx.dialect,
            page.map((c) => c.id),
          ),
        );
        const r = await issueBatchWithin(trx, ctx.dialect, {
          orgId: o.orgId,
          issueDate: o.issueDate,
          at,
          actorId: o.actorId,
          context: { org, ecbRates, terms: (v) => terms.get(v)! },
          invoices,
        });
        await repo.addBatch(trx, runId, {
          seen: page.length,
          created: r.issued.length,
          alreadyBilled: r.alreadyInvoiced.length,
          firstNumber: r.issued[0]?.number ?? null,
          lastNumber: r.issued[r.issued.length - 1]?.number ?? null,
          at,
        });
        o.beforeCommit?.();
        return r;
      });
      report.batches++;
      report.contractsSeen += page.length;
      report.invoicesCreated += result.issued.length;
      report.alreadyBilled += result.alreadyInvoiced.length;
      report.emptyInvoices += result.empty.length;
      if (result.issued.length > 0) {
        report.firstNumber ??= result.issued[0]!.number;
        report.lastNumber = result.issued[result.issued.length - 1]!.number;
      }
      progress();
      if (page.length < batchSize) break;
    }
  } finally {
    await restoreSettings();
  }
  await repo.finishRun(ctx.db, runId, 'done', ctx.now().toISOString(), null);
  return report;
}
