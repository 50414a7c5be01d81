import type { AppContext, SweepStep } from '../../context.ts';
import { addDays, formatDateFr } from '../../kernel/dates.ts';
import { queueMail } from '../../mail/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { insuranceReminderDecision } from './equipment-decisions.ts';
import * as repo from './equipment.repo.ts';

/** Days after delivery without a certificate before the client is reminded, and the expiry horizon. */
export const INSURANCE_MISSING_DAYS = 15;
export const INSURANCE_EXPIRY_DAYS = 30;

/**
 * Daily (art. 4.2.1): a rental whose products are out is reminded by e-mail when no all-risk
 * insurance certificate came within 15 days of delivery, or when the latest one expires within
 * 30 days. Each reminder is a recorded decision (evidence), once per contract and cause.
 */
export const insuranceReminderStep: SweepStep = {
  id: 'rental.insurance',
  article: '4.2.1',
  title: { fr: "Relance de l'attestation d'assurance", en: 'Insurance certificate reminder' },
  async run(ctx: AppContext, run) {
    const rows = await repo.rentalsForInsurance(ctx.db, run.orgId);
    run.onTotal(rows.length);
    let acted = 0;
    const at = ctx.now().toISOString();
    const done = new Set<string>();
    for (const r of rows) {
      run.onItem();
      const insuredUntil = (r.insured_until as string | null) ?? null;
      let reason: 'missing' | 'expiring' | null = null;
      if (insuredUntil === null && run.asOf >= addDays(r.delivered_on, INSURANCE_MISSING_DAYS)) reason = 'missing';
      else if (insuredUntil !== null && insuredUntil <= addDays(run.asOf, INSURANCE_EXPIRY_DAYS)) reason = 'expiring';
      if (!reason) continue;
      const effectKey = `rental.insurance:contract:${r.contract_id}:${reason}:${insuredUntil ?? 'none'}`;
      if (done.has(effectKey)) continue;
      done.add(effectKey);
      const contract = await repo.contractTerms(ctx.db, run.orgId, r.contract_id);
      const decision = insuranceReminderDecision({
        asOf: run.asOf,
        termsVersion: contract.terms_version,
        contractNumber: r.contract_number,
        reason,
        ...(insuredUntil ? { until: insuredUntil } : {}),
      });
      const org = await getOrganisation(ctx, run.orgId);
      const recorded = await ctx.db.transaction().execute(async (trx) => {
        const res = await recordDecision(trx, ctx.dialect, {
          orgId: run.orgId,
          decision,
          objectType: 'contract',
          objectId: r.contract_id,
          contractId: r.contract_id,
          effectKey,
          actor: 'system:sweep',
          at,
        });
        if (res.recorded && r.client_email && org.email)
          await queueMail(trx, ctx, {
            orgId: run.orgId,
            from: org.email,
            fromName: org.name,
            to: [r.client_email],
            subject: `Attestation d'assurance — contrat n° ${r.contract_number}`,
            text: [
              'Madame, Monsieur,',
              '',
              reason === 'missing'
                ? `Le matériel loué au titre du contrat n° ${r.contract_number} vous a été livré le ${formatDateFr(r.delivered_on)}. Conformément à l'article 4.2.1 de nos conditions générales, merci de nous transmettre l'attestation de votre assurance tous risques couvrant ce matériel.`
                : `L'attestation d'assurance tous risques du matériel loué au titre du contrat n° ${r.contract_number} expire le ${formatDateFr(insuredUntil!)}. Conformément à l'article 4.2.1 de nos conditions générales, merci de nous transmettre l'attestation de son renouvellement.`,
              '',
              'Vous pouvez la déposer dans votre espace client.',
              '',
              org.name,
            ].join('\n'),
            related: { type: 'contract', id: r.contract_id },
            contractId: r.contract_id,
          });
        run.beforeCommit();
        return res.recorded;
      });
      if (recorded) acted++;
    }
    return { examined: rows.length, acted };
  },
};
