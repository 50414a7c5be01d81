import { type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './invoices.repo.ts';

/** Deletes a draft; an issued invoice can never be deleted (only corrected by a credit note). */
export async function deleteDraftInvoice(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const row = await repo.findInvoice(ctx.db, actor.orgId, id, null);
  if (!row) throw new AppError('invoice.not_found');
  if (row.status !== 'draft') throw new AppError('invoice.issued_immutable');
  if (!(await ctx.db.transaction().execute((trx) => repo.deleteDraft(trx, actor.orgId, id))))
    throw new AppError('invoice.issued_immutable');
}
