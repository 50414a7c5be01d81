import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { sellerOf } from '../shared/index.ts';
import type { RequestOut } from './privacy.schemas.ts';
import * as repo from './privacy.repo.ts';
import { loadRequest, toRequestOut } from './read-requests.ts';
import { extendedDueOn } from './request-deadline.ts';

const KIND_FR: Record<repo.RequestRow['kind'], string> = {
  access: "d'accès",
  rectification: 'de rectification',
  erasure: "d'effacement",
  restriction: 'de limitation',
  objection: "d'opposition",
  portability: 'de portabilité',
  'post-mortem': 'relative à vos directives post mortem',
};

/**
 * GDPR art. 12(3): the one-month deadline may be extended by two further months, once, given the
 * complexity or number of requests; the person is told within the first month, with the reasons.
 * The letter is rendered, stored in the evidence log with the extension, and its hash kept.
 */
export async function extendRequest(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<RequestOut> {
  const row = await loadRequest(ctx, actor, id);
  if (row.status !== 'open') throw new AppError('privacy.request_closed');
  const today = parisDate(ctx.now());
  if (row.extended_due_on !== null || today > row.due_on)
    throw new AppError('privacy.extension_refused', {
      detail: row.extended_due_on
        ? `Already extended to ${row.extended_due_on}`
        : `The one-month deadline ended on ${row.due_on}`,
    });
  const newDue = extendedDueOn(row.received_on);
  const org = await getOrganisation(ctx, actor.orgId);
  const bytes = await renderLetterPdf({
    sender: await sellerOf(ctx.db, org),
    recipient: { name: row.subject_name ?? row.subject_email, addressLines: [row.subject_email] },
    place: org.city,
    date: today,
    subject: `Prolongation du délai de réponse à votre demande ${KIND_FR[row.kind]}`,
    reference: `Demande reçue le ${formatDateFr(row.received_on)}`,
    paragraphs: [
      'Madame, Monsieur,',
      `Nous avons bien reçu le ${formatDateFr(row.received_on)} votre demande ${KIND_FR[row.kind]} relative à vos données personnelles, à laquelle nous devions répondre au plus tard le ${formatDateFr(row.due_on)}.`,
      `Conformément à l'article 12, paragraphe 3, du règlement général sur la protection des données, nous prolongeons ce délai de deux mois, soit jusqu'au ${formatDateFr(newDue)}, pour la raison suivante : ${reason}`,
      "Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr). Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
    ],
    signature: { name: org.name, title: 'Protection des données' },
  });
  const at = ctx.now().toISOString();
  const set = {
    extended_due_on: newDue,
    extension_reason: reason,
    extension_letter_sha256: '',
    updated_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const entry = await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.request-extended',
      objectType: 'data-subject-request',
      objectId: id,
      actor: actor.userId,
      at,
      document: { bytes, mediaType: PDF_MEDIA_TYPE, filename: `prolongation-demande-${today}.pdf` },
      decision: { article: 'RGPD 12(3)', dueOn: row.due_on, extendedDueOn: newDue, reason },
    });
    set.extension_letter_sha256 = entry.documentSha256!;
    await repo.updateRequest(trx, actor.orgId, id, set);
  });
  return toRequestOut({ ...row, ...set }, today);
}
