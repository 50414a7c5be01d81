import type { AppContext } from '../../context.ts';
import { ALLEO_V1 } from '../../terms/index.ts';
import * as repo from './terms-versions.repo.ts';

/** Installs the ALLEO profile v1 as the first published version of an organisation without terms. */
export async function ensureDefaultTerms(ctx: AppContext, orgId: string): Promise<void> {
  const existing = await repo.listVersions(ctx.db, orgId);
  if (existing.length > 0) return;
  const now = ctx.now().toISOString();
  await repo.insertVersion(ctx.db, {
    org_id: orgId,
    version: ALLEO_V1.version,
    effective_from: ALLEO_V1.effectiveFrom,
    status: 'published',
    parameters_json: JSON.stringify(ALLEO_V1.parameters),
    articles_json: JSON.stringify(ALLEO_V1.articles),
    based_on: null,
    created_at: now,
    published_at: now,
    published_by: 'system',
  });
}
