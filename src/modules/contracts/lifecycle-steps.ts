/** Sweep steps of the contract lifecycle (art. 15.2, 16.1). */
import type { SweepStep } from '../../context.ts';
import { formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import { recordDecision } from '../decisions/index.ts';
import { notifyStaff } from '../notifications/index.ts';
import { forceMajeureSweep } from './force-majeure.ts';
import { noticeDecision } from './formal-notices.ts';
import * as repo from './lifecycle.repo.ts';

/**
 * termination.formal-notice: a notice whose 30 days passed without remedy makes its contract
 * terminable; the step flags it (decision + notification to accounting). It never terminates.
 */
export const formalNoticeStep: SweepStep = {
  id: 'termination.formal-notice',
  article: '15.2',
  title: {
    fr: 'Contrats résiliables après une mise en demeure restée sans effet',
    en: 'Contracts terminable after an unheeded formal notice',
  },
  async run(ctx, run) {
    const notices = await repo.noticesBecomingTerminable(ctx.db, run.orgId, run.asOf);
    run.onTotal(notices.length);
    let acted = 0;
    for (const n of notices) {
      const decision = await noticeDecision(
        ctx,
        run.orgId,
        n.terms_version,
        { received_on: n.received_on!, cured_on: n.cured_on, curable: n.curable },
        run.asOf,
      );
      if (decision.outcome === 'terminable') {
        const at = ctx.now().toISOString();
        await ctx.db.transaction().execute(async (trx) => {
          await repo.updateNotice(trx, n.id, { terminable_flagged_on: run.asOf }, at);
          const r = await recordDecision(trx, ctx.dialect, {
            orgId: run.orgId,
            decision,
            objectType: 'contract',
            objectId: n.contract_id,
            contractId: n.contract_id,
            effectKey: `termination.formal-notice:${n.id}:terminable`,
            actor: 'system:sweep',
            at,
          });
          if (r.recorded)
            await notifyStaff(trx, ctx, {
              orgId: run.orgId,
              kind: 'contract.terminable',
              objectType: 'contract',
              objectId: n.contract_id,
              fr: `Contrat ${n.contract_number} résiliable depuis le ${formatDateFr(n.terminable_from!)} : mise en demeure restée sans effet (art. 15.2).`,
              en: `Contract ${n.contract_number} terminable since ${formatDateEn(n.terminable_from!)}: formal notice unheeded (art. 15.2).`,
              at,
            });
          run.beforeCommit();
        });
        acted++;
      }
      run.onItem();
    }
    return { examined: notices.length, acted };
  },
};

/** force-majeure: contracts suspended while an event lasts, resumed after; terminable after 60 days. */
export const forceMajeureStep: SweepStep = {
  id: 'force-majeure',
  article: '16.1',
  title: {
    fr: 'Suspension des contrats pendant la force majeure, résiliation ouverte après 60 jours',
    en: 'Contracts suspended during force majeure, termination open after 60 days',
  },
  async run(ctx, run) {
    const r = await forceMajeureSweep(ctx, run.orgId, run.asOf, run.beforeCommit);
    run.onTotal(r.examined);
    return r;
  },
};
