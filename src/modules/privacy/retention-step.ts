import type { SweepStep } from '../../context.ts';
import { evaluate } from '../../rules/index.ts';
import { eraseFromIdentityHistory } from '../clients/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { renderPendingInvoices } from '../invoices/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { anonymiseClient } from './anonymise-client.ts';
import * as repo from './privacy.repo.ts';

/**
 * Sweep step (art. 17.2): personal data is kept at most 5 years after the end of the commercial
 * relationship; the day after, it is anonymised, with the decision and its citation on record,
 * and its email is erased from the history of its identity too (ADR 0013).
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
    const candidates = await repo.clientsAwaitingErasure(ctx.db, run.orgId);
    run.onTotal(candidates.length);
    let acted = 0;
    for (const client of candidates) {
      const decision = evaluate(
        'personal-data.retention',
        { relationshipEndedOn: client.relationship_ended_on },
        { asOf: run.asOf, terms },
      );
      if (decision.outcome === 'erase') {
        // An invoice not rendered yet would print the client's email from its identity history,
        // which the erasure empties: it is rendered and stored first, as issued (ADR 0013).
        await renderPendingInvoices(ctx, run.orgId, client.id, 'system:sweep');
        await ctx.db.transaction().execute(async (trx) => {
          const at = ctx.now().toISOString();
          const { recorded } = await recordDecision(trx, ctx.dialect, {
            orgId: run.orgId,
            decision,
            objectType: 'client',
            objectId: client.id,
            effectKey: `personal-data.retention:client:${client.id}:erase`,
            actor: 'system:sweep',
            at,
          });
          if (recorded) {
            await anonymiseClient(trx, ctx.dialect, run.orgId, client.id, at);
            await eraseFromIdentityHistory(trx, run.orgId, client.id, ['email']);
          }
          run.beforeCommit();
        });
        acted++;
      }
      run.onItem();
    }
    return { examined: candidates.length, acted };
  },
};
