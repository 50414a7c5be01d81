import type { SweepStep } from '../../context.ts';
import type { Decision } from '../../kernel/decision.ts';
import { getOrganisation } from '../organisations/index.ts';
import { claimOf, type Claim } from './claims.ts';
import * as repo from './debit-notes.repo.ts';
import { issueDebitNoteWithin } from './issue-debit-note.ts';

/**
 * Sweep step (art. 10.3; LEGAL.md R11), after invoice.late-payment: when a late invoice has been
 * settled, its final interest (less what was already claimed) and the EUR 40 (if never claimed)
 * are claimed on a debit note — one per client and day, one transaction each. The invoices then
 * hold what was claimed, so a rerun finds nothing left and issues nothing.
 */
export const debitNoteStep: SweepStep = {
  id: 'invoice.debit-note',
  article: '10.3',
  title: {
    fr: 'Notes de débit des pénalités et indemnités des factures payées en retard',
    en: 'Debit notes for the charges of invoices paid late',
  },
  async run(ctx, run) {
    const { orgId, asOf } = run;
    const invoices = await repo.settledLateUnclaimed(ctx.db, orgId);
    run.onTotal(invoices.length);
    if (invoices.length === 0) return { examined: 0, acted: 0 };
    const byClient = new Map<string, Claim[]>();
    for (const inv of invoices) {
      const claim = inv.late_json ? claimOf(inv, JSON.parse(inv.late_json) as Decision) : null;
      if (!claim) continue;
      const list = byClient.get(inv.client_id) ?? [];
      list.push(claim);
      byClient.set(inv.client_id, list);
    }
    const org = await getOrganisation(ctx, orgId);
    const at = ctx.now().toISOString();
    let acted = 0;
    for (const [clientId, claims] of byClient) {
      const client = await repo.findClient(ctx.db, orgId, clientId);
      if (!client) continue;
      await ctx.db.transaction().execute(async (trx) => {
        await issueDebitNoteWithin(trx, ctx, { org, client, claims, issueDate: asOf, actorId: 'system:sweep', at });
        run.beforeCommit();
      });
      acted++;
      for (let i = 0; i < claims.length; i++) run.onItem();
    }
    return { examined: invoices.length, acted };
  },
};
