import type { SweepStep } from '../../context.ts';
import { addDays } from '../../kernel/dates.ts';
import { purgeLoginFailuresBefore } from '../auth/index.ts';
import { getPrivacySettings } from './settings.ts';

/**
 * Sweep step (art. 17.1, connection data): login failures (the e-mail tried and the IP) are
 * deleted once older than the connection-log period of the privacy settings (1 year at most).
 * A failure recorded on day D is kept through D + period and deleted from the next day.
 * Sessions hold no IP; they end with their expiry or the erasure of their user.
 */
export const connectionLogRetentionStep: SweepStep = {
  id: 'personal-data.connection-logs',
  article: '17.1',
  title: {
    fr: 'Effacement des journaux de connexion',
    en: 'Erasure of connection logs',
  },
  async run(ctx, run) {
    const { connectionLogRetentionDays } = await getPrivacySettings(ctx, run.orgId);
    // Paris midnight is close enough for a log: UTC midnight of the first day no longer kept.
    const firstKept = addDays(run.asOf, -connectionLogRetentionDays);
    run.onTotal(1);
    const deleted = await purgeLoginFailuresBefore(ctx.db, `${firstKept}T00:00:00.000Z`);
    run.onItem();
    return { examined: 1, acted: deleted };
  },
};
