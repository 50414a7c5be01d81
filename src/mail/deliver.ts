/**
 * Delivers the outbox. Idempotent: a sent message is never picked again, and each attempt is
 * claimed (counted and leased) before sending, so two runs at once do not send one message twice.
 * A crash after the relay accepted a message but before it was marked sent sends it again once
 * its lease expires: delivery is at least once, as SMTP itself.
 */
import type { Db } from '../db/database.ts';
import type { MailTransport } from './model.ts';
import * as repo from './outbox.repo.ts';

export interface DeliverOptions {
  /** Attempts per message before it stays 'failed' for an operator (default 5). */
  maxAttempts?: number;
  /** Messages per run (default 100). */
  limit?: number;
  /** Deliver only this message (sendMail right after queueing it). */
  onlyId?: string;
}

export interface DeliveryReport {
  sent: string[];
  failed: { id: string; error: string }[];
}

/** How long an attempt in flight keeps the message from other runs. */
const LEASE_MS = 5 * 60_000;
/** Back-off after the n-th failed attempt: 1, 2, 4, 8… minutes, at most an hour. */
const retryDelayMs = (attempt: number) => Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));

const at = (base: Date, ms: number) => new Date(base.getTime() + ms).toISOString();

/** Sends the due messages (queued, or failed and past their back-off); marks each 'sent' or 'failed'. */
export async function deliverQueued(ctx: { db: Db; now(): Date }, transport: MailTransport, options: DeliverOptions = {}): Promise<DeliveryReport> {
  const maxAttempts = options.maxAttempts ?? 5;
  const report: DeliveryReport = { sent: [], failed: [] };
  const due = await repo.dueMessages(ctx.db, ctx.now().toISOString(), maxAttempts, options.limit ?? 100, options.onlyId);
  for (const row of due) {
    const now = ctx.now();
    if (!(await repo.claimAttempt(ctx.db, row.id, now.toISOString(), at(now, LEASE_MS), maxAttempts))) continue;
    const recipients = [...(JSON.parse(row.to) as string[]), ...(row.cc ? (JSON.parse(row.cc) as string[]) : [])];
    try {
      await transport.send({ id: row.id, from: row.from_address, recipients, eml: row.eml });
      await repo.markSent(ctx.db, row.id, ctx.now().toISOString());
      report.sent.push(row.id);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await repo.markFailed(ctx.db, row.id, error.slice(0, 1000), at(ctx.now(), retryDelayMs(row.attempts + 1)));
      report.failed.push({ id: row.id, error });
    }
  }
  return report;
}
