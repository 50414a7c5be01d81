import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import type { Actor } from '../auth/index.ts';
import { processingRegister, registerCsv, registerPdf } from './processing-register.ts';

/**
 * The art. 30(2) register as a file (CSV or PDF). Like every export of the privacy module, its
 * download is an entry of the evidence chain: who took it, when, in which format, how many rows.
 */
export async function exportRegister(
  ctx: AppContext,
  actor: Actor,
  format: 'csv' | 'pdf',
): Promise<{ body: Uint8Array | string; mediaType: string; filename: string }> {
  const rows = await processingRegister(ctx, actor);
  const body = format === 'csv' ? registerCsv(rows) : await registerPdf(ctx, actor, rows);
  // Logged once the file is drawn: a failed rendering is not an export.
  await ctx.db.transaction().execute((trx) =>
    appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.register-exported',
      objectType: 'processing-register',
      objectId: actor.orgId,
      actor: actor.userId,
      at: ctx.now().toISOString(),
      decision: { article: 'RGPD 30(2)', format, rows: rows.length, byRole: actor.role },
    }),
  );
  return format === 'csv'
    ? { body, mediaType: 'text/csv; charset=utf-8', filename: 'registre-sous-traitant.csv' }
    : { body, mediaType: 'application/pdf', filename: 'registre-sous-traitant.pdf' };
}
