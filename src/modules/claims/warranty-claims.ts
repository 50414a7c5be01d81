/**
 * Warranty claims (art. 11.2): the warranty is the manufacturer's; a claim is notified in writing
 * with its justification against a delivered unit (a contract line, its serial when known); the
 * warranty period comes from the catalogue's warrantyMonths, counted from the unit's delivery
 * when a serial names a unit of the equipment register (an unknown serial, or another client's,
 * is "not found"), else from the contract's effective date. Staff accept or refuse it, a refusal giving one of
 * the exclusions of 11.2; the decision is recorded and its letter kept as a PDF.
 */
import { type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { unitWarranty } from '../equipment/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './claims.repo.ts';

export const EXCLUSION_FR: Record<string, string> = {
  'client-specifications': 'spécifications imposées par le client',
  'force-majeure': 'cas de force majeure',
  'normal-wear': 'usure normale',
  'storage-negligence': 'négligence dans le stockage',
  'non-compliant-use': 'utilisation non conforme',
  'unauthorised-repair': 'réparation non autorisée',
  'lack-of-maintenance': "défaut d'entretien",
};

export type ClaimRow = NonNullable<Awaited<ReturnType<typeof repo.findWarrantyClaim>>>;

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
