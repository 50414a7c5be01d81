/**
 * Returns (RMA, art. 12): no return without ALLEO's agreement. A return request (the client in
 * the portal, or staff for it) is agreed — transport at the client's cost unless agreed
 * otherwise, recorded — or refused; on arrival the unit is received, then inspected; only a unit
 * received in perfect state gives a credit note, drafted from the inspection (never before it).
 */
import { parisDate, type AppContext } from '../../context.ts';
import { makeDecision } from '../../kernel/decision.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { createCreditNote } from '../invoices/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import { clientScope } from '../shared/index.ts';
import * as repo from './claims.repo.ts';
import type { ReturnRequestBody } from './claims.schemas.ts';
import { lineOfVisibleContract, unitOfLine } from './warranty-claims.ts';

type ReturnRow = NonNullable<Awaited<ReturnType<typeof repo.findReturn>>>;

export function toReturnOut(r: ReturnRow) {
  return {
    id: r.id,
    clientId: r.client_id,
    contractId: r.contract_id,
    contractLineId: r.contract_line_id,
    serial: r.serial,
    reason: r.reason,
    requestedOn: r.requested_on,
    status: r.status,
    transportPaidBy: r.transport_paid_by,
    decisionNote: r.decision_note,
    receivedOn: r.received_on,
    inspectionState: r.inspection_state,
    inspectionNote: r.inspection_note,
    creditNoteId: r.credit_note_id,
    createdAt: r.created_at,
  };
}

const reread = async (ctx: AppContext, orgId: string, id: string) =>
  toReturnOut((await repo.findReturn(ctx.db, orgId, id, null))!);

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

export async function getReturn(ctx: AppContext, actor: Actor, id: string) {
  const r = await repo.findReturn(ctx.db, actor.orgId, id, clientScope(actor));
  if (!r) throw new AppError('claims.not_found');
  return toReturnOut(r);
}

export async function listReturns(ctx: AppContext, actor: Actor, contractId?: string) {
  const rows = await repo.listReturns(ctx.db, actor.orgId, {
    clientId: clientScope(actor),
    ...(contractId ? { contractId } : {}),
  });
  return rows.map(toReturnOut);
}

async function staffReturn(ctx: AppContext, actor: Actor, id: string) {
  const r = await repo.findReturn(ctx.db, actor.orgId, id, null);
  if (!r) throw new AppError('claims.not_found');
  return r;
}

const wrongState = (r: ReturnRow, step: string) =>
  new AppError('claims.wrong_state', {
    detail: `The return is ${r.status}: it cannot be ${step}`,
    extra: { currentStatus: r.status },
  });

/** `POST /api/returns/:id/decision`: agreed (transport paid by) or refused — a recorded decision (art. 12). */
export async function decideReturn(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input:
    | { outcome: 'agreed'; transportPaidBy: 'client' | 'alleo'; note?: string | undefined }
    | { outcome: 'refused'; note: string },
) {
  const r = await staffReturn(ctx, actor, id);
  if (r.status !== 'requested') throw wrongState(r, input.outcome);
  const contract = await visibleContract(ctx, actor, r.contract_id);
  const today = parisDate(ctx.now());
  const transport = input.outcome === 'agreed' ? input.transportPaidBy : null;
  const decision = makeDecision(
    {
      rule: 'return.authorisation',
      asOf: today,
      outcome: input.outcome,
      citation: { article: '12', termsVersion: contract.terms_version },
      explanation:
        input.outcome === 'agreed'
          ? {
              fr: `Retour accepté par ALLEO ; transport à la charge ${transport === 'client' ? 'du client' : "d'ALLEO (accord particulier)"} (art. 12).`,
              en: `Return agreed by ALLEO; transport paid by ${transport === 'client' ? 'the client' : 'ALLEO (agreed otherwise)'} (art. 12).`,
            }
          : {
              fr: `Retour refusé : aucun retour sans l'accord d'ALLEO (art. 12). ${input.note}`,
              en: `Return refused: no return without ALLEO's agreement (art. 12). ${input.note}`,
            },
      parameters: {},
    },
    { transportPaidBy: transport },
  );
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.advanceReturn(trx, r.id, 'requested', {
      status: input.outcome,
      transport_paid_by: transport,
      decision_note: input.note ?? null,
      decided_by: actor.userId,
      decided_at: at,
      updated_at: at,
    });
    if (!moved) throw wrongState(r, input.outcome);
    await recordDecision(trx, ctx.dialect, {
      orgId: actor.orgId,
      decision,
      objectType: 'return-request',
      objectId: r.id,
      contractId: r.contract_id,
      effectKey: `return.authorisation:${r.id}`,
      actor: actor.userId,
      at,
    });
  });
  return { return: await reread(ctx, actor.orgId, r.id), decision };
}

/** `POST /api/returns/:id/receipt`: the unit arrived (only an agreed return is received). */
export async function receiveReturn(ctx: AppContext, actor: Actor, id: string, receivedOn: string) {
  const r = await staffReturn(ctx, actor, id);
  if (r.status !== 'agreed') throw wrongState(r, 'received');
  if (receivedOn < r.requested_on || receivedOn > parisDate(ctx.now()))
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'receivedOn',
          message: `must lie between the request ${r.requested_on} and today`,
          fr: `doit être comprise entre la demande du ${r.requested_on} et aujourd'hui`,
        },
      ],
    });
  const at = ctx.now().toISOString();
  const moved = await ctx.db
    .transaction()
    .execute((trx) =>
      repo.advanceReturn(trx, r.id, 'agreed', { status: 'received', received_on: receivedOn, updated_at: at }),
    );
  if (!moved) throw wrongState(r, 'received');
  return reread(ctx, actor.orgId, r.id);
}

/** `POST /api/returns/:id/inspection`: the state of the unit received. */
export async function inspectReturn(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { state: 'perfect' | 'damaged' | 'incomplete'; note?: string | undefined },
) {
  const r = await staffReturn(ctx, actor, id);
  if (r.status !== 'received') throw wrongState(r, 'inspected');
  const at = ctx.now().toISOString();
  const moved = await ctx.db.transaction().execute((trx) =>
    repo.advanceReturn(trx, r.id, 'received', {
      status: 'inspected',
      inspection_state: input.state,
      inspection_note: input.note ?? null,
      inspected_by: actor.userId,
      inspected_at: at,
      updated_at: at,
    }),
  );
  if (!moved) throw wrongState(r, 'inspected');
  return reread(ctx, actor.orgId, r.id);
}

/**
 * `POST /api/returns/:id/credit-note`: drafts the credit note of the returned unit (one unit of
 * the invoice line that billed its contract line) — only after an inspection in perfect state.
 */
export async function creditReturn(ctx: AppContext, actor: Actor, id: string) {
  const r = await staffReturn(ctx, actor, id);
  if (r.status !== 'inspected' || r.inspection_state !== 'perfect')
    throw new AppError('claims.not_inspected', {
      detail:
        r.status === 'inspected'
          ? `The unit was inspected ${r.inspection_state}: no credit note (art. 12)`
          : `The return is ${r.status}: a credit note comes only after an inspection in perfect state (art. 12)`,
      extra: { currentStatus: r.status, inspectionState: r.inspection_state },
    });
  const billed = await repo.invoicedLineOf(ctx.db, actor.orgId, r.contract_line_id);
  if (!billed)
    throw new AppError('claims.wrong_state', {
      detail: 'No issued invoice bills this contract line: nothing to credit',
    });
  const creditNoteId = await createCreditNote(ctx, actor, billed.invoice_id, {
    reason: `Retour accepté et inspecté en parfait état (art. 12)${r.serial ? ` — n° de série ${r.serial}` : ''}`,
    lines: [
      {
        label: `Retour : ${billed.label}`,
        ...(billed.sku ? { sku: billed.sku } : {}),
        nature: billed.nature,
        quantity: 1,
        unitPriceCents: Number(billed.unit_price_cents),
        ...(billed.discount_percent ? { discountPercent: billed.discount_percent } : {}),
        vatRatePercent: billed.vat_rate,
      },
    ],
  });
  const at = ctx.now().toISOString();
  const moved = await ctx.db
    .transaction()
    .execute((trx) =>
      repo.advanceReturn(trx, r.id, 'inspected', { status: 'credited', credit_note_id: creditNoteId, updated_at: at }),
    );
  if (!moved) throw wrongState(r, 'credited');
  return reread(ctx, actor.orgId, r.id);
}
