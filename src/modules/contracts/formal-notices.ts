/**
 * Formal notices (mise en demeure, art. 15.2): a registered letter stating the intent to use the
 * termination clause; staff record its acknowledgement of receipt (AR), from which rule
 * termination.formal-notice gives `terminableFrom`; a remedy in time closes it.
 */
import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { formalNoticeLetter, letterParties } from './lifecycle-letters.ts';
import * as repo from './lifecycle.repo.ts';
import type { FormalNoticeBody } from './lifecycle.schemas.ts';
import { visibleContract } from './read-contracts.ts';
import { checkTransition } from './contract-status.ts';

type NoticeRow = NonNullable<Awaited<ReturnType<typeof repo.findNotice>>>;

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

/** `POST /api/contracts/:id/formal-notices`: the notice and its letter (kept in the evidence log). */
export async function createFormalNotice(ctx: AppContext, actor: Actor, contractId: string, input: FormalNoticeBody) {
  const contract = await visibleContract(ctx, actor, contractId);
  // A notice prepares a termination: only a running contract gets one.
  checkTransition(contract.number, contract.status, 'terminated');
  const today = parisDate(ctx.now());
  const sentOn = input.sentOn ?? today;
  const terms = await publishedTerms(ctx, actor.orgId, contract.terms_version);
  const document = await formalNoticeLetter(await letterParties(ctx, actor.orgId, contract.client_id), contract, {
    breach: input.breach,
    description: input.description,
    sentOn,
    curable: input.curable,
    cureDays: terms.parameters.cureDays,
    signatory: input.signatoryName,
  });
  const at = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.issued',
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      actor: actor.userId,
      at,
      document,
    });
    await repo.insertNotice(trx, {
      id,
      org_id: actor.orgId,
      contract_id: contract.id,
      breach: input.breach,
      description: input.description,
      sent_on: sentOn,
      curable: input.curable ? 1 : 0,
      received_on: null,
      terminable_from: null,
      cured_on: null,
      terminable_flagged_on: null,
      letter_sha256: sha256OfBytes(document.bytes),
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
  });
  return toNoticeOut((await repo.findNotice(ctx.db, actor.orgId, contract.id, id))!);
}

async function noticeOf(ctx: AppContext, actor: Actor, contractId: string, noticeId: string) {
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

/** `POST …/formal-notices/:noticeId/receipt`: the AR date; the rule gives terminableFrom. */
export async function recordNoticeReceipt(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  noticeId: string,
  receivedOn: string,
) {
  const { contract, notice } = await noticeOf(ctx, actor, contractId, noticeId);
  if (notice.received_on !== null) throw new AppError('contract.notice_closed');
  if (receivedOn < notice.sent_on)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'receivedOn',
          message: `must not be before the sending date ${notice.sent_on}`,
          fr: `ne peut pas précéder la date d'envoi ${notice.sent_on}`,
        },
      ],
    });
  const today = parisDate(ctx.now());
  if (receivedOn > today)
    throw new AppError('request.invalid', {
      errors: [{ path: 'receivedOn', message: 'must not be in the future', fr: 'ne peut pas être dans le futur' }],
    });
  const decision = await noticeDecision(
    ctx,
    actor.orgId,
    contract.terms_version,
    { received_on: receivedOn, cured_on: null, curable: notice.curable },
    today,
  );
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateNotice(
      trx,
      notice.id,
      { received_on: receivedOn, terminable_from: decision.terminableFrom as string },
      at,
    );
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      effectKey: `termination.formal-notice:${notice.id}:receipt`,
      actor: actor.userId,
      at,
    });
  });
  return { notice: toNoticeOut((await repo.findNotice(ctx.db, actor.orgId, contract.id, notice.id))!), decision };
}

/** `POST …/formal-notices/:noticeId/cure`: the breach was remedied on a day (in time or late). */
export async function recordNoticeCure(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  noticeId: string,
  curedOn: string,
) {
  const { contract, notice } = await noticeOf(ctx, actor, contractId, noticeId);
  if (notice.received_on === null) throw new AppError('contract.notice_without_receipt');
  if (notice.cured_on !== null) throw new AppError('contract.notice_closed');
  const today = parisDate(ctx.now());
  if (curedOn < notice.received_on || curedOn > today)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'curedOn',
          message: `must lie between the receipt ${notice.received_on} and today`,
          fr: `doit être comprise entre la réception du ${notice.received_on} et aujourd'hui`,
        },
      ],
    });
  const decision = await noticeDecision(
    ctx,
    actor.orgId,
    contract.terms_version,
    { received_on: notice.received_on, cured_on: curedOn, curable: notice.curable },
    today,
  );
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateNotice(trx, notice.id, { cured_on: curedOn }, at);
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      effectKey: `termination.formal-notice:${notice.id}:cure`,
      actor: actor.userId,
      at,
    });
  });
  return { notice: toNoticeOut((await repo.findNotice(ctx.db, actor.orgId, contract.id, notice.id))!), decision };
}
