/**
 * Concurrent invoice issuers for the gapless-numbering test and its benchmark (no test framework
 * here, so that `npm run bench` can use it): drafts written in bulk, issued by N workers through
 * issueWithin with some transactions rolled back after taking their number, and the numbers read
 * back in the order their issue was recorded in the evidence log.
 */
import { parisDate } from '../../src/context.ts';
import { newId } from '../../src/kernel/ids.ts';
import type { IssueContext } from '../../src/modules/invoices/index.ts';
import { issueWithin } from '../../src/modules/invoices/index.ts';
import type { TestDb } from './db.ts';

const AT = '2026-03-02T09:00:00.000Z';
type Target = Pick<TestDb, 'ctx' | 'orgId'>;

export async function insertClient(t: Target): Promise<string> {
  const id = newId();
  await t.ctx.db
    .insertInto('clients')
    .values({
      id,
      org_id: t.orgId,
      legal_name: 'Client concurrent SAS',
      siren: '552081317',
      siret: null,
      vat_number: null,
      address_line: '1 rue',
      postal_code: '75001',
      city: 'Paris',
      country: 'FR',
      email: null,
      phone: null,
      relationship_ended_on: null,
      anonymised_at: null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

export async function insertDrafts(t: Target, clientId: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => newId());
  for (let i = 0; i < n; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await t.ctx.db
      .insertInto('invoices')
      .values(
        chunk.map((id, k) => ({
          id,
          org_id: t.orgId,
          client_id: clientId,
          contract_id: null,
          kind: 'invoice' as const,
          status: 'draft' as const,
          origin: 'manual' as const,
          billing_key: null,
          number: null,
          issue_date: null,
          due_date: null,
          operation_date: null,
          period_start: null,
          period_end: null,
          corrects_invoice_id: null,
          purchase_order_reference: null,
          delivery_address_json: null,
          nature: 'services' as const,
          payment_means: 'bank-transfer' as const,
          terms_version: null,
          late_rate_percent: null,
          late_rate_text: null,
          reason: null,
          notes_json: '[]',
          net_cents: 1000 + ((i + k) % 100),
          vat_cents: 200,
          gross_cents: 1200 + ((i + k) % 100),
          vat_breakdown_json: '[]',
          created_by: 'test',
          created_at: AT,
          updated_at: AT,
        })),
      )
      .execute();
    await t.ctx.db
      .insertInto('invoice_lines')
      .values(
        chunk.map((id, k) => ({
          id: newId(),
          org_id: t.orgId,
          invoice_id: id,
          position: 1,
          kind: 'service' as const,
          nature: 'services' as const,
          contract_line_id: null,
          catalogue_item_id: null,
          sku: null,
          label: 'Intervention',
          quantity: '1',
          unit_price_cents: 1000 + ((i + k) % 100),
          discount_percent: null,
          vat_rate: '20',
          net_cents: 1000 + ((i + k) % 100),
          period_start: null,
          period_end: null,
        })),
      )
      .execute();
  }
  return ids;
}

/**
 * Issues every draft with `workers` concurrent issuers; every `rollBackEvery`-th first attempt
 * rolls back after taking its number (and is issued again later). Every worker is awaited before
 * this returns or throws, also when one fails or `signal` aborts (a test that timed out), so no
 * issuer outlives its test.
 */
export async function issueConcurrently(
  t: Target,
  ic: IssueContext,
  ids: string[],
  options: { workers: number; rollBackEvery: number; signal?: AbortSignal },
): Promise<number> {
  const queue = [...ids];
  const toRollBack = new Set(ids.filter((_, i) => i % options.rollBackEvery === 0));
  const failedOnce = new Set<string>();
  let rolledBack = 0;
  let failed = false;
  const issueDate = parisDate(t.ctx.now());
  const stopped = () => failed || options.signal?.aborted === true;
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined && !stopped(); id = queue.shift()) {
      const rollBack = toRollBack.has(id) && !failedOnce.has(id);
      try {
        await t.ctx.db.transaction().execute(async (trx) => {
          await issueWithin(trx, t.ctx, {
            orgId: t.orgId,
            id,
            actorId: 'test',
            issueDate,
            at: AT,
            ic,
            contractTermDays: null,
            prepayment: false,
          });
          if (rollBack) throw new Error('rolled back after taking a number');
        });
      } catch (e) {
        if (!rollBack) {
          failed = true;
          throw e;
        }
        failedOnce.add(id);
        rolledBack++;
        queue.push(id);
      }
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: options.workers }, worker));
  const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (rejected) throw rejected.reason;
  if (options.signal?.aborted) throw new Error('issuers stopped: the test was aborted');
  return rolledBack;
}

/** Invoices of the F series in the order their issue was recorded in the evidence log. */
export function inIssueOrder(t: Target) {
  return t.ctx.db
    .selectFrom('evidence_entries')
    .innerJoin('invoices', 'invoices.id', 'evidence_entries.object_id')
    .select(['invoices.number', 'evidence_entries.seq', 'invoices.origin'])
    .where('evidence_entries.object_type', '=', 'invoice')
    .where('evidence_entries.kind', '=', 'document.issued')
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.org_id', '=', t.orgId)
    .orderBy('evidence_entries.seq')
    .execute();
}

/** The index of the first number that breaks 1, 2, 3, … in issue order (duplicate, hole or disorder), or -1. */
export function firstOutOfSequence(numbers: string[]): { index: number; around: string } {
  const values = numbers.map((n) => Number(n.slice(-7)));
  const index = values.findIndex((v, i) => v !== i + 1);
  return { index, around: index >= 0 ? values.slice(Math.max(0, index - 2), index + 3).join(', ') : '' };
}
