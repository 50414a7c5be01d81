/** The chart of accounts of the FEC export: a setting per organisation, PCG defaults for what it does not say. */
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './accounting.repo.ts';
import { DEFAULT_FEC_ACCOUNTS, type FecAccounts } from './fec.ts';

export async function accountsOf(ctx: AppContext, orgId: string): Promise<FecAccounts> {
  const row = await repo.findSettings(ctx.db, orgId);
  return { ...DEFAULT_FEC_ACCOUNTS, ...(row ? (JSON.parse(row.accounts_json) as Partial<FecAccounts>) : {}) };
}

/** `PUT /api/accounting/settings`: the accounts given replace the current ones; the others stay. */
export async function updateAccounts(ctx: AppContext, actor: Actor, input: Partial<FecAccounts>): Promise<FecAccounts> {
  const current = await accountsOf(ctx, actor.orgId);
  const next = { ...current, ...input };
  await repo.saveSettings(ctx.db, {
    org_id: actor.orgId,
    accounts_json: JSON.stringify(next),
    updated_by: actor.userId,
    updated_at: ctx.now().toISOString(),
  });
  return next;
}
