import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { addMonths, formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import { ANNEX } from './processor-articles.ts';
import * as repo from './processor.repo.ts';

/**
 * A client's audit of ALLEO as processor (annex, "Contrôle et audit": "maximum une fois par
 * an"). A second request less than 12 months after the previous one is refused, citing the annex.
 */
export async function requestAudit(
  ctx: AppContext,
  actor: Actor,
  input: { clientId: string; requestedOn: string; auditor: string },
) {
  const client = await findClient(ctx, actor.orgId, input.clientId);
  if (!client) throw new AppError('client.not_found');
  const at = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const previous = (await repo.auditsOfClient(trx, actor.orgId, input.clientId)).find(
      (a) => a.requested_on > addMonths(input.requestedOn, -12) && a.requested_on < addMonths(input.requestedOn, 12),
    );
    if (previous)
      throw new AppError('privacy.audit_too_soon', {
        detail: `An audit was requested on ${previous.requested_on}; the next one may be requested from ${addMonths(previous.requested_on, 12)}`,
        extra: {
          citation: { article: ANNEX.audits },
          previousRequestedOn: previous.requested_on,
          nextAllowedOn: addMonths(previous.requested_on, 12),
          explanation: {
            fr: `Un audit a déjà été demandé le ${formatDateFr(previous.requested_on)} : au plus un par an (${ANNEX.audits}), le prochain à partir du ${formatDateFr(addMonths(previous.requested_on, 12))}.`,
            en: `An audit was already requested on ${previous.requested_on}: at most one a year (${ANNEX.audits}); the next from ${addMonths(previous.requested_on, 12)}.`,
          },
        },
      });
    await repo.insertAudit(trx, {
      id,
      org_id: actor.orgId,
      client_id: input.clientId,
      requested_on: input.requestedOn,
      auditor: input.auditor,
      report_sha256: null,
      created_by: actor.userId,
      created_at: at,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.audit-requested',
      objectType: 'client',
      objectId: input.clientId,
      actor: actor.userId,
      at,
      decision: { article: ANNEX.audits, auditId: id, requestedOn: input.requestedOn, auditor: input.auditor },
    });
  });
  return {
    id,
    clientId: input.clientId,
    legalName: client.legal_name,
    requestedOn: input.requestedOn,
    auditor: input.auditor,
    reportSha256: null,
    createdAt: at,
  };
}
