import type { SweepStep } from '../../context.ts';
import { evaluate } from '../../rules/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { renderPendingInvoices } from '../invoices/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { eraseClientPersonalData } from './erase-client.ts';
import { relationshipEnds } from './relationship-end.ts';

/**
 * Sweep step (art. 17.2): personal data is kept at most 5 years after the end of the commercial
 * relationship — derived from contracts and invoices, or entered by hand with a reason. Rule
 * `personal-data.retention` gives `retainUntil`; the day after, everything attached to the client
 * is erased or anonymised (erase-client.ts), with the decision and its citation on record.
 */
export const personalDataRetentionStep: SweepStep = {
  id: 'personal-data.retention',
  article: '17.2',
  title: {
    fr: 'Effacement des données personnelles en fin de conservation',
    en: 'Erasure of personal data after its retention period',
  },
  async run(ctx, run) {
    const terms = await termsInForce(ctx, run.orgId, run.asOf);
    const candidates = (await relationshipEnds(ctx.db, run.orgId, run.asOf)).filter((c) => c.endedOn !== null);
    run.onTotal(candidates.length);
    let acted = 0;
    for (const client of candidates) {
      const decision = evaluate(
        'personal-data.retention',
        { relationshipEndedOn: client.endedOn! },
        { asOf: run.asOf, terms },
      );
      if (decision.outcome === 'erase') {
        // An invoice not rendered yet would print the client's email from its identity history,
        // which the erasure empties: it is rendered and stored first, as issued (ADR 0013).
        await renderPendingInvoices(ctx, run.orgId, client.clientId, 'system:sweep');
        await ctx.db.transaction().execute(async (trx) => {
          const at = ctx.now().toISOString();
          const { recorded } = await recordDecision(trx, ctx.dialect, {
            orgId: run.orgId,
            decision,
            objectType: 'client',
            objectId: client.clientId,
            effectKey: `personal-data.retention:client:${client.clientId}:erase`,
            actor: 'system:sweep',
            at,
          });
          if (recorded) await eraseClientPersonalData(trx, ctx.dialect, run.orgId, client.clientId, 'system:sweep', at);
          run.beforeCommit();
        });
        acted++;
      }
      run.onItem();
    }
    return { examined: candidates.length, acted };
  },
};
