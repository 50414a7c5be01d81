/**
 * Prepayment (art. 10.3, 4th indent: "paiement, avant toute livraison, des commandes déjà
 * acceptées"): the sweep puts a client with an overdue invoice on 'prepayment-required', with a
 * decision and a line in its financial status history; only accounting lifts it, through the
 * financial-status endpoint, and not while an invoice is still overdue. Both are decided by rule
 * client.prepayment of the catalogue (src/rules/client-prepayment.ts).
 */
import { parisDate, type AppContext, type SweepStep } from '../../context.ts';
import type { Decision } from '../../kernel/decision.ts';
import { newId } from '../../kernel/ids.ts';
import { recordDecision } from '../decisions/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { prepaymentDecision } from './enforcement-decisions.ts';
import * as repo from './late-payment.repo.ts';
import { insertStatusChange, switchFinancialStatus } from '../clients/index.ts';

/**
 * Sweep step: clients with an overdue invoice switch to 'prepayment-required' (one client per
 * transaction). The history line of client_financial_status_changes must name a user
 * (changed_by references users.id): it is filed under the organisation's first administrator,
 * with a reason that says the change was automatic; the decision itself names 'system:sweep'.
 */
export const prepaymentStep: SweepStep = {
  id: 'client.prepayment',
  article: '10.3',
  title: {
    fr: 'Paiement préalable exigé des clients en retard de paiement',
    en: 'Prepayment required from clients late in paying',
  },
  async run(ctx, run) {
    const { orgId, asOf } = run;
    const clients = await repo.clientsToPutOnPrepayment(ctx.db, orgId, asOf);
    run.onTotal(clients.length);
    if (clients.length === 0) return { examined: 0, acted: 0 };
    const terms = await termsInForce(ctx, orgId, asOf);
    const admin = await repo.firstAdministrator(ctx.db, orgId);
    const at = ctx.now().toISOString();
    let acted = 0;
    for (const client of clients) {
      const overdue = await repo.overdueInvoicesOf(ctx.db, orgId, client.id, asOf);
      const decision = prepaymentDecision(client, overdue, asOf, terms);
      if (decision.outcome !== 'prepayment-required') {
        // Paid meanwhile: nothing overdue any more.
        run.onItem();
        continue;
      }
      const switched = await ctx.db.transaction().execute(async (trx) => {
        if (!(await switchFinancialStatus(trx, orgId, client.id, client.financial_status, 'prepayment-required', at)))
          return false;
        if (admin) {
          await insertStatusChange(trx, {
            id: newId(),
            org_id: orgId,
            client_id: client.id,
            from_status: client.financial_status,
            to_status: 'prepayment-required',
            reason: `Automatique (traitement quotidien, art. 10.3) — ${decision.explanation.fr}`,
            changed_by: admin.id,
            at,
          });
        }
        await recordDecision(trx, ctx.dialect, {
          orgId,
          decision,
          objectType: 'client',
          objectId: client.id,
          effectKey: `client.prepayment:${client.id}:${asOf}`,
          actor: 'system:sweep',
          at,
        });
        run.beforeCommit();
        return true;
      });
      if (switched) acted++;
      run.onItem();
    }
    return { examined: clients.length, acted };
  },
};

/**
 * The refusal to lift a client's prepayment while it still has an overdue invoice (as of today),
 * as a decision citing art. 10.3; null when nothing is overdue.
 */
export async function prepaymentReleaseRefusal(
  ctx: AppContext,
  orgId: string,
  clientId: string,
): Promise<Decision | null> {
  const today = parisDate(ctx.now());
  const client = await repo.findClientRow(ctx.db, orgId, clientId);
  if (!client) return null;
  const overdue = await repo.overdueInvoicesOf(ctx.db, orgId, clientId, today);
  const decision = prepaymentDecision(client, overdue, today, await termsInForce(ctx, orgId, today), true);
  return decision.outcome === 'release-refused' ? decision : null;
}

/**
 * For the delivery capability (art. 10.3): a delivery to this client must wait for payment when
 * its financial status requires prepayment and something is still unpaid.
 */
export async function deliveryBlockedByPrepayment(ctx: AppContext, orgId: string, clientId: string): Promise<boolean> {
  const client = await repo.findClientRow(ctx.db, orgId, clientId);
  if (!client || client.financial_status !== 'prepayment-required') return false;
  return repo.hasUnpaidInvoice(ctx.db, orgId, clientId);
}
