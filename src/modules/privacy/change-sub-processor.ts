import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { addDays, formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { EML_MEDIA_TYPE, queueMail } from '../../mail/index.ts';
import type { Actor } from '../auth/index.ts';
import { mailRecipients } from '../clients/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { clientIdentity, sellerOf } from '../shared/index.ts';
import { findClient } from '../clients/index.ts';
import { ANNEX, EU_COUNTRIES } from './processor-articles.ts';
import * as repo from './processor.repo.ts';
import type { SubProcessorInput } from './processor.schemas.ts';

export interface SubProcessorChange {
  subProcessorId: string;
  notices: Array<{ clientId: string; legalName: string; outboxMessageId: string | null; objectionUntil: string }>;
}

/**
 * Adds a sub-processor, or replaces one (annex, "Sous-traitants ultérieurs"; GDPR art. 28(2)):
 * every client whose contracts use one of its solutions — and only those — gets the notice, a
 * letter e-mailed with its evidence, and an objection period that ends `objectionDays` later.
 * The terms say "dans les meilleurs délais" and set no objection period: it is given here. A
 * sub-processor outside the EU needs its transfer safeguard (annex, "Transfert des données").
 * All in one transaction: the sub-processor, its notices and their e-mails, or nothing.
 */
export async function changeSubProcessor(
  ctx: AppContext,
  actor: Actor,
  input: SubProcessorInput,
): Promise<SubProcessorChange> {
  const country = input.country.toUpperCase();
  if (!EU_COUNTRIES.has(country) && !input.transferSafeguard)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'transferSafeguard',
          message: `a sub-processor outside the EU (${country}) needs its transfer safeguard (${ANNEX.transfers})`,
          fr: `un sous-traitant hors de l'Union européenne (${country}) exige un mécanisme de transfert (${ANNEX.transfers})`,
        },
      ],
    });
  const items = await repo.catalogueItems(ctx.db, actor.orgId, input.solutionIds);
  const missing = input.solutionIds.findIndex((id) => !items.some((i) => i.id === id));
  if (missing >= 0)
    throw new AppError('request.invalid', {
      errors: [
        { path: `solutionIds.${missing}`, message: 'no such catalogue item', fr: 'article du catalogue introuvable' },
      ],
    });
  const replaced = input.replacesId ? await repo.findSubProcessor(ctx.db, actor.orgId, input.replacesId) : undefined;
  if (input.replacesId && (!replaced || replaced.active !== 1))
    throw new AppError('request.invalid', {
      errors: [{ path: 'replacesId', message: 'no such active sub-processor', fr: 'sous-traitant actif introuvable' }],
    });

  const today = parisDate(ctx.now());
  const at = ctx.now().toISOString();
  const objectionUntil = addDays(today, input.objectionDays);
  const change = replaced ? 'replaced' : 'added';
  const org = await getOrganisation(ctx, actor.orgId);
  if (!org.email)
    throw new AppError('request.invalid', {
      errors: [
        { path: 'from', message: 'the organisation has no email address', fr: "la société n'a pas d'adresse e-mail" },
      ],
    });
  const affected = await repo.clientsUsing(ctx.db, actor.orgId, input.solutionIds);
  const solutions = items.map((i) => i.name).join(', ');
  const id = newId();
  // Letters are rendered before the transaction (rendering is slow; the transaction stays short).
  const letters: Array<{ client: { id: string; legal_name: string }; to: string | null; pdf: Uint8Array }> = [];
  for (const c of affected) {
    const client = await findClient(ctx, actor.orgId, c.id);
    const recipients = await mailRecipients(ctx, actor.orgId, c.id);
    const pdf = await renderLetterPdf({
      sender: await sellerOf(ctx.db, org),
      recipient: clientIdentity(client!),
      place: org.city,
      date: today,
      subject: replaced
        ? `Remplacement d'un sous-traitant ultérieur : ${replaced.name} par ${input.name}`
        : `Nouveau sous-traitant ultérieur : ${input.name}`,
      reference: ANNEX.subProcessors,
      paragraphs: [
        'Madame, Monsieur,',
        `Conformément à l'annexe de nos conditions générales (Sous-traitants ultérieurs) et à l'article 28 du règlement général sur la protection des données, nous vous informons qu'à compter du ${formatDateFr(today)}, ${input.name} (${input.addressLine ? `${input.addressLine}, ` : ''}${country}) intervient comme sous-traitant ultérieur pour : ${input.activity}, au titre des solutions suivantes que vous utilisez : ${solutions}.${replaced ? ` Il remplace ${replaced.name}.` : ''}`,
        ...(EU_COUNTRIES.has(country)
          ? []
          : [
              `Ce sous-traitant est établi hors de l'Union européenne ; le transfert est encadré par : ${input.transferSafeguard}.`,
            ]),
        `Vous pouvez formuler une objection jusqu'au ${formatDateFr(objectionUntil)} en répondant à ce courrier.`,
        "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
      ],
      signature: { name: org.name, title: 'Protection des données' },
    });
    letters.push({ client: c, to: recipients.correspondent, pdf });
  }

  const notices: SubProcessorChange['notices'] = [];
  await ctx.db.transaction().execute(async (trx) => {
    if (replaced && !(await repo.endSubProcessor(trx, actor.orgId, replaced.id, at)).numUpdatedRows)
      throw new AppError('request.invalid', {
        errors: [
          { path: 'replacesId', message: 'no such active sub-processor', fr: 'sous-traitant actif introuvable' },
        ],
      });
    await repo.insertSubProcessor(trx, {
      id,
      org_id: actor.orgId,
      name: input.name,
      address_line: input.addressLine ?? null,
      country,
      activity: input.activity,
      solution_ids_json: JSON.stringify(input.solutionIds),
      transfer_safeguard: input.transferSafeguard ?? null,
      replaces_id: replaced?.id ?? null,
      active: 1,
      created_by: actor.userId,
      created_at: at,
      ended_at: null,
    });
    for (const l of letters) {
      const filename = `sous-traitant-${today}.pdf`;
      let outboxMessageId: string | null = null;
      let document = { bytes: l.pdf, mediaType: PDF_MEDIA_TYPE, filename };
      if (l.to) {
        const mail = await queueMail(trx, ctx, {
          orgId: actor.orgId,
          from: org.email!,
          fromName: org.name,
          to: [l.to],
          subject: `${org.name} — Sous-traitant ultérieur : ${input.name}`,
          text: [
            'Madame, Monsieur,',
            '',
            `Veuillez trouver ci-joint notre information sur ${replaced ? 'le remplacement' : "l'ajout"} d'un sous-traitant ultérieur (${input.name}). Vous pouvez formuler une objection jusqu'au ${formatDateFr(objectionUntil)}.`,
            '',
            `Cordialement,\n${org.name}`,
          ].join('\n'),
          attachments: [{ filename, mediaType: PDF_MEDIA_TYPE, content: l.pdf }],
          related: { type: 'sub-processor', id },
        });
        outboxMessageId = mail.id;
        document = { bytes: mail.eml, mediaType: EML_MEDIA_TYPE, filename: `sous-traitant-${today}.eml` };
      }
      const entry = await appendEvidence(trx, ctx.dialect, {
        orgId: actor.orgId,
        kind: 'privacy.sub-processor-notice',
        objectType: 'client',
        objectId: l.client.id,
        actor: actor.userId,
        at,
        document,
        decision: { article: ANNEX.subProcessors, subProcessorId: id, change, objectionUntil, outboxMessageId },
      });
      await repo.insertNotice(trx, {
        id: newId(),
        org_id: actor.orgId,
        sub_processor_id: id,
        client_id: l.client.id,
        change,
        sent_on: today,
        objection_until: objectionUntil,
        outbox_message_id: outboxMessageId,
        evidence_seq: entry.seq,
        objected_on: null,
      });
      notices.push({ clientId: l.client.id, legalName: l.client.legal_name, outboxMessageId, objectionUntil });
    }
  });
  return { subProcessorId: id, notices };
}
