/**
 * Billing runs started by accounting (`POST /api/billing-runs`): the run row is written at once
 * and the run goes on in the background; its progress is read from the row (`GET`).
 */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './billing.repo.ts';
import { checkPeriod, runRentBilling } from './run-billing.ts';
import type { BillingRunOut } from './billing.schemas.ts';

/** Runs going on in this process, by organisation and period (one at a time each). */
const inProcess = new Map<string, Promise<unknown>>();

export function toBillingRunOut(r: repo.BillingRunRow): BillingRunOut {
  return {
    id: r.id,
    period: r.period,
    status: r.status,
    issueDate: r.issue_date,
    contractsTotal: r.contracts_total,
    contractsSeen: Number(r.contracts_seen),
    invoicesCreated: Number(r.invoices_created),
    skippedLessor: Number(r.contracts_skipped_lessor),
    alreadyBilled: Number(r.contracts_already_billed),
    batchesCommitted: Number(r.batches_committed),
    firstNumber: r.first_number,
    lastNumber: r.last_number,
    error: r.error,
    startedBy: r.started_by,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

/** Starts the billing of a period; resolves once the run is recorded, not when it ends. */
export async function startBillingRun(ctx: AppContext, actor: Actor, period: string): Promise<BillingRunOut> {
  const issueDate = parisDate(ctx.now());
  checkPeriod(period, issueDate);
  const key = `${actor.orgId}|${period}`;
  if (inProcess.has(key)) throw new AppError('billing.run_in_progress');
  const id = newId();
  await repo.insertRun(ctx.db, {
    id,
    org_id: actor.orgId,
    period,
    as_of: issueDate,
    issue_date: issueDate,
    started_by: actor.userId,
    started_at: ctx.now().toISOString(),
  });
  const running = runRentBilling(ctx, { orgId: actor.orgId, period, issueDate, actorId: actor.userId, runId: id })
    .catch(() => {}) // recorded on the run row (status failed, error)
    .finally(() => inProcess.delete(key));
  inProcess.set(key, running);
  return getBillingRun(ctx, actor.orgId, id);
}

export async function getBillingRun(ctx: AppContext, orgId: string, id: string): Promise<BillingRunOut> {
  const row = await repo.findRun(ctx.db, orgId, id);
  if (!row) throw new AppError('billing.run_not_found');
  return toBillingRunOut(row);
}

export async function listBillingRuns(
  ctx: AppContext,
  orgId: string,
  q: { period?: string; limit: number },
): Promise<BillingRunOut[]> {
  return (await repo.listRuns(ctx.db, orgId, q)).map(toBillingRunOut);
}

/** Waits for the runs this process started (tests, graceful shutdown). */
export async function settleBillingRuns(): Promise<void> {
  await Promise.all([...inProcess.values()]);
}
