import type { AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { EML_MEDIA_TYPE, queueMail } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { findClient, mailRecipients } from '../clients/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { ANNEX } from './processor-articles.ts';
import * as repo from './processor.repo.ts';
import type { BreachInput } from './processor.schemas.ts';

const HOUR = 3_600_000;
/** A processor breach without notice to its clients this long is flagged ("sans délai"). */
export const CLIENT_NOTICE_FLAG_HOURS = 48;
/** GDPR art. 33(1): the controller notifies the CNIL within 72 hours of becoming aware. */
export const CNIL_DEADLINE_HOURS = 72;

export function toBreachOut(r: repo.BreachRow, now: Date) {
  const discovered = new Date(r.discovered_at).getTime();
  const cnilDeadline = r.role === 'controller' ? new Date(discovered + CNIL_DEADLINE_HOURS * HOUR).toISOString() : null;
  return {
    id: r.id,
    role: r.role,
    discoveredAt: r.discovered_at,
    facts: r.facts,
    dataCategories: r.data_categories,
    subjects: r.subjects,
    consequences: r.consequences,
    measures: r.measures,
    clientIds: JSON.parse(r.client_ids_json) as string[],
    clientsNotifiedAt: r.clients_notified_at,
    cnilNotifiedAt: r.cnil_notified_at,
    noticeOverdue:
      r.role === 'processor' &&
      r.clients_notified_at === null &&
      now.getTime() - discovered >= CLIENT_NOTICE_FLAG_HOURS * HOUR,
    cnilDeadline,
    cnilOverdue: cnilDeadline !== null && r.cnil_notified_at === null && now.toISOString() > cnilDeadline,
  };
}

/** Records a breach (GDPR art. 33(5): facts, effects, measures), with its evidence entry. */
export async function recordBreach(ctx: AppContext, actor: Actor, input: BreachInput) {
  const discoveredAt = new Date(input.discoveredAt).toISOString();
  if (discoveredAt > ctx.now().toISOString())
    throw new AppError('request.invalid', {
      errors: [{ path: 'discoveredAt', message: 'must not be in the future', fr: 'ne peut pas être dans le futur' }],
    });
  if (input.role === 'processor' && input.clientIds.length === 0)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'clientIds',
          message: 'a breach on clients’ data names the clients to notify',
          fr: 'une violation sur les données de clients indique les clients à prévenir',
        },
      ],
    });
  for (const [i, id] of input.clientIds.entries())
    if (!(await findClient(ctx, actor.orgId, id)))
      throw new AppError('request.invalid', {
        errors: [{ path: `clientIds.${i}`, message: 'no such client', fr: 'client introuvable' }],
      });
  const at = ctx.now().toISOString();
  const row: repo.BreachRow = {
    id: newId(),
    org_id: actor.orgId,
    role: input.role,
    discovered_at: discoveredAt,
    facts: input.facts,
    data_categories: input.dataCategories,
    subjects: input.subjects,
    consequences: input.consequences,
    measures: input.measures,
    client_ids_json: JSON.stringify(input.clientIds),
    clients_notified_at: null,
    cnil_notified_at: null,
    created_by: actor.userId,
    created_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertBreach(trx, row);
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.breach-recorded',
      objectType: 'data-breach',
      objectId: row.id,
      actor: actor.userId,
      at,
      decision: { article: 'RGPD 33(5)', role: row.role, discoveredAt, clients: input.clientIds.length },
    });
  });
  return toBreachOut(row, ctx.now());
}

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

/** Records when ALLEO notified the CNIL of one of its own breaches (GDPR art. 33(1)). */
export async function recordCnilNotification(ctx: AppContext, actor: Actor, id: string, notifiedAt: string) {
  const breach = await repo.findBreach(ctx.db, actor.orgId, id);
  if (!breach) throw new AppError('privacy.not_found');
  if (breach.role !== 'controller' || breach.cnil_notified_at !== null) throw new AppError('privacy.wrong_state');
  const iso = new Date(notifiedAt).toISOString();
  if (iso < breach.discovered_at || iso > ctx.now().toISOString())
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'notifiedAt',
          message: 'must be between the discovery and now',
          fr: 'doit être comprise entre la découverte et maintenant',
        },
      ],
    });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateBreach(trx, actor.orgId, id, { cnil_notified_at: iso });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.breach-cnil',
      objectType: 'data-breach',
      objectId: id,
      actor: actor.userId,
      at,
      decision: { article: 'RGPD 33(1)', notifiedAt: iso },
    });
  });
  return toBreachOut({ ...breach, cnil_notified_at: iso }, ctx.now());
}

export async function listBreaches(ctx: AppContext, actor: Actor) {
  const now = ctx.now();
  return (await repo.listBreaches(ctx.db, actor.orgId)).map((r) => toBreachOut(r, now));
}
