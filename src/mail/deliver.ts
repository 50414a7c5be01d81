/**
 * Delivers the outbox. Idempotent: a sent message is never picked again, and each attempt is
 * claimed (counted and leased) before sending, so two runs at once — two workers, two instances —
 * do not send one message twice. A crash after the relay accepted a message but before it was
 * marked sent sends it again once its lease expires: delivery is at least once, as SMTP itself.
 *
 * A message stays 'queued' while it is retried (with back-off); after the last attempt it is
 * 'failed' with its last error. The delivery, or the final failure, is chained into the evidence
 * log and handed to the listeners (a dunning action takes its date from it) in one transaction.
 */
import type { Db, Dialect } from '../db/database.ts';
import { appendEvidence } from '../evidence/index.ts';
import type { DeliveryListener, DeliveryOutcome, MailTransport } from './model.ts';
import * as repo from './outbox.repo.ts';

export interface DeliverOptions {
  /** Attempts per message before it is 'failed' for an operator (default 5). */
  maxAttempts?: number;
  /** Messages per run (default 100). */
  limit?: number;
  /** Deliver only this message. */
  onlyId?: string;
  /** Deliver only this organisation's messages (the sweep step). */
  orgId?: string;
  /** Told of each delivery or final failure, inside the transaction that records it. */
  listeners?: readonly DeliveryListener[];
  /** Called once the number of due messages is known, then after each one. */
  onProgress?: (done: number, total: number) => void;
}

export interface DeliveryReport {
  sent: string[];
  /** Failed attempts (retried later unless `final`). */
  failed: { id: string; error: string; final: boolean }[];
}

export interface DeliveryContext {
  db: Db;
  dialect: Dialect;
  now(): Date;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
/** How long an attempt in flight keeps the message from other runs. */
const LEASE_MS = 5 * 60_000;
/** Back-off after the n-th failed attempt: 1, 2, 4, 8… minutes, at most an hour. */
export const retryDelayMs = (attempt: number) => Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));

const at = (base: Date, ms: number) => new Date(base.getTime() + ms).toISOString();

type DueRow = Awaited<ReturnType<typeof repo.dueMessages>>[number];

/** Sends the due messages (queued, past their lease or back-off); marks each sent, retried or failed. */
export async function deliverQueued(
  ctx: DeliveryContext,
  transport: MailTransport,
  options: DeliverOptions = {},
): Promise<DeliveryReport> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const report: DeliveryReport = { sent: [], failed: [] };
  const due = await repo.dueMessages(ctx.db, ctx.now().toISOString(), maxAttempts, options.limit ?? 100, {
    ...(options.onlyId ? { onlyId: options.onlyId } : {}),
    ...(options.orgId ? { orgId: options.orgId } : {}),
  });
  options.onProgress?.(0, due.length);
  let done = 0;
  for (const row of due) {
    const now = ctx.now();
    if (await repo.claimAttempt(ctx.db, row.id, now.toISOString(), at(now, LEASE_MS), maxAttempts)) {
      const attempt = row.attempts + 1;
      const recipients = [...(JSON.parse(row.to) as string[]), ...(row.cc ? (JSON.parse(row.cc) as string[]) : [])];
      try {
        await transport.send({ id: row.id, from: row.from_address, recipients, eml: row.eml });
        const when = ctx.now().toISOString();
        if (
          await record(
            ctx,
            row,
            { status: 'sent', at: when, attempts: attempt, transport: transport.name },
            options.listeners,
            (trx) => repo.markSent(trx, row.id, when, transport.name),
          )
        )
          report.sent.push(row.id);
      } catch (err) {
        const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
        const final = attempt >= maxAttempts;
        const when = ctx.now().toISOString();
        if (final) {
          await record(
            ctx,
            row,
            { status: 'failed', at: when, attempts: attempt, transport: transport.name, error },
            options.listeners,
            (trx) => repo.markAttemptFailed(trx, row.id, error, when, true, when),
          );
        } else {
          await repo.markAttemptFailed(ctx.db, row.id, error, at(ctx.now(), retryDelayMs(attempt)), false, when);
        }
        report.failed.push({ id: row.id, error, final });
      }
    }
    options.onProgress?.(++done, due.length);
  }
  return report;
}

/** Marks the outcome, chains it into the evidence log and tells the listeners, in one transaction. False when the message was cancelled meanwhile. */
async function record(
  ctx: DeliveryContext,
  row: DueRow,
  o: Omit<DeliveryOutcome, 'message'>,
  listeners: readonly DeliveryListener[] = [],
  mark: (trx: Db) => Promise<boolean>,
): Promise<boolean> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await mark(trx))) return false;
    const outcome: DeliveryOutcome = {
      ...o,
      message: {
        id: row.id,
        orgId: row.org_id,
        subject: row.subject,
        to: JSON.parse(row.to) as string[],
        relatedType: row.related_type,
        relatedId: row.related_id,
      },
    };
    await appendEvidence(trx, ctx.dialect, {
      orgId: row.org_id,
      kind: o.status === 'sent' ? 'mail.delivered' : 'mail.failed',
      objectType: row.related_type ?? 'outbox-message',
      objectId: row.related_id ?? row.id,
      contractId: row.contract_id,
      actor: 'system:mail',
      at: o.at,
      decision: {
        outboxMessageId: row.id,
        subject: row.subject,
        to: outcome.message.to,
        transport: o.transport,
        attempts: o.attempts,
        ...(o.error ? { error: o.error } : {}),
      },
    });
    for (const listener of listeners) await listener(trx, outcome);
    return true;
  });
}
