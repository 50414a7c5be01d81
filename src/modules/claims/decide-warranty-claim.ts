/** A warranty claim accepted, or refused for an exclusion of art. 11.2, with its letter. */
import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { makeDecision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { loadParties } from '../shared/index.ts';
import * as repo from './claims.repo.ts';
import type { WarrantyDecisionBody } from './claims.schemas.ts';
import { EXCLUSION_FR, toWarrantyOut } from './warranty-claims.ts';

/** `POST /api/warranty-claims/:id/decision`: accepted, or refused for an exclusion of art. 11.2. */
export async function decideWarrantyClaim(ctx: AppContext, actor: Actor, id: string, input: WarrantyDecisionBody) {
  const claim = await repo.findWarrantyClaim(ctx.db, actor.orgId, id, null);
  if (!claim) throw new AppError('claims.not_found');
  if (claim.status !== 'pending')
    throw new AppError('claims.wrong_state', { detail: `The claim is already ${claim.status}` });
  const contract = await visibleContract(ctx, actor, claim.contract_id);
  const today = parisDate(ctx.now());
  const exclusion = input.outcome === 'refused' ? input.exclusion : null;
  const explanation =
    input.outcome === 'accepted'
      ? {
          fr: `Demande de garantie acceptée : prise en charge au titre de la garantie du constructeur (art. 11.2).`,
          en: `Warranty claim accepted: covered by the manufacturer's warranty (art. 11.2).`,
        }
      : {
          fr: `Demande de garantie refusée : exclusion de garantie — ${EXCLUSION_FR[exclusion!]} (art. 11.2).`,
          en: `Warranty claim refused: warranty exclusion — ${exclusion} (art. 11.2).`,
        };
  const decision = makeDecision(
    {
      rule: 'warranty.claim',
      asOf: today,
      outcome: input.outcome,
      citation: { article: '11.2', termsVersion: contract.terms_version },
      explanation,
      parameters: {},
    },
    { exclusion, warrantyEndsOn: claim.warranty_ends_on, serial: claim.serial },
  );
  const [{ seller, client }, org] = await Promise.all([
    loadParties(ctx, actor.orgId, contract.client_id),
    getOrganisation(ctx, actor.orgId),
  ]);
  const bytes = await renderLetterPdf({
    sender: seller,
    recipient: client,
    place: org.city,
    date: today,
    subject: `Votre demande de garantie du ${formatDateFr(claim.notified_on)}`,
    reference: `Contrat n° ${contract.number}${claim.serial ? ` — n° de série ${claim.serial}` : ''}`,
    paragraphs: [
      'Madame, Monsieur,',
      `Nous avons examiné votre demande de garantie notifiée le ${formatDateFr(claim.notified_on)} : « ${claim.description} ».`,
      explanation.fr,
      ...(input.note ? [input.note] : []),
      'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.',
    ],
    signature: { name: input.signatoryName },
  });
  const document = { bytes, mediaType: PDF_MEDIA_TYPE, filename: `garantie-${contract.number}-${today}.pdf` };
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.decideWarrantyClaim(trx, claim.id, {
      status: input.outcome,
      exclusion,
      decision_note: input.note ?? null,
      decided_by: actor.userId,
      decided_at: at,
      letter_sha256: sha256OfBytes(bytes),
      updated_at: at,
    });
    if (!moved) throw new AppError('claims.wrong_state', { detail: 'The claim was decided meanwhile' });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.issued',
      objectType: 'warranty-claim',
      objectId: claim.id,
      contractId: contract.id,
      actor: actor.userId,
      at,
      document,
    });
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'warranty-claim',
      objectId: claim.id,
      contractId: contract.id,
      effectKey: `warranty.claim:${claim.id}`,
      actor: actor.userId,
      at,
    });
  });
  return { claim: toWarrantyOut((await repo.findWarrantyClaim(ctx.db, actor.orgId, claim.id, null))!), decision };
}
