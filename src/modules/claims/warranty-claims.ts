/**
 * Warranty claims (art. 11.2): the warranty is the manufacturer's; a claim is notified in writing
 * with its justification against a delivered unit (a contract line, its serial when known); the
 * warranty period comes from the catalogue's warrantyMonths, counted from the unit's delivery
 * when a serial names a unit of the equipment register (an unknown serial, or another client's,
 * is "not found"), else from the contract's effective date. Staff accept or refuse it, a refusal giving one of
 * the exclusions of 11.2; the decision is recorded and its letter kept as a PDF.
 */
import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { addDays, addMonths, formatDateFr } from '../../kernel/dates.ts';
import { makeDecision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { unitWarranty } from '../equipment/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { clientScope, loadParties } from '../shared/index.ts';
import * as repo from './claims.repo.ts';
import type { WarrantyClaimBody, WarrantyDecisionBody } from './claims.schemas.ts';

const EXCLUSION_FR: Record<string, string> = {
  'client-specifications': 'spécifications imposées par le client',
  'force-majeure': 'cas de force majeure',
  'normal-wear': 'usure normale',
  'storage-negligence': 'négligence dans le stockage',
  'non-compliant-use': 'utilisation non conforme',
  'unauthorised-repair': 'réparation non autorisée',
  'lack-of-maintenance': "défaut d'entretien",
};

type ClaimRow = NonNullable<Awaited<ReturnType<typeof repo.findWarrantyClaim>>>;

export function toWarrantyOut(c: ClaimRow) {
  return {
    id: c.id,
    clientId: c.client_id,
    contractId: c.contract_id,
    contractLineId: c.contract_line_id,
    serial: c.serial,
    description: c.description,
    notifiedOn: c.notified_on,
    warrantyEndsOn: c.warranty_ends_on,
    withinWarranty: c.warranty_ends_on === null ? null : c.notified_on <= c.warranty_ends_on,
    status: c.status,
    exclusion: c.exclusion,
    decisionNote: c.decision_note,
    decidedAt: c.decided_at,
    letterSha256: c.letter_sha256,
    createdAt: c.created_at,
  };
}

/** A contract line of a contract the actor sees (404 for another client's), or 400 naming the field. */
export async function lineOfVisibleContract(ctx: AppContext, actor: Actor, contractId: string, lineId: string) {
  const contract = await visibleContract(ctx, actor, contractId);
  const line = await repo.contractLine(ctx.db, actor.orgId, contract.id, lineId);
  if (!line)
    throw new AppError('request.invalid', {
      errors: [
        { path: 'contractLineId', message: 'not a line of this contract', fr: "n'est pas une ligne de ce contrat" },
      ],
    });
  return { contract, line };
}

/**
 * The delivered unit a claim or a return names by serial, from the equipment register: 404 when
 * the serial is unknown or another client's (never a leak), 400 naming `serial` when it is a unit
 * of the client on another contract line. Null without a serial.
 */
export async function unitOfLine(
  ctx: AppContext,
  actor: Actor,
  contract: { id: string; client_id: string },
  lineId: string,
  serial: string | undefined,
) {
  if (serial === undefined) return null;
  const found = await unitWarranty(ctx, actor.orgId, serial, contract.client_id);
  if (!found) throw new AppError('equipment.not_found');
  if (found.unit.contractId !== contract.id || found.unit.contractLineId !== lineId)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'serial',
          message: 'not a unit of this contract line',
          fr: "n'est pas un matériel de cette ligne de contrat",
        },
      ],
    });
  return found;
}

/** `POST /api/warranty-claims` (a client user in the portal, or staff for it). */
export async function fileWarrantyClaim(ctx: AppContext, actor: Actor, input: WarrantyClaimBody) {
  const { contract, line } = await lineOfVisibleContract(ctx, actor, input.contractId, input.contractLineId);
  const today = parisDate(ctx.now());
  const notifiedOn = input.notifiedOn ?? today;
  if (notifiedOn > today)
    throw new AppError('request.invalid', {
      errors: [{ path: 'notifiedOn', message: 'must not be in the future', fr: 'ne peut pas être dans le futur' }],
    });
  const unit = await unitOfLine(ctx, actor, contract, line.id, input.serial);
  const months = line.warranty_months === null ? null : Number(line.warranty_months);
  // From the unit's delivery (the register), else from the contract's effective date.
  const warrantyEndsOn = unit
    ? unit.warrantyEndsOn
    : months === null
      ? null
      : addDays(addMonths(contract.effective_date, months), -1);
  const at = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertWarrantyClaim(trx, {
      id,
      org_id: actor.orgId,
      client_id: contract.client_id,
      contract_id: contract.id,
      contract_line_id: line.id,
      serial: input.serial ?? null,
      description: input.description,
      notified_on: notifiedOn,
      warranty_ends_on: warrantyEndsOn,
      status: 'pending',
      exclusion: null,
      decision_note: null,
      decided_by: null,
      decided_at: null,
      letter_sha256: null,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await notifyStaff(trx, ctx, {
      orgId: actor.orgId,
      kind: 'claims.received',
      objectType: 'warranty-claim',
      objectId: id,
      fr: `Demande de garantie sur le contrat ${contract.number} (${line.label}${input.serial ? `, n° de série ${input.serial}` : ''}).`,
      en: `Warranty claim on contract ${contract.number} (${line.label}${input.serial ? `, serial ${input.serial}` : ''}).`,
      at,
    });
  });
  return toWarrantyOut((await repo.findWarrantyClaim(ctx.db, actor.orgId, id, null))!);
}

export async function getWarrantyClaim(ctx: AppContext, actor: Actor, id: string) {
  const c = await repo.findWarrantyClaim(ctx.db, actor.orgId, id, clientScope(actor));
  if (!c) throw new AppError('claims.not_found');
  return toWarrantyOut(c);
}

export async function listWarrantyClaims(ctx: AppContext, actor: Actor, contractId?: string) {
  const rows = await repo.listWarrantyClaims(ctx.db, actor.orgId, {
    clientId: clientScope(actor),
    ...(contractId ? { contractId } : {}),
  });
  return rows.map(toWarrantyOut);
}

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
