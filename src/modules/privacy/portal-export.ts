import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { exportSubjectData, type SubjectExport } from './export-subject-data.ts';
import { loadRequest } from './read-requests.ts';

/**
 * Portal: "download my data", once the user's own access (or portability) request is answered —
 * the sign-in checked who they are, the answer that staff looked at it. Logged like every export.
 */
export async function portalExport(
  ctx: AppContext,
  actor: Actor,
  requestId: string,
  format: 'json' | 'pdf',
): Promise<SubjectExport> {
  const row = await loadRequest(ctx, actor, requestId);
  if (
    (row.kind !== 'access' && row.kind !== 'portability') ||
    row.status !== 'answered' ||
    row.identity_status !== 'verified'
  )
    throw new AppError('privacy.export_not_available');
  return exportSubjectData(ctx, actor, row.subject_email, format, row.id, row.kind);
}
