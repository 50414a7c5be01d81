import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { EML_MEDIA_TYPE, queueMail } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { mailRecipients } from '../clients/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { ANNEX } from './processor-articles.ts';
import * as repo from './processor.repo.ts';

import { toBreachOut } from './breach-out.ts';

/**
 * Tells every affected client (annex, "Collaboration": "dans les meilleurs délais"): one e-mail
 * each, its .eml in the evidence log, in one transaction. A client without an address refuses
 * the whole notice, naming it.
 */
export async function notifyBreachClients(ctx: AppContext, actor: Actor, id: string) {
  const breach = await repo.findBreach(ctx.db, actor.orgId, id);
  if (!breach) throw new AppError('privacy.not_found');
  if (breach.role !== 'processor' || breach.clients_notified_at !== null) throw new AppError('privacy.wrong_state');
  const org = await getOrganisation(ctx, actor.orgId);
  const clientIds = JSON.parse(breach.client_ids_json) as string[];
  const targets: Array<{ clientId: string; to: string }> = [];
  for (const [i, clientId] of clientIds.entries()) {
    const to = (await mailRecipients(ctx, actor.orgId, clientId)).correspondent;
    if (!to || !org.email)
      throw new AppError('request.invalid', {
        errors: [
          {
            path: `clientIds.${i}`,
            message: 'the client has no email address',
            fr: "le client n'a pas d'adresse e-mail",
          },
        ],
      });
    targets.push({ clientId, to });
  }
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const t of targets) {
      const mail = await queueMail(trx, ctx, {
        orgId: actor.orgId,
        from: org.email!,
        fromName: org.name,
        to: [t.to],
        subject: `${org.name} — Violation de données à caractère personnel`,
        text: [
          'Madame, Monsieur,',
          '',
          `Conformément à l'annexe de nos conditions générales (Collaboration) et à l'article 33(2) du RGPD, nous vous informons d'une violation de données à caractère personnel constatée le ${breach.discovered_at.slice(0, 16).replace('T', ' ')} UTC.`,
          `Nature : ${breach.facts}`,
          `Données concernées : ${breach.data_categories} ; personnes concernées : ${breach.subjects}.`,
          `Conséquences probables : ${breach.consequences}`,
          `Mesures prises ou envisagées : ${breach.measures}`,
          '',
          `Cordialement,\n${org.name}`,
        ].join('\n'),
        related: { type: 'data-breach', id },
      });
      await appendEvidence(trx, ctx.dialect, {
        orgId: actor.orgId,
        kind: 'privacy.breach-notice',
        objectType: 'client',
        objectId: t.clientId,
        actor: actor.userId,
        at,
        document: { bytes: mail.eml, mediaType: EML_MEDIA_TYPE, filename: `violation-${id}.eml` },
        decision: { article: ANNEX.breaches, breachId: id, outboxMessageId: mail.id },
      });
    }
    await repo.updateBreach(trx, actor.orgId, id, { clients_notified_at: at });
  });
  return toBreachOut({ ...breach, clients_notified_at: at }, ctx.now());
}
