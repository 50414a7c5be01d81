import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence, findDocument } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { clientIdentity, sellerIdentity } from '../shared/index.ts';
import { ANNEX } from './processor-articles.ts';
import * as repo from './processor.repo.ts';

type TaskRow = repo.ReturnTaskRow & { legal_name: string };

function toOut(r: TaskRow) {
  return {
    id: r.id,
    clientId: r.client_id,
    legalName: r.legal_name,
    contractId: r.contract_id,
    status: r.status,
    returnedOn: r.returned_on,
    destroyedOn: r.destroyed_on,
    certificateSha256: r.certificate_sha256,
    createdAt: r.created_at,
  };
}

async function load(ctx: AppContext, actor: Actor, id: string): Promise<TaskRow> {
  const row = (await repo.listReturnTasks(ctx.db, actor.orgId)).find((r) => r.id === id);
  if (!row) throw new AppError('privacy.not_found');
  return row;
}

function checkDay(ctx: AppContext, on: string, after: string | null) {
  const today = parisDate(ctx.now());
  if (on > today || (after !== null && on < after))
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'on',
          message: `must be between ${after ?? 'the start'} and today ${today}`,
          fr: `doit être comprise entre ${after ? formatDateFr(after) : 'le début'} et aujourd'hui (${formatDateFr(today)})`,
        },
      ],
    });
}

/** Opens the end-of-contract task: return the client's data, then destroy every copy (annex). */
export async function openReturnTask(ctx: AppContext, actor: Actor, input: { clientId: string; contractId?: string }) {
  const client = await findClient(ctx, actor.orgId, input.clientId);
  if (!client) throw new AppError('client.not_found');
  const at = ctx.now().toISOString();
  const row: repo.ReturnTaskRow = {
    id: newId(),
    org_id: actor.orgId,
    client_id: input.clientId,
    contract_id: input.contractId ?? null,
    status: 'open',
    returned_on: null,
    destroyed_on: null,
    certificate_sha256: null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  await repo.insertReturnTask(ctx.db, row);
  return toOut({ ...row, legal_name: client.legal_name });
}

/** The client has its data back (step 1). */
export async function recordDataReturned(ctx: AppContext, actor: Actor, id: string, on: string) {
  const task = await load(ctx, actor, id);
  if (task.status !== 'open') throw new AppError('privacy.wrong_state');
  checkDay(ctx, on, task.created_at.slice(0, 10));
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.updateReturnTask(trx, actor.orgId, id, 'open', {
      status: 'returned',
      returned_on: on,
      updated_at: at,
    });
    if (!moved.numUpdatedRows) throw new AppError('privacy.wrong_state');
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.data-returned',
      objectType: 'client',
      objectId: task.client_id,
      contractId: task.contract_id,
      actor: actor.userId,
      at,
      decision: { article: ANNEX.returnAndDestruction, taskId: id, returnedOn: on },
    });
  });
  return toOut({ ...task, status: 'returned', returned_on: on });
}

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
    sender: sellerIdentity(org),
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

export async function returnTaskCertificate(ctx: AppContext, actor: Actor, id: string) {
  const task = await load(ctx, actor, id);
  if (!task.certificate_sha256) throw new AppError('privacy.wrong_state');
  const doc = await findDocument(ctx.db, actor.orgId, task.certificate_sha256);
  if (!doc) throw new AppError('privacy.not_found');
  return { bytes: doc.content, filename: doc.filename };
}

export async function listReturnTasks(ctx: AppContext, actor: Actor) {
  return (await repo.listReturnTasks(ctx.db, actor.orgId)).map(toOut);
}
