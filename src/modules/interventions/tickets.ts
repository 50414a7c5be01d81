/** Maintenance tickets (art. 6.6, 11.2): bought at the contract tariff, consumed by interventions. */
import { parisDate, type AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { insertDraftInvoice } from '../invoices/index.ts';
import { clientScope } from '../shared/index.ts';
import { rateAtTaxPoint, vatRateTable } from '../vat-rates/index.ts';
import * as repo from './interventions.repo.ts';

/** Takes n tickets inside the caller's transaction, or 409 with the balance and the offer to buy. */
export async function consumeTickets(
  trx: Db,
  input: { orgId: string; clientId: string; n: number; interventionId: string | null; actorId: string; at: string },
) {
  const taken = await repo.takeTickets(trx, input.orgId, input.clientId, input.n, input.at);
  if (!taken) {
    const balance = await repo.ticketBalance(trx, input.orgId, input.clientId);
    throw new AppError('ticket.insufficient', {
      detail: `This intervention costs ${input.n} maintenance ticket(s); the client has ${balance} left. Buy tickets at the contract tariff.`,
      errors: [
        {
          path: 'tickets',
          message: `needs ${input.n} ticket(s), the balance is ${balance}`,
          fr: `il faut ${input.n} ticket(s), le solde est de ${balance}`,
        },
      ],
      extra: {
        balance,
        needed: input.n,
        citation: { article: '6.6' },
        buyTicketsUrl: `/interventions/tickets?client=${input.clientId}`,
      },
    });
  }
  await repo.insertMovement(trx, {
    id: newId(),
    org_id: input.orgId,
    client_id: input.clientId,
    delta: -input.n,
    reason: 'consumption',
    intervention_id: input.interventionId,
    invoice_id: null,
    recorded_by: input.actorId,
    recorded_at: input.at,
  });
}

/** Gives tickets back (an intervention cancelled free of charge). */
export async function refundTickets(
  trx: Db,
  input: { orgId: string; clientId: string; n: number; interventionId: string; actorId: string; at: string },
) {
  await repo.addTickets(trx, input.orgId, input.clientId, input.n, input.at);
  await repo.insertMovement(trx, {
    id: newId(),
    org_id: input.orgId,
    client_id: input.clientId,
    delta: input.n,
    reason: 'refund',
    intervention_id: input.interventionId,
    invoice_id: null,
    recorded_by: input.actorId,
    recorded_at: input.at,
  });
}

async function clientFor(ctx: AppContext, actor: Actor, clientId: string) {
  const scope = clientScope(actor);
  if (scope !== null && scope !== clientId) throw new AppError('client.not_found');
  const client = await repo.clientExists(ctx.db, actor.orgId, clientId);
  if (!client) throw new AppError('client.not_found');
  return client;
}

/** The client's balance, its movements and the tariffs it may buy tickets at. */
export async function ticketAccount(ctx: AppContext, actor: Actor, clientId: string) {
  await clientFor(ctx, actor, clientId);
  const [balance, movements, tariffs] = await Promise.all([
    repo.ticketBalance(ctx.db, actor.orgId, clientId),
    repo.movementsOf(ctx.db, actor.orgId, clientId),
    repo.ticketTariffs(ctx.db, actor.orgId, clientId),
  ]);
  return {
    clientId,
    balance,
    movements: movements.map((m) => ({
      id: m.id,
      delta: Number(m.delta),
      reason: m.reason,
      interventionId: m.intervention_id,
      invoiceId: m.invoice_id,
      recordedAt: m.recorded_at,
    })),
    tariffs: tariffs.map((t) => ({
      contractId: t.contract_id,
      contractLineId: t.line_id,
      label: t.label,
      unitPriceCents: Number(t.unit_price_cents),
    })),
  };
}

/**
 * Buys tickets at the contract tariff (11.2): a draft invoice of the per-ticket maintenance line
 * and the balance credited, in one transaction.
 */
export async function buyTickets(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: { contractLineId: string; quantity: number },
) {
  await clientFor(ctx, actor, clientId);
  const tariffs = await repo.ticketTariffs(ctx.db, actor.orgId, clientId);
  const tariff = tariffs.find((t) => t.line_id === input.contractLineId);
  if (!tariff)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'contractLineId',
          message: "not a per-ticket maintenance line of this client's contracts",
          fr: "n'est pas une ligne de maintenance au ticket des contrats de ce client",
        },
      ],
    });
  const today = parisDate(ctx.now());
  const at = ctx.now().toISOString();
  const rates = await vatRateTable(ctx.db);
  const invoiceId = await ctx.db.transaction().execute(async (trx) => {
    const invoiceId = await insertDraftInvoice(trx, {
      orgId: actor.orgId,
      clientId,
      contract: null,
      origin: 'manual',
      billingKey: null,
      operationDate: today,
      purchaseOrderReference: null,
      notes: [
        `Tickets de maintenance au tarif du contrat (art. 6.6, 11.2) / Maintenance tickets at the contract tariff`,
      ],
      lines: [
        {
          kind: 'service',
          nature: 'services',
          contractLineId: null,
          catalogueItemId: tariff.catalogue_item_id,
          sku: tariff.sku,
          label: `${tariff.label} — ${input.quantity} ticket(s)`,
          quantity: input.quantity,
          unitPriceCents: Number(tariff.unit_price_cents),
          discountPercent: tariff.discount_percent,
          vatRatePercent: rateAtTaxPoint(rates, tariff.vat_rate, today),
        },
      ],
      actorId: actor.userId,
      at,
    });
    await repo.addTickets(trx, actor.orgId, clientId, input.quantity, at);
    await repo.insertMovement(trx, {
      id: newId(),
      org_id: actor.orgId,
      client_id: clientId,
      delta: input.quantity,
      reason: 'purchase',
      intervention_id: null,
      invoice_id: invoiceId,
      recorded_by: actor.userId,
      recorded_at: at,
    });
    return invoiceId;
  });
  return { invoiceId, account: await ticketAccount(ctx, actor, clientId) };
}
