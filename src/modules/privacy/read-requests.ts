import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import type { RequestOut } from './privacy.schemas.ts';
import * as repo from './privacy.repo.ts';
import { daysLeft, dueSoonLimit } from './request-deadline.ts';

export function toRequestOut(r: repo.RequestRow, today: string): RequestOut {
  const effectiveDueOn = r.extended_due_on ?? r.due_on;
  const left = daysLeft(today, effectiveDueOn);
  return {
    id: r.id,
    clientId: r.client_id,
    subjectEmail: r.subject_email,
    subjectName: r.subject_name,
    kind: r.kind,
    channel: r.channel,
    details: r.details,
    receivedOn: r.received_on,
    identityStatus: r.identity_status,
    dueOn: r.due_on,
    effectiveDueOn,
    extendedDueOn: r.extended_due_on,
    extensionReason: r.extension_reason,
    extensionLetterSha256: r.extension_letter_sha256,
    daysLeft: left,
    overdue: r.status === 'open' && left < 0,
    status: r.status,
    answer: r.answer,
    result: r.answer_json ? (JSON.parse(r.answer_json) as unknown) : null,
    answeredAt: r.answered_at,
    createdAt: r.created_at,
  };
}

/** Staff: every request, or the open ones due within 7 days (overdue included) for the dashboard. */
export async function listRequests(
  ctx: AppContext,
  actor: Actor,
  q: { status?: repo.RequestRow['status']; dueSoon?: 'true' | 'false' },
): Promise<RequestOut[]> {
  const today = parisDate(ctx.now());
  const dueSoon = q.dueSoon === 'true';
  const rows = await repo.listRequests(ctx.db, actor.orgId, {
    ...(dueSoon ? { status: 'open' as const, dueBy: dueSoonLimit(today) } : q.status ? { status: q.status } : {}),
  });
  return rows.map((r) => toRequestOut(r, today));
}

/** A request as staff see it, or as its own portal user does: anyone else gets a 404. */
export async function loadRequest(ctx: AppContext, actor: Actor, id: string): Promise<repo.RequestRow> {
  const row = await repo.findRequest(ctx.db, actor.orgId, id);
  if (!row || (actor.role === 'client' && row.portal_user_id !== actor.userId))
    throw new AppError('privacy.request_not_found');
  return row;
}

export async function getRequest(ctx: AppContext, actor: Actor, id: string): Promise<RequestOut> {
  return toRequestOut(await loadRequest(ctx, actor, id), parisDate(ctx.now()));
}

/** Portal: the signed-in user's own requests. */
export async function listMyRequests(ctx: AppContext, actor: Actor): Promise<RequestOut[]> {
  const today = parisDate(ctx.now());
  const rows = await repo.listRequests(ctx.db, actor.orgId, { portalUserId: actor.userId });
  return rows.map((r) => toRequestOut(r, today));
}
