import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence, sha256OfBytes, type EvidenceDocument } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { decodeUpload, loadParties } from '../shared/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { assignmentDecision } from './contract-decisions.ts';
import type { AssignmentInput } from './contracts.schemas.ts';
import * as repo from './contracts.repo.ts';
import { visibleContract } from './read-contracts.ts';

type Contract = Awaited<ReturnType<typeof visibleContract>>;

/** ALLEO's notice to the client, sent before the assignment takes effect (art. 19.1). */
async function noticeLetter(
  ctx: AppContext,
  actor: Actor,
  contract: Contract,
  input: Extract<AssignmentInput, { by: 'alleo' }>,
  today: string,
): Promise<EvidenceDocument> {
  const [{ seller, client }, org] = await Promise.all([
    loadParties(ctx, actor.orgId, contract.client_id),
    getOrganisation(ctx, actor.orgId),
  ]);
  const bytes = await renderLetterPdf({
    sender: seller,
    recipient: client,
    place: org.city,
    date: today,
    subject: `Information préalable de cession du contrat n° ${contract.number}`,
    reference: `Contrat n° ${contract.number}`,
    registered: true,
    paragraphs: [
      'Madame, Monsieur,',
      `Conformément à l'article 19.1 de nos conditions générales, nous vous informons que le contrat n° ${contract.number}, qui a pris effet le ${formatDateFr(contract.effective_date)}, sera cédé à ${input.assigneeName}${input.assigneeSiren ? ` (SIREN ${input.assigneeSiren})` : ''} à compter du ${formatDateFr(input.effectiveOn)}.`,
      'Les conditions du contrat demeurent inchangées. Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.',
    ],
    signature: { name: input.signatoryName, ...(input.signatoryTitle ? { title: input.signatoryTitle } : {}) },
  });
  return { bytes, mediaType: PDF_MEDIA_TYPE, filename: `lettre-cession-${contract.number}-${today}.pdf` };
}

/**
 * Records an assignment of the contract: by the client only with ALLEO's prior written consent
 * (art. 3.4, 19.1); by ALLEO only after informing the client, so the notice letter is produced
 * now and the assignment takes effect later. A refusal is recorded, then reported as a 409.
 */
export async function assignContract(ctx: AppContext, actor: Actor, contractId: string, input: AssignmentInput) {
  const contract = await visibleContract(ctx, actor, contractId);
  const today = parisDate(ctx.now());
  const effectiveOn = input.effectiveOn ?? today;
  const terms = await publishedTerms(ctx, actor.orgId, contract.terms_version);
  const decision = assignmentDecision({
    asOf: today,
    terms,
    contractNumber: contract.number,
    by: input.by,
    writtenConsent: input.by === 'client' && input.consentDocument !== undefined,
    effectiveOn,
    assigneeName: input.assigneeName,
  });
  const allowed = decision.outcome === 'allowed';
  let document: EvidenceDocument | undefined;
  if (allowed)
    document =
      input.by === 'client'
        ? decodeUpload(input.consentDocument!, 'consentDocument')
        : await noticeLetter(ctx, actor, contract, input, today);
  const at = ctx.now().toISOString();
  const assignmentId = newId();
  await ctx.db.transaction().execute(async (trx) => {
    if (document) {
      const entry = await appendEvidence(trx, ctx.dialect, {
        orgId: actor.orgId,
        kind: input.by === 'client' ? 'document.received' : 'document.issued',
        objectType: 'contract',
        objectId: contract.id,
        contractId: contract.id,
        actor: actor.userId,
        at,
        document,
      });
      await repo.insertAssignment(trx, {
        id: assignmentId,
        org_id: actor.orgId,
        contract_id: contract.id,
        by_party: input.by,
        assignee_name: input.assigneeName,
        assignee_siren: input.assigneeSiren ?? null,
        effective_on: effectiveOn,
        document_sha256: sha256OfBytes(document.bytes),
        recorded_by: actor.userId,
        recorded_at: at,
        evidence_seq: entry.seq,
      });
    }
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      effectKey: `contract.assignment:contract:${contract.id}:${assignmentId}`,
      actor: actor.userId,
      at,
    });
  });
  if (!allowed)
    throw new AppError('contract.assignment_refused', { detail: decision.explanation.en, extra: { decision } });
  return { assignmentId, documentSha256: sha256OfBytes(document!.bytes), decision };
}
