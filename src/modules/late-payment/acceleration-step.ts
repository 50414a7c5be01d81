import type { SweepStep } from '../../context.ts';
import { accelerationDecision } from './enforcement-decisions.ts';
import { termsResolver } from './late-facts.ts';
import * as repo from './late-payment.repo.ts';
import { recordDecisions, type BatchDecisionInput } from './record-decisions.ts';
import { markAccelerated } from '../invoices/index.ts';

const PAGE_SIZE = 2_000;

/**
 * Sweep step (art. 10.3, "paiement immédiat de toutes les factures non encore échues"): for every
 * client with an overdue invoice, each of its other unsettled invoices not yet due becomes payable
 * at once (accelerated_on = the sweep's day), with a decision per invoice naming the overdue one.
 * The effect key makes it once per invoice; pages of 2,000 invoices, one transaction each.
 */
export const accelerationStep: SweepStep = {
  id: 'invoice.acceleration',
  article: '10.3',
  title: {
    fr: 'Exigibilité immédiate des factures non échues en cas de retard',
    en: 'Invoices not yet due become payable at once after a delay',
  },
  async run(ctx, run) {
    const { orgId, asOf } = run;
    const termsOf = termsResolver(ctx, orgId, asOf);
    const at = ctx.now().toISOString();
    let after: repo.LateCursor | null = null;
    let examined = 0;
    let acted = 0;
    for (;;) {
      const page = await repo.accelerationTargetsPage(ctx.db, orgId, asOf, after, PAGE_SIZE);
      if (page.length === 0) break;
      const last = page[page.length - 1]!;
      after = { dueDate: last.due_date!, id: last.id };
      const overdue = await repo.oldestOverdueByClient(
        ctx.db,
        orgId,
        page.map((t) => t.client_id),
        asOf,
      );
      const decisions: BatchDecisionInput[] = [];
      const ids: string[] = [];
      for (const t of page) {
        const ground = overdue.get(t.client_id);
        if (!ground) continue; // paid meanwhile
        const decision = accelerationDecision(t, ground, asOf, await termsOf(t.terms_version));
        if (decision.outcome !== 'accelerated') continue;
        ids.push(t.id);
        decisions.push({
          decision,
          objectType: 'invoice',
          objectId: t.id,
          contractId: t.contract_id,
          effectKey: `invoice.acceleration:${t.id}`,
          actor: 'system:sweep',
          at,
        });
      }
      acted += await ctx.db.transaction().execute(async (trx) => {
        await markAccelerated(trx, orgId, ids, asOf);
        const recorded = await recordDecisions(trx, ctx.dialect, orgId, decisions);
        run.beforeCommit();
        return recorded;
      });
      examined += page.length;
      run.onTotal(examined);
      for (let i = 0; i < page.length; i++) run.onItem();
    }
    return { examined, acted };
  },
};
