import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { clientIdentity, sellerOf } from '../shared/index.ts';
import { ANNEX } from './processor-articles.ts';
import * as repo from './processor.repo.ts';
import { checkDay, load, toOut } from './return-task.ts';

/**
 * Every copy destroyed (step 2, only after the return, "après s'être assurée auprès du Client que
 * ce dernier dispose bien de ces informations"): the certificate of destruction is rendered and
 * stored in the evidence log.
 */
export async function recordDataDestroyed(ctx: AppContext, actor: Actor, id: string, on: string) {
  const task = await load(ctx, actor, id);
  if (task.status !== 'returned') throw new AppError('privacy.wrong_state');
  checkDay(ctx, on, task.returned_on);
  const [org, client] = await Promise.all([
    getOrganisation(ctx, actor.orgId),
    findClient(ctx, actor.orgId, task.client_id),
  ]);
  const today = parisDate(ctx.now());
  const pdf = await renderLetterPdf({
    sender: await sellerOf(ctx.db, org),
    recipient: clientIdentity(client!),
    place: org.city,
    date: today,
    subject: 'Certificat de restitution et de destruction des données',
    reference: ANNEX.returnAndDestruction,
    paragraphs: [
      `${org.name} certifie, conformément à l'annexe de ses conditions générales (Suppression et réversibilité des données) et à l'article 28(3)(g) du RGPD, avoir restitué le ${formatDateFr(task.returned_on!)} les fichiers et données à caractère personnel traités pour le compte de ${client!.legal_name}, puis détruit le ${formatDateFr(on)} tous les fichiers manuels ou informatisés les contenant, copies comprises, sous réserve des données dont le droit de l'Union ou le droit français impose la conservation.`,
    ],
    signature: { name: org.name, title: 'Protection des données' },
  });
  const at = ctx.now().toISOString();
  let sha256 = '';
  await ctx.db.transaction().execute(async (trx) => {
    const entry = await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.data-destroyed',
      objectType: 'client',
      objectId: task.client_id,
      contractId: task.contract_id,
      actor: actor.userId,
      at,
      document: { bytes: pdf, mediaType: PDF_MEDIA_TYPE, filename: `certificat-destruction-${today}.pdf` },
      decision: { article: ANNEX.returnAndDestruction, taskId: id, destroyedOn: on },
    });
    sha256 = entry.documentSha256!;
    const moved = await repo.updateReturnTask(trx, actor.orgId, id, 'returned', {
      status: 'destroyed',
      destroyed_on: on,
      certificate_sha256: sha256,
      updated_at: at,
    });
    if (!moved.numUpdatedRows) throw new AppError('privacy.wrong_state');
  });
  return toOut({ ...task, status: 'destroyed', destroyed_on: on, certificate_sha256: sha256 });
}
