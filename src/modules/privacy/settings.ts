import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './privacy.repo.ts';

/** Connection logs (login failures: e-mail and IP) are kept far less than identification data. */
export const DEFAULT_CONNECTION_LOG_DAYS = 365;
export const MAX_CONNECTION_LOG_DAYS = 365;

export interface PrivacySettings {
  connectionLogRetentionDays: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export async function getPrivacySettings(ctx: AppContext, orgId: string): Promise<PrivacySettings> {
  const row = await repo.settingsOf(ctx.db, orgId);
  return {
    connectionLogRetentionDays: row?.connection_log_retention_days ?? DEFAULT_CONNECTION_LOG_DAYS,
    updatedBy: row?.updated_by ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

/** The route's schema bounds the value (1 to 365 days). */
export async function setPrivacySettings(ctx: AppContext, actor: Actor, days: number): Promise<PrivacySettings> {
  await repo.saveSettings(ctx.db, actor.orgId, days, actor.userId, ctx.now().toISOString());
  return getPrivacySettings(ctx, actor.orgId);
}
