import type { AppContext, SweepStep } from '../../context.ts';
import { suspensionsOf } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { lateReturnDecision } from './deadlines.ts';
import * as repo from './equipment.repo.ts';

/**
 * Daily (art. 15.3): each rented unit still out after its return date shows the immobilisation
 * indemnity accruing (rule rental.late-return as of the sweep day, stored on the unit); the day
 * it first becomes late is recorded as a decision. The indemnity is invoiced at the return.
 */
export const lateReturnStep: SweepStep = {
  id: 'rental.late-return',
  article: '15.3',
  title: { fr: 'Restitution tardive du matériel loué', en: 'Late return of rented products' },
  async run(ctx: AppContext, run) {
    const rows = await repo.unitsOutLate(ctx.db, run.orgId, run.asOf);
    run.onTotal(rows.length);
    let acted = 0;
    const at = ctx.now().toISOString();
    const termsOf = new Map<string, Awaited<ReturnType<typeof publishedTerms>>>();
    for (const u of rows) {
      const contract = await repo.contractTerms(ctx.db, run.orgId, u.contract_id);
      let terms = termsOf.get(contract.terms_version);
      if (!terms)
        termsOf.set(contract.terms_version, (terms = await publishedTerms(ctx, run.orgId, contract.terms_version)));
      const decision = lateReturnDecision({
        asOf: run.asOf,
        terms,
        returnDueOn: u.return_due_on!,
        deliveredOn: u.delivered_on,
        monthlyRentCents: Number(u.monthly_rent_cents ?? 0),
        // Art. 16.1: the due date is pushed by the days of force majeure of the contract.
        suspensions: await suspensionsOf(ctx, run.orgId, u.contract_id),
      });
      await ctx.db.transaction().execute(async (trx) => {
        await repo.storeLate(trx, u.id, { as_of: run.asOf, days: decision.daysLate, cents: decision.indemnityCents });
        // Not late once pushed by force majeure: the figures are reset, nothing is recorded.
        const { recorded } =
          decision.daysLate === 0
            ? { recorded: false }
            : await recordDecision(trx, ctx.dialect, {
                orgId: run.orgId,
                decision: Object.assign(decision, { serial: u.serial }),
                objectType: 'contract',
                objectId: u.contract_id,
                contractId: u.contract_id,
                effectKey: `rental.late-return:unit:${u.id}:late`,
                actor: 'system:sweep',
                at,
              });
        if (recorded) acted++;
        run.beforeCommit();
      });
      run.onItem();
    }
    return { examined: rows.length, acted };
  },
};
