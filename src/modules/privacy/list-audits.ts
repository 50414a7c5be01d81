import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './processor.repo.ts';

export async function listAudits(ctx: AppContext, actor: Actor) {
  return (await repo.listAudits(ctx.db, actor.orgId)).map((a) => ({
    id: a.id,
    clientId: a.client_id,
    legalName: a.legal_name,
    requestedOn: a.requested_on,
    auditor: a.auditor,
    reportSha256: a.report_sha256,
    createdAt: a.created_at,
  }));
}
