import { parisDate, type AppContext } from '../../context.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { getLicence, visibleLicence } from './read-licences.ts';
import * as repo from './licences.repo.ts';
import type { RecordUsageInput } from './licences.schemas.ts';
import { licenceUsageDecision } from './usage-decision.ts';

/**
 * Records how many users a virtualized solution had on a day. Above the licensed users, the
 * over-usage is flagged as a recorded decision citing art. 14.4 (tied to the contract's evidence).
 */
export async function recordUsage(ctx: AppContext, actor: Actor, licenceId: string, input: RecordUsageInput) {
  const licence = await visibleLicence(ctx, actor, licenceId);
  const today = parisDate(ctx.now());
  const observedOn = input.observedOn ?? today;
  if (observedOn > today)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'observedOn',
          message: `must not be after today (${today})`,
          fr: `ne peut pas dépasser la date du jour (${formatDateFr(today)})`,
        },
      ],
    });
  const terms = await publishedTerms(ctx, actor.orgId, licence.terms_version);
  const decision = licenceUsageDecision({
    asOf: today,
    terms,
    solution: licence.solution,
    licensedUsers: licence.licensed_users,
    usersCount: input.usersCount,
    observedOn,
  });
  const flagged = decision.outcome === 'over-usage';
  const at = ctx.now().toISOString();
  const usageId = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertUsage(trx, {
      id: usageId,
      org_id: actor.orgId,
      licence_id: licence.id,
      observed_on: observedOn,
      users_count: input.usersCount,
      over_limit: flagged ? 1 : 0,
      recorded_by: actor.userId,
      recorded_at: at,
    });
    // Only the over-usage acts (a flag to follow up); usage within the licence is a plain record.
    if (flagged) {
      await recordDecision(trx, ctx.dialect, {
        orgId: actor.orgId,
        decision,
        objectType: 'licence',
        objectId: licence.id,
        contractId: licence.contract_id,
        effectKey: `licence.usage:licence:${licence.id}:over:${usageId}`,
        actor: actor.userId,
        at,
      });
    }
  });
  return { licence: await getLicence(ctx, actor, licence.id), flagged, decision };
}
