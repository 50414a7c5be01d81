/** The credit note of a returned unit, only after an inspection in perfect state (art. 12). */
import { type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { createCreditNote } from '../invoices/index.ts';
import * as repo from './claims.repo.ts';
import { reread, staffReturn, wrongState } from './return-requests.ts';

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
  await createCreditNote(
    ctx,
    actor,
    billed.invoice_id,
    {
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
    },
    // The draft and the return's move to `credited` commit together: a concurrent credit of the
    // same return finds it no longer `inspected`, throws, and its draft is rolled back.
    async (trx, creditNoteId) => {
      const moved = await repo.advanceReturn(trx, r.id, 'inspected', {
        status: 'credited',
        credit_note_id: creditNoteId,
        updated_at: ctx.now().toISOString(),
      });
      if (!moved) throw wrongState(r, 'credited');
    },
  );
  return reread(ctx, actor.orgId, r.id);
}
