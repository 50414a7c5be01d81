import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { markContactsWithEmail } from '../clients/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { sellerOf } from '../shared/index.ts';
import { markUsersWithEmail } from '../users/index.ts';
import type { Applied } from './apply-request.ts';
import type { RequestOut } from './privacy.schemas.ts';
import * as repo from './privacy.repo.ts';
import { loadRequest, toRequestOut } from './read-requests.ts';

/**
 * GDPR art. 18(3): a restriction is lifted only after the person is told. The letter that tells
 * them, with the reason, is rendered and stored in the evidence chain in the same transaction as
 * the lifting; the request's result keeps the day and the letter's hash (ADR 0021).
 */
export async function liftRestriction(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<RequestOut> {
  const row = await loadRequest(ctx, actor, id);
  const applied = row.answer_json ? (JSON.parse(row.answer_json) as Applied & { liftedOn?: string }) : null;
  if (row.kind !== 'restriction' || row.status !== 'answered' || !applied?.since || applied.liftedOn)
    throw new AppError('privacy.wrong_state', {
      detail: 'Only a restriction in force (an answered restriction request not yet lifted) can be lifted',
    });
  const today = parisDate(ctx.now());
  const org = await getOrganisation(ctx, actor.orgId);
  const bytes = await renderLetterPdf({
    sender: await sellerOf(ctx.db, org),
    recipient: { name: row.subject_name ?? row.subject_email, addressLines: [row.subject_email] },
    place: org.city,
    date: today,
    subject: 'Levée de la limitation du traitement de vos données',
    reference: `Demande de limitation reçue le ${formatDateFr(row.received_on)}`,
    paragraphs: [
      'Madame, Monsieur,',
      `À votre demande reçue le ${formatDateFr(row.received_on)}, le traitement de vos données personnelles est limité à leur conservation depuis le ${formatDateFr(applied.since)}.`,
      `Conformément à l'article 18, paragraphe 3, du règlement général sur la protection des données, nous vous informons que cette limitation est levée à compter de ce jour, pour la raison suivante : ${reason}`,
      "Vous pouvez exercer vos droits auprès de contact@alleo.fr (CGV art. 17.3) ou introduire une réclamation auprès de la CNIL (www.cnil.fr). Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
    ],
    signature: { name: org.name, title: 'Protection des données' },
  });
  const at = ctx.now().toISOString();
  const set: Partial<repo.RequestRow> = { updated_at: at };
  await ctx.db.transaction().execute(async (trx) => {
    const fresh = await repo.findRequest(trx, actor.orgId, id);
    if (fresh?.answer_json !== row.answer_json) throw new AppError('privacy.wrong_state');
    const entry = await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.restriction-lifted',
      objectType: 'data-subject-request',
      objectId: id,
      actor: actor.userId,
      at,
      document: { bytes, mediaType: PDF_MEDIA_TYPE, filename: `levee-limitation-${today}.pdf` },
      decision: { article: 'RGPD 18(3)', since: applied.since, liftedOn: today, reason },
    });
    await markContactsWithEmail(trx, actor.orgId, row.subject_email, { restricted_on: null }, at);
    await markUsersWithEmail(trx, actor.orgId, row.subject_email, { restricted_on: null }, at);
    set.answer_json = JSON.stringify({
      ...applied,
      liftedOn: today,
      liftReason: reason,
      liftLetterSha256: entry.documentSha256,
    });
    await repo.updateRequest(trx, actor.orgId, id, set);
  });
  return toRequestOut({ ...row, ...set } as repo.RequestRow, today);
}
