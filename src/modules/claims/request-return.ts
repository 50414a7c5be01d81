/** A return request (RMA): nothing is returned without ALLEO's agreement (art. 12). */
import { parisDate, type AppContext } from '../../context.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import * as repo from './claims.repo.ts';
import type { ReturnRequestBody } from './claims.schemas.ts';
import { lineOfVisibleContract, unitOfLine } from './warranty-claims.ts';
import { reread } from './return-requests.ts';

/** `POST /api/returns`. */
export async function requestReturn(ctx: AppContext, actor: Actor, input: ReturnRequestBody) {
  const { contract, line } = await lineOfVisibleContract(ctx, actor, input.contractId, input.contractLineId);
  // A serial names a delivered unit of the register (404 when unknown or another client's).
  await unitOfLine(ctx, actor, contract, line.id, input.serial);
  const at = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertReturn(trx, {
      id,
      org_id: actor.orgId,
      client_id: contract.client_id,
      contract_id: contract.id,
      contract_line_id: line.id,
      serial: input.serial ?? null,
      reason: input.reason,
      requested_on: parisDate(ctx.now()),
      status: 'requested',
      transport_paid_by: null,
      decision_note: null,
      decided_by: null,
      decided_at: null,
      received_on: null,
      inspection_state: null,
      inspection_note: null,
      inspected_by: null,
      inspected_at: null,
      credit_note_id: null,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await notifyStaff(trx, ctx, {
      orgId: actor.orgId,
      kind: 'claims.received',
      objectType: 'return-request',
      objectId: id,
      fr: `Demande de retour sur le contrat ${contract.number} (${line.label}) : accord d'ALLEO requis (art. 12).`,
      en: `Return request on contract ${contract.number} (${line.label}): ALLEO's agreement required (art. 12).`,
      at,
    });
  });
  return reread(ctx, actor.orgId, id);
}
