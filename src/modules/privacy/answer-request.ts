import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { applyRequest } from './apply-request.ts';
import { erasePerson } from './erase-person.ts';
import type { AnswerInput, RequestOut } from './privacy.schemas.ts';
import type { Applied } from './apply-request.ts';
import * as repo from './privacy.repo.ts';
import { loadRequest, toRequestOut } from './read-requests.ts';

/**
 * Answers a request. Nothing about the person leaves, and nothing is erased, before their
 * identity is verified (GDPR art. 12(6)); a refusal may be given without it. An erasure request
 * answered erases what is not legally retained and records what is kept and why. An access or
 * portability request answered makes the export downloadable in the portal by its requester. A
 * rectification, restriction or objection answered is applied to the person's rows in the same
 * transaction (ADR 0021): what the answer says was done, was done.
 */
export async function answerRequest(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: AnswerInput,
): Promise<RequestOut> {
  const row = await loadRequest(ctx, actor, id);
  if (row.status !== 'open') throw new AppError('privacy.request_closed');
  if (input.outcome === 'answered' && row.identity_status !== 'verified')
    throw new AppError('privacy.identity_not_verified');
  const at = ctx.now().toISOString();
  const today = parisDate(ctx.now());
  const set: Partial<repo.RequestRow> = {
    status: input.outcome,
    answer: input.answer,
    answered_at: at,
    answered_by: actor.userId,
    updated_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    // The state first: a second answer racing this one finds it answered.
    const fresh = await repo.findRequest(trx, actor.orgId, id);
    if (fresh?.status !== 'open') throw new AppError('privacy.request_closed');
    let result: unknown = null;
    if (input.outcome === 'answered' && row.kind === 'erasure')
      result = await erasePerson(trx, ctx.dialect, actor.orgId, row.subject_email, actor.userId, at);
    if (input.outcome === 'answered' && (row.kind === 'access' || row.kind === 'portability'))
      result = { export: row.portal_user_id ? 'portal' : 'sent-by-staff' };
    if (input.outcome === 'answered') result = (await applyRequest(trx, row, input.rectification, today, at)) ?? result;
    else if (input.rectification)
      throw new AppError('request.invalid', {
        errors: [
          {
            path: 'rectification',
            message: 'a refusal corrects nothing',
            fr: 'un refus ne corrige rien',
          },
        ],
      });
    set.answer_json = result === null ? null : JSON.stringify(result);
    await repo.updateRequest(trx, actor.orgId, id, set);
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.request-answered',
      objectType: 'data-subject-request',
      objectId: id,
      actor: actor.userId,
      at,
      decision: {
        article: 'RGPD 12(3)',
        kind: row.kind,
        outcome: input.outcome,
        onTime: today <= (row.extended_due_on ?? row.due_on),
        ...(result && row.kind === 'erasure' ? { erased: (result as { erased: unknown }).erased } : {}),
        ...(result && ['rectification', 'restriction', 'objection'].includes(row.kind)
          ? { applied: appliedForEvidence(result as Applied) }
          : {}),
      },
    });
  });
  return toRequestOut({ ...row, ...set } as repo.RequestRow, today);
}

/** The evidence names the fields and counts, never the values (they would outlive an erasure, ADR 0026). */
function appliedForEvidence(a: Applied) {
  return {
    contacts: a.contacts,
    accounts: a.accounts,
    ...(a.fields ? { fields: a.fields } : {}),
    ...(a.since ? { since: a.since } : {}),
  };
}
