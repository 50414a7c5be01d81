/** A warranty claim notified in writing with its justification (art. 11.2). */
import { parisDate, type AppContext } from '../../context.ts';
import { addDays, addMonths } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import * as repo from './claims.repo.ts';
import type { WarrantyClaimBody } from './claims.schemas.ts';
import { toWarrantyOut, lineOfVisibleContract, unitOfLine } from './warranty-claims.ts';

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
