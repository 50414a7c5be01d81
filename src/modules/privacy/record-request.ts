import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import type { CreateRequestInput, PortalRequestInput, RequestOut } from './privacy.schemas.ts';
import * as repo from './privacy.repo.ts';
import { toRequestOut } from './read-requests.ts';
import { requestDueOn } from './request-deadline.ts';
import { subjectDigest } from './subject-data.ts';

/**
 * A data-subject request received by e-mail or letter (art. 17.3: contact@alleo.fr), entered by
 * the data protection officer or an administrator. The one-month deadline runs from receipt;
 * the identity is to be checked before any data leaves.
 */
export async function recordRequest(ctx: AppContext, actor: Actor, input: CreateRequestInput): Promise<RequestOut> {
  const today = parisDate(ctx.now());
  if (input.receivedOn > today)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'receivedOn',
          message: `must not be after today ${today}`,
          fr: `ne peut pas être postérieure à aujourd'hui (${formatDateFr(today)})`,
        },
      ],
    });
  let clientId = input.clientId ?? null;
  if (clientId !== null && !(await findClient(ctx, actor.orgId, clientId))) throw new AppError('client.not_found');
  if (clientId === null) {
    const email = input.subjectEmail.toLowerCase();
    const [user] = await repo.usersByEmail(ctx.db, actor.orgId, email);
    const [contact] = await repo.contactsByEmail(ctx.db, actor.orgId, email);
    clientId = user?.client_id ?? contact?.client_id ?? null;
  }
  return insert(ctx, actor, {
    clientId,
    portalUserId: null,
    subjectEmail: input.subjectEmail,
    subjectName: input.subjectName ?? null,
    kind: input.kind,
    channel: input.channel,
    details: input.details ?? null,
    receivedOn: input.receivedOn,
    identityStatus: 'pending',
  });
}

/**
 * A request made in the portal by the client user about their own data: the subject is the
 * signed-in user (no one else's data can be asked for there), whose identity the sign-in checked.
 */
export async function recordPortalRequest(
  ctx: AppContext,
  actor: Actor,
  input: PortalRequestInput,
): Promise<RequestOut> {
  return insert(ctx, actor, {
    clientId: actor.clientId,
    portalUserId: actor.userId,
    subjectEmail: actor.email,
    subjectName: actor.name,
    kind: input.kind,
    channel: 'portal',
    details: input.details ?? null,
    receivedOn: parisDate(ctx.now()),
    identityStatus: 'verified',
  });
}

async function insert(
  ctx: AppContext,
  actor: Actor,
  r: {
    clientId: string | null;
    portalUserId: string | null;
    subjectEmail: string;
    subjectName: string | null;
    kind: repo.RequestRow['kind'];
    channel: repo.RequestRow['channel'];
    details: string | null;
    receivedOn: string;
    identityStatus: repo.RequestRow['identity_status'];
  },
): Promise<RequestOut> {
  const id = newId();
  const at = ctx.now().toISOString();
  const dueOn = requestDueOn(r.receivedOn);
  const row: repo.RequestRow = {
    id,
    org_id: actor.orgId,
    client_id: r.clientId,
    portal_user_id: r.portalUserId,
    subject_email: r.subjectEmail,
    subject_name: r.subjectName,
    kind: r.kind,
    channel: r.channel,
    details: r.details,
    received_on: r.receivedOn,
    identity_status: r.identityStatus,
    due_on: dueOn,
    extended_due_on: null,
    extension_reason: null,
    extension_letter_sha256: null,
    status: 'open',
    answer: null,
    answer_json: null,
    answered_at: null,
    answered_by: null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertRequest(trx, row);
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'privacy.request-received',
      objectType: 'data-subject-request',
      objectId: id,
      actor: actor.userId,
      at,
      decision: {
        article: 'RGPD 12(3)',
        kind: r.kind,
        channel: r.channel,
        receivedOn: r.receivedOn,
        dueOn,
        subject: subjectDigest(r.subjectEmail),
      },
    });
  });
  return toRequestOut(row, parisDate(ctx.now()));
}
