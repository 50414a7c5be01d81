import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import { clientScope } from '../shared/index.ts';
import { ownershipRefusal, seizureDecision } from './equipment-decisions.ts';
import * as repo from './equipment.repo.ts';
import type { UnitRow } from './equipment.repo.ts';

async function visibleRentedUnit(ctx: AppContext, actor: Actor, unitId: string) {
  const unit = await repo.findUnit(ctx.db, actor.orgId, unitId, clientScope(actor));
  if (!unit) throw new AppError('equipment.not_found');
  if (unit.kind !== 'rental')
    throw new AppError('request.invalid', {
      errors: [
        { path: 'id', message: 'not a rented unit (art. 4.2.5)', fr: "n'est pas un matériel loué (art. 4.2.5)" },
      ],
    });
  return unit;
}

/**
 * A transfer, sublease or pledge of a rented unit by the client is refused: ALLEO is its exclusive
 * owner (art. 4.2.5). The attempt is recorded with its citation, then reported as a 409.
 */
export async function refuseOwnershipAct(
  ctx: AppContext,
  actor: Actor,
  unitId: string,
  input: { act: 'transfer' | 'sublease' | 'pledge'; counterparty?: string | undefined },
): Promise<never> {
  const unit = await visibleRentedUnit(ctx, actor, unitId);
  const contract = await repo.contractTerms(ctx.db, actor.orgId, unit.contract_id);
  const decision = ownershipRefusal({
    asOf: parisDate(ctx.now()),
    termsVersion: contract.terms_version,
    serial: unit.serial,
    act: input.act,
  });
  if (input.counterparty) Object.assign(decision, { counterparty: input.counterparty });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute((trx) =>
    recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: unit.contract_id,
      contractId: unit.contract_id,
      effectKey: `rental.ownership:unit:${unit.id}:${newId()}`,
      actor: actor.userId,
      at,
    }),
  );
  throw new AppError('equipment.ownership_protected', { detail: decision.explanation.en, extra: { decision } });
}

/** The client reports a seizure of a rented unit (art. 4.2.5): recorded, and staff are notified at once. */
export async function reportSeizure(
  ctx: AppContext,
  actor: Actor,
  unitId: string,
  input: { seizedOn: string; details: string },
) {
  const unit = await visibleRentedUnit(ctx, actor, unitId);
  const contract = await repo.contractTerms(ctx.db, actor.orgId, unit.contract_id);
  const decision = seizureDecision({
    asOf: parisDate(ctx.now()),
    termsVersion: contract.terms_version,
    serial: unit.serial,
    seizedOn: input.seizedOn,
  });
  Object.assign(decision, { details: input.details });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'contract',
      objectId: unit.contract_id,
      contractId: unit.contract_id,
      effectKey: `rental.seizure:unit:${unit.id}:${newId()}`,
      actor: actor.userId,
      at,
    });
    await notifyStaff(trx, ctx, {
      orgId: actor.orgId,
      kind: 'equipment.seized',
      objectType: 'contract',
      objectId: unit.contract_id,
      fr: `Saisie signalée par le client sur le matériel ${unit.serial} (contrat ${contract.number}) le ${input.seizedOn} (art. 4.2.5).`,
      en: `Seizure reported by the client on unit ${unit.serial} (contract ${contract.number}) on ${input.seizedOn} (art. 4.2.5).`,
      at,
    });
  });
  return { decision };
}

/** Staff move a unit in the register (in stock, rented, in repair, lost). A rental unit stays ALLEO's. */
export async function setStatus(ctx: AppContext, actor: Actor, unitId: string, status: UnitRow['status']) {
  const unit = await repo.findUnit(ctx.db, actor.orgId, unitId, null);
  if (!unit) throw new AppError('equipment.not_found');
  await repo.setUnitStatus(ctx.db, actor.orgId, unit.id, status, ctx.now().toISOString());
}
