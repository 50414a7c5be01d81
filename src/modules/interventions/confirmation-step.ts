import type { SweepStep } from '../../context.ts';
import { addDays, formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { dateForConfirmation } from './force-majeure-dates.ts';
import * as repo from './interventions.repo.ts';

/**
 * Sweep step (art. 6.9): a proposed date the client has not confirmed by its deadline (15 days
 * before) is no longer guaranteed. The decision is recorded and the planners are told (in-app and
 * by e-mail to those who opted in). Each intervention commits in its own transaction.
 */
export const interventionConfirmationStep: SweepStep = {
  id: 'intervention.confirmation',
  article: '6.9',
  title: {
    fr: "Dates d'intervention non confirmées à temps : plus garanties",
    en: 'Intervention dates not confirmed in time: no longer guaranteed',
  },
  async run(ctx, run) {
    // Any deadline that can have passed: the rule decides with each contract's terms.
    const candidates = await repo.pendingConfirmations(ctx.db, run.orgId, addDays(run.asOf, 3650));
    run.onTotal(candidates.length);
    const termsCache = new Map<string, TermsVersion>();
    let acted = 0;
    for (const c of candidates) {
      if (!termsCache.has(c.terms_version))
        termsCache.set(c.terms_version, await publishedTerms(ctx, run.orgId, c.terms_version));
      const terms = termsCache.get(c.terms_version)!;
      // The date as force majeure pushes it (art. 16.1): the client could not confirm during it.
      const interventionDate = await dateForConfirmation(ctx, run.orgId, c);
      const decision = evaluate('intervention.confirmation', { interventionDate }, { asOf: run.asOf, terms });
      if (decision.outcome !== 'not-guaranteed') {
        run.onItem();
        continue;
      }
      const at = ctx.now().toISOString();
      const done = await ctx.db.transaction().execute(async (trx) => {
        const { recorded } = await recordDecision(trx, ctx.dialect, {
          orgId: run.orgId,
          decision,
          objectType: 'intervention',
          objectId: c.id,
          contractId: c.contract_id,
          effectKey: `intervention.confirmation:intervention:${c.id}:${c.date}:not-guaranteed`,
          actor: 'system:sweep',
          at,
        });
        if (recorded) {
          await repo.updateIntervention(trx, run.orgId, c.id, { confirmation: 'not-guaranteed', updated_at: at });
          await notifyStaff(trx, ctx, {
            orgId: run.orgId,
            kind: 'intervention.not-guaranteed',
            objectType: 'intervention',
            objectId: c.id,
            fr: `Date d'intervention non confirmée, plus garantie : ${c.label} le ${formatDateFr(c.date)} (art. 6.9)`,
            en: `Intervention date not confirmed, no longer guaranteed: ${c.label} on ${formatDateEn(c.date)} (art. 6.9)`,
            at,
          });
        }
        run.beforeCommit();
        return recorded;
      });
      if (done) acted++;
      run.onItem();
    }
    return { examined: candidates.length, acted };
  },
};
