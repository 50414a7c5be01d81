import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { decodeUpload, type UploadedDocument } from '../shared/index.ts';
import { ANNEX } from './processor-articles.ts';
import * as repo from './processor.repo.ts';

/** Stores the report of an audit in the evidence log and links it to the audit. */
export async function storeAuditReport(ctx: AppContext, actor: Actor, id: string, report: UploadedDocument) {
  const audit = (await repo.listAudits(ctx.db, actor.orgId)).find((a) => a.id === id);
  if (!audit) throw new AppError('privacy.not_found');
  const document = decodeUpload(report, 'report');
  const at = ctx.now().toISOString();
  let sha256 = '';
  await ctx.db.transaction().execute(async (trx) => {
    const entry = await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.audit-report',
      objectType: 'client',
      objectId: audit.client_id,
      actor: actor.userId,
      at,
      document,
      decision: { article: ANNEX.audits, auditId: id },
    });
    sha256 = entry.documentSha256!;
    await repo.setAuditReport(trx, actor.orgId, id, sha256);
  });
  return {
    id,
    clientId: audit.client_id,
    legalName: audit.legal_name,
    requestedOn: audit.requested_on,
    auditor: audit.auditor,
    reportSha256: sha256,
    createdAt: audit.created_at,
  };
}
