import type { AppContext, SweepStep } from '../../context.ts';
import { suspensionsOf } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { reservationDecision } from './deadlines.ts';
import * as repo from './equipment.repo.ts';

/**
 * Daily (art. 4.1.3): reservations recorded on a delivery and not confirmed to the carrier by the
 * deadline — the goods are deemed delivered complete and in good state; the decision is recorded
 * on the delivery, once.
 */
export const reservationDeadlineStep: SweepStep = {
  id: 'delivery.reservation-deadline',
  article: '4.1.3',
  title: { fr: 'Réserves non confirmées au transporteur', en: 'Reservations not confirmed to the carrier' },
  async run(ctx: AppContext, run) {
    const rows = await repo.reservationsPastDeadline(ctx.db, run.orgId, run.asOf);
    run.onTotal(rows.length);
    let acted = 0;
    const at = ctx.now().toISOString();
    for (const d of rows) {
      const contract = await repo.contractTerms(ctx.db, run.orgId, d.contract_id);
      const terms = await publishedTerms(ctx, run.orgId, contract.terms_version);
      // Art. 16.1: the deadline is pushed by the days of force majeure of the contract.
      const decision = reservationDecision({
        asOf: run.asOf,
        terms,
        deliveredOn: d.delivered_on,
        suspensions: await suspensionsOf(ctx, run.orgId, d.contract_id),
      });
      if (decision.outcome === 'deemed-accepted') {
        await ctx.db.transaction().execute(async (trx) => {
          await repo.updateDelivery(trx, run.orgId, d.id, { reservation_outcome: 'deemed-accepted', updated_at: at });
          await recordDecision(trx, ctx.dialect, {
            orgId: run.orgId,
            decision,
            objectType: 'delivery',
            objectId: d.id,
            contractId: d.contract_id,
            effectKey: `delivery.reservation-deadline:delivery:${d.id}`,
            actor: 'system:sweep',
            at,
          });
          run.beforeCommit();
        });
        acted++;
      }
      run.onItem();
    }
    return { examined: rows.length, acted };
  },
};
