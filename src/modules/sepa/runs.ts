/**
 * Collection runs as the screen and the API read them, a run's file to download, and marking a
 * run sent to the bank — refused while a pre-notification has not been accepted by the mail
 * transport, or was accepted fewer days before the collection than the terms require (art. 10.1).
 */
import type { AppContext } from '../../context.ts';
import { addDays, type CivilDate } from '../../kernel/dates.ts';
import { parisDate } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import * as repo from './sepa.repo.ts';

export interface RunOut {
  id: string;
  dueBy: string;
  status: 'generated' | 'sent';
  count: number;
  totalCents: number;
  createdAt: string;
  sentAt: string | null;
  files: Array<{
    id: string;
    scheme: 'CORE' | 'B2B';
    collectionDate: string;
    messageId: string;
    filename: string;
    count: number;
    totalCents: number;
  }>;
  debits: Array<{
    id: string;
    invoiceId: string;
    number: string | null;
    clientId: string;
    clientName: string;
    mandateReference: string;
    sequence: 'FRST' | 'RCUR';
    amountCents: number;
    collectionDate: string;
    preNotifiedAt: string | null;
    status: 'pending' | 'returned';
  }>;
  skipped: Array<{ invoiceId: string; number: string | null; clientName: string; reason: string; reasonFr: string }>;
}

export async function listRuns(ctx: AppContext, actor: Actor) {
  return (await repo.listRuns(ctx.db, actor.orgId)).map((r) => ({
    id: r.id,
    dueBy: r.due_by,
    status: r.status,
    count: Number(r.count),
    totalCents: Number(r.total_cents),
    createdAt: r.created_at,
    sentAt: r.sent_at,
    skippedCount: (JSON.parse(r.skipped_json) as unknown[]).length,
  }));
}

export async function getRun(ctx: AppContext, actor: Pick<Actor, 'orgId'>, id: string): Promise<RunOut> {
  const run = await repo.findRun(ctx.db, actor.orgId, id);
  if (!run) throw new AppError('sepa.run_not_found');
  const [files, debits] = await Promise.all([
    repo.filesOfRun(ctx.db, actor.orgId, id),
    repo.debitsOfRun(ctx.db, actor.orgId, id),
  ]);
  return {
    id: run.id,
    dueBy: run.due_by,
    status: run.status,
    count: Number(run.count),
    totalCents: Number(run.total_cents),
    createdAt: run.created_at,
    sentAt: run.sent_at,
    files: files.map((f) => ({
      id: f.id,
      scheme: f.scheme,
      collectionDate: f.collection_date,
      messageId: f.message_id,
      filename: f.filename,
      count: Number(f.count),
      totalCents: Number(f.total_cents),
    })),
    debits: debits.map((d) => ({
      id: d.id,
      invoiceId: d.invoice_id,
      number: d.number,
      clientId: d.client_id,
      clientName: d.legal_name,
      mandateReference: d.mandate_reference,
      sequence: d.sequence,
      amountCents: Number(d.amount_cents),
      collectionDate: d.collection_date,
      preNotifiedAt: d.pre_notified_at,
      status: d.status,
    })),
    skipped: JSON.parse(run.skipped_json) as RunOut['skipped'],
  };
}

export async function runFile(ctx: AppContext, actor: Pick<Actor, 'orgId'>, runId: string, fileId: string) {
  const file = (await repo.filesOfRun(ctx.db, actor.orgId, runId)).find((f) => f.id === fileId);
  if (!file) throw new AppError('sepa.run_not_found');
  return { filename: file.filename, xml: file.xml };
}

export async function markRunSent(ctx: AppContext, actor: Actor, id: string): Promise<RunOut> {
  const run = await getRun(ctx, actor, id);
  if (run.status === 'sent') throw new AppError('sepa.run_already_sent', { detail: `Sent on ${run.sentAt}` });
  const terms = await termsInForce(ctx, actor.orgId, parisDate(ctx.now()));
  const days = terms.parameters.sepaPreNotificationDays;
  const late = run.debits.filter(
    (d) =>
      d.preNotifiedAt === null ||
      String(addDays(parisDate(new Date(d.preNotifiedAt)) as CivilDate, days)) > d.collectionDate,
  );
  if (late.length)
    throw new AppError('sepa.pre_notification_pending', {
      detail: `Art. 10.1: ${late.length} debit(s) not pre-notified ${days} days before their collection date (the e-mail not yet accepted by the transport, or accepted too late); generate a new run instead`,
      errors: late.map((d) => ({
        path: `debits.${d.number ?? d.invoiceId}`,
        message: d.preNotifiedAt
          ? `pre-notified on ${d.preNotifiedAt.slice(0, 10)}, fewer than ${days} days before ${d.collectionDate}`
          : 'pre-notification not accepted by the mail transport yet',
        fr: d.preNotifiedAt
          ? `pré-notifié le ${d.preNotifiedAt.slice(0, 10)}, moins de ${days} jours avant le ${d.collectionDate}`
          : 'pré-notification pas encore acceptée par le serveur de messagerie',
      })),
    });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.markRunSent(trx, actor.orgId, id, actor.userId, at))) throw new AppError('sepa.run_already_sent');
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'sepa.collection-run-sent',
      objectType: 'sepa-collection-run',
      objectId: id,
      actor: actor.userId,
      at,
      decision: { files: run.files.map((f) => f.messageId), count: run.count, totalCents: run.totalCents },
    });
  });
  return getRun(ctx, actor, id);
}
