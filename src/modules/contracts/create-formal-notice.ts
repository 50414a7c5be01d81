/** A formal notice stating the intent to use the termination clause, with its registered letter (art. 15.2). */
import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { formalNoticeLetter, letterParties } from './lifecycle-letters.ts';
import * as repo from './lifecycle.repo.ts';
import type { FormalNoticeBody } from './lifecycle.schemas.ts';
import { visibleContract } from './read-contracts.ts';
import { checkTransition } from './contract-status.ts';
import { toNoticeOut } from './formal-notices.ts';

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
