import { type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import * as repo from './processor.repo.ts';
import { toOut } from './return-task.ts';

/** Opens the end-of-contract task: return the client's data, then destroy every copy (annex). */
export async function openReturnTask(ctx: AppContext, actor: Actor, input: { clientId: string; contractId?: string }) {
  const client = await findClient(ctx, actor.orgId, input.clientId);
  if (!client) throw new AppError('client.not_found');
  const at = ctx.now().toISOString();
  const row: repo.ReturnTaskRow = {
    id: newId(),
    org_id: actor.orgId,
    client_id: input.clientId,
    contract_id: input.contractId ?? null,
    status: 'open',
    returned_on: null,
    destroyed_on: null,
    certificate_sha256: null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  await repo.insertReturnTask(ctx.db, row);
  return toOut({ ...row, legal_name: client.legal_name });
}
