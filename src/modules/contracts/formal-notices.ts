/**
 * Formal notices (mise en demeure, art. 15.2): a registered letter stating the intent to use the
 * termination clause; staff record its acknowledgement of receipt (AR), from which rule
 * termination.formal-notice gives `terminableFrom`; a remedy in time closes it.
 */
import { type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import * as repo from './lifecycle.repo.ts';
import { visibleContract } from './read-contracts.ts';

export type NoticeRow = NonNullable<Awaited<ReturnType<typeof repo.findNotice>>>;

export function toNoticeOut(n: NoticeRow) {
  return {
    id: n.id,
    breach: n.breach,
    description: n.description,
    sentOn: n.sent_on,
    curable: Number(n.curable) === 1,
    receivedOn: n.received_on,
    terminableFrom: n.terminable_from,
    curedOn: n.cured_on,
    terminableFlaggedOn: n.terminable_flagged_on,
    letterSha256: n.letter_sha256,
  };
}

export async function noticeOf(ctx: AppContext, actor: Actor, contractId: string, noticeId: string) {
  const contract = await visibleContract(ctx, actor, contractId);
  const notice = await repo.findNotice(ctx.db, actor.orgId, contract.id, noticeId);
  if (!notice) throw new AppError('contract.notice_not_found');
  return { contract, notice };
}

/** Applies the rule to a notice, as of a day. */
export async function noticeDecision(
  ctx: AppContext,
  orgId: string,
  termsVersion: string,
  n: { received_on: string; cured_on: string | null; curable: number },
  asOf: string,
) {
  const terms = await publishedTerms(ctx, orgId, termsVersion);
  return evaluate(
    'termination.formal-notice',
    {
      noticeReceivedOn: n.received_on,
      ...(n.cured_on ? { curedOn: n.cured_on } : {}),
      curable: Number(n.curable) === 1,
    },
    { asOf, terms },
  );
}
