import { parisDate, type AppContext } from '../../context.ts';
import { addDays, daysBetween } from '../../kernel/dates.ts';
import { messagesByIds } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './dunning.repo.ts';
import { ensureLadder } from './ladder.ts';
import { stepDuePredicate } from './step-due.repo.ts';

/**
 * `GET /api/dunning`: the overdue invoices with their client, days late, open amount, the
 * interest and indemnity the late-payment sweep last stored, the last dunning step done and the
 * next one with its date.
 */
export async function dunningDashboard(
  ctx: AppContext,
  actor: Actor,
  q: { limit: number; stepDue?: 'true' | 'false' },
) {
  const today = parisDate(ctx.now());
  const ladder = await ensureLadder(ctx, actor.orgId);
  const stepDue = q.stepDue === 'true' ? stepDuePredicate(actor.orgId, today, ladder, 'i') : undefined;
  const rows = await repo.overdueForDashboard(ctx.db, actor.orgId, today, q.limit, stepDue);
  const actions = new Map<string, repo.DunningActionRow[]>();
  for (const a of await repo.actionsOf(
    ctx.db,
    actor.orgId,
    rows.map((r) => r.id),
  )) {
    const list = actions.get(a.invoice_id) ?? [];
    list.push(a);
    actions.set(a.invoice_id, list);
  }
  const byPosition = new Map(ladder.map((s) => [s.position, s]));
  const lastIds = [...actions.values()].flatMap((list) =>
    list.map((a) => a.outbox_message_id).filter((id): id is string => id !== null),
  );
  const messages = new Map((await messagesByIds(ctx.db, actor.orgId, lastIds)).map((m) => [m.id, m]));
  const delivery = (id: string | null) => {
    const m = id ? messages.get(id) : undefined;
    return m
      ? { messageId: m.id, status: m.status, sentAt: m.sent_at, error: m.last_error, attempts: m.attempts }
      : null;
  };
  const items = rows.map((r) => {
    const done = (actions.get(r.id) ?? []).sort((a, b) => Number(a.step_position) - Number(b.step_position));
    const last = done.at(-1);
    const lastStep = last ? byPosition.get(Number(last.step_position)) : undefined;
    const doneSet = new Set(done.map((a) => Number(a.step_position)));
    const next = ladder.find((s) => !doneSet.has(s.position) && (!last || s.position > Number(last.step_position)));
    return {
      invoiceId: r.id,
      invoiceNumber: r.number,
      clientId: r.client_id,
      clientName: r.legal_name,
      contractNumber: r.contract_number,
      dueDate: r.due_date,
      daysLate: r.due_date ? daysBetween(r.due_date, today) : 0,
      openCents: Math.max(0, Number(r.gross_cents) - Number(r.paid_cents) - Number(r.credited_cents)),
      interestCents: Number(r.late_interest_cents),
      indemnityCents: Number(r.late_indemnity_cents),
      lateAsOf: r.late_as_of,
      lastStep: last
        ? {
            position: Number(last.step_position),
            label: lastStep?.label ?? `Étape ${last.step_position}`,
            channel: lastStep?.channel ?? last.channel,
            doneOn: last.done_on,
            channelUsed: last.channel,
            documentSha256: last.document_sha256,
            delivery: delivery(last.outbox_message_id),
          }
        : null,
      nextStep:
        next && r.due_date
          ? {
              position: next.position,
              label: next.label,
              channel: next.channel,
              date: addDays(r.due_date, next.daysAfterDue),
            }
          : null,
    };
  });
  return { asOf: today, items };
}
