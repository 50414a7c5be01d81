import type { AppContext } from '../../context.ts';
import { entriesOfObject } from '../../evidence/index.ts';
import type { Actor } from '../auth/index.ts';
import { decisionsOfObject } from '../decisions/index.ts';
import { actorNames } from '../users/index.ts';
import { clientScope } from './client-scope.ts';

/** The decisions that acted on an object, oldest first, as the timeline shows them. */
export async function timelineOf(ctx: AppContext, orgId: string, objectType: string, objectId: string) {
  const rows = await decisionsOfObject(ctx.db, orgId, objectType, objectId);
  // Decisions of the same instant keep the order of the evidence log.
  rows.sort((a, b) => a.created_at.localeCompare(b.created_at) || Number(a.evidence_seq) - Number(b.evidence_seq));
  const names = await actorNames(
    ctx,
    orgId,
    rows.map((d) => d.actor),
  );
  return rows.map((d) => ({
    rule: d.rule,
    outcome: d.outcome,
    asOf: d.as_of,
    article: d.article,
    termsVersion: d.terms_version,
    explanation: (JSON.parse(d.decision_json) as { explanation: { fr: string; en: string } }).explanation,
    actor: d.actor,
    actorName: names.get(d.actor) ?? null,
    at: d.created_at,
  }));
}

/** The evidence entries of an object (staff only: the portal shows decisions, not the log). */
export async function evidenceOf(ctx: AppContext, actor: Actor, objectType: string, objectId: string) {
  if (clientScope(actor) !== null) return [];
  const entries = await entriesOfObject(ctx.db, actor.orgId, objectType, objectId);
  const names = await actorNames(
    ctx,
    actor.orgId,
    entries.map((e) => e.actor),
  );
  return entries.map((e) => ({
    seq: Number(e.seq),
    kind: e.kind,
    at: e.at,
    actor: e.actor,
    actorName: names.get(e.actor) ?? null,
    documentSha256: e.document_sha256,
  }));
}
