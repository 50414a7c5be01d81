import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import type { ContractEvent } from './invoices.schemas.ts';
import { draftForContractEvent } from './invoice-drafts.ts';

/** `POST /api/invoices/from-contract`: 409 invoice.nothing_to_invoice when no line is left. */
export async function createFromContract(
  ctx: AppContext,
  actor: Actor,
  input: { contractId: string; event: ContractEvent; operationDate?: string; contractLineIds?: string[] },
): Promise<string> {
  const operationDate = input.operationDate ?? parisDate(ctx.now());
  const at = ctx.now().toISOString();
  const id = await ctx.db.transaction().execute((trx) =>
    draftForContractEvent(trx, {
      orgId: actor.orgId,
      contractId: input.contractId,
      event: input.event,
      operationDate,
      ...(input.contractLineIds ? { contractLineIds: input.contractLineIds } : {}),
      actorId: actor.userId,
      at,
    }),
  );
  if (!id)
    throw new AppError('invoice.nothing_to_invoice', {
      detail: `No line of this contract is left to invoice on ${input.event}`,
    });
  return id;
}
