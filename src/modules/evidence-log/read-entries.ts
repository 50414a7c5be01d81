import type { AppContext } from '../../context.ts';
import { decodeCursor, encodeCursor } from '../../kernel/cursor.ts';
import { AppError } from '../../kernel/errors.ts';
import { EXPORT_MAX_ROWS } from '../../kernel/list-query.ts';
import type { Actor } from '../auth/index.ts';
import { linkOf, whatOf, whoOf, type EntryFacts } from './describe-entry.ts';
import * as repo from './evidence-log.repo.ts';

export interface EntryQuery {
  clientId?: string;
  contractId?: string;
  kind?: string;
  from?: string;
  to?: string;
  before?: number;
  after?: string;
  limit: number;
}

/** One page of the evidence log, newest first, each entry told in words (who, what, article, link). */
export async function readEntries(ctx: AppContext, actor: Actor, q: EntryQuery) {
  let beforeSeq = q.before;
  if (q.after !== undefined) {
    const c = decodeCursor(q.after, 1);
    const seq = c ? Number(c[0]) : NaN;
    if (!Number.isInteger(seq) || seq < 1)
      throw new AppError('request.invalid', {
        errors: [{ path: 'querystring.after', message: 'not a cursor of this list', fr: 'curseur invalide' }],
      });
    beforeSeq = seq;
  }
  const rows = await repo.filteredEntries(
    ctx.db,
    actor.orgId,
    {
      ...(q.clientId ? { clientId: q.clientId } : {}),
      ...(q.contractId ? { contractId: q.contractId } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
      ...(beforeSeq !== undefined ? { beforeSeq } : {}),
    },
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const userIds = [...new Set(page.map((r) => r.actor).filter((a) => !a.startsWith('system')))];
  const byType = new Map<string, string[]>();
  for (const r of page) byType.set(r.object_type, [...(byType.get(r.object_type) ?? []), r.object_id]);
  const [users, labels] = await Promise.all([
    repo.usersByIds(ctx.db, actor.orgId, userIds),
    repo.objectLabels(ctx.db, actor.orgId, byType),
  ]);
  const userOf = new Map(users.map((u) => [u.id, { name: u.name, role: u.role }]));
  const last = page.at(-1);
  return {
    items: page.map((r) => {
      const decision = r.decision_json ? (JSON.parse(r.decision_json) as EntryFacts['decision']) : null;
      const facts: EntryFacts = {
        kind: r.kind,
        objectType: r.object_type,
        objectId: r.object_id,
        actor: r.actor,
        at: r.at,
        decision,
      };
      const user = userOf.get(r.actor) ?? null;
      const object = labels.get(r.object_id) ?? null;
      return {
        seq: Number(r.seq),
        kind: r.kind,
        objectType: r.object_type,
        objectId: r.object_id,
        objectLabel: object,
        contractId: r.contract_id,
        actor: r.actor,
        at: r.at,
        documentSha256: r.document_sha256,
        decision,
        hash: r.hash,
        who: whoOf(facts, user),
        what: whatOf(facts, { object, user }),
        article: decision?.citation?.article ?? null,
        link: linkOf(r.object_type, r.object_id),
      };
    }),
    nextCursor: rows.length > q.limit && last ? encodeCursor([String(last.seq)]) : null,
  };
}

export type ReadableEntry = Awaited<ReturnType<typeof readEntries>>['items'][number];

/** Every entry of the filtered selection (the export), at most EXPORT_MAX_ROWS. */
export async function allEntries(ctx: AppContext, actor: Actor, q: Omit<EntryQuery, 'limit' | 'after' | 'before'>) {
  const out: ReadableEntry[] = [];
  let after: string | undefined;
  do {
    const page = await readEntries(ctx, actor, { ...q, limit: 500, ...(after ? { after } : {}) });
    out.push(...page.items);
    after = page.nextCursor ?? undefined;
  } while (after && out.length < EXPORT_MAX_ROWS);
  return out;
}
