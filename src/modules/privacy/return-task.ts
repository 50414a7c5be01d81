import { parisDate, type AppContext } from '../../context.ts';
import { findDocument } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './processor.repo.ts';

export type TaskRow = repo.ReturnTaskRow & { legal_name: string };

export function toOut(r: TaskRow) {
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

export async function load(ctx: AppContext, actor: Actor, id: string): Promise<TaskRow> {
  const row = (await repo.listReturnTasks(ctx.db, actor.orgId)).find((r) => r.id === id);
  if (!row) throw new AppError('privacy.not_found');
  return row;
}

export function checkDay(ctx: AppContext, on: string, after: string | null) {
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
