/**
 * SEPA mandates of a client (art. 10.1 "prélèvement automatique"; ADR 0019): create, amend (the
 * fields before and after kept as history, version by version), revoke, list. The unique mandate
 * reference (RUM) is unique per creditor: a second mandate with the same reference is a 409.
 */
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { parisDate } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import type { Db } from '../../db/database.ts';
import { findClient, followMandateInForce, maskBic, maskIban } from '../clients/index.ts';
import { checkMandateFields, type MandateInput } from './mandate-fields.ts';
import * as repo from './sepa.repo.ts';

export interface MandateOut {
  id: string;
  clientId: string;
  reference: string;
  scheme: 'CORE' | 'B2B';
  signedOn: string;
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
  status: 'active' | 'revoked';
  revokedOn: string | null;
  /** FRST until a generated collection file used it, RCUR after. */
  nextSequence: 'FRST' | 'RCUR';
  firstUsedOn: string | null;
  lastUsedOn: string | null;
  version: number;
  createdAt: string;
  amendments: Array<{
    version: number;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
    reason: string;
    amendedAt: string;
  }>;
}

/** Bank details in clear for accounting and administrators only (ADR 0015), as on the client record. */
function bankView(m: MandateOut, actor: Pick<Actor, 'role'>): MandateOut {
  if (actor.role === 'admin' || actor.role === 'accounting') return m;
  const hide = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) =>
        k === 'debtorIban' && typeof v === 'string'
          ? [k, maskIban(v)]
          : k === 'debtorBic' && typeof v === 'string'
            ? [k, maskBic(v)]
            : [k, v],
      ),
    );
  return {
    ...m,
    debtorIban: maskIban(m.debtorIban),
    debtorBic: m.debtorBic === null ? null : maskBic(m.debtorBic),
    amendments: m.amendments.map((a) => ({ ...a, before: hide(a.before), after: hide(a.after) })),
  };
}

function toOut(m: repo.MandateRow, amendments: Array<Record<string, unknown>> = []): MandateOut {
  return {
    id: m.id,
    clientId: m.client_id,
    reference: m.reference,
    scheme: m.scheme,
    signedOn: m.signed_on,
    debtorName: m.debtor_name,
    debtorIban: m.debtor_iban,
    debtorBic: m.debtor_bic,
    status: m.status,
    revokedOn: m.revoked_on,
    nextSequence: m.first_used_on ? 'RCUR' : 'FRST',
    firstUsedOn: m.first_used_on,
    lastUsedOn: m.last_used_on,
    version: Number(m.version),
    createdAt: m.created_at,
    amendments: amendments
      .filter((a) => a.mandate_id === m.id)
      .map((a) => ({
        version: Number(a.version),
        before: JSON.parse(String(a.before_json)) as Record<string, unknown>,
        after: JSON.parse(String(a.after_json)) as Record<string, unknown>,
        reason: String(a.reason),
        amendedAt: String(a.amended_at),
      })),
  };
}

function invalid(errors: { path: string; message: string; fr?: string }[]): AppError {
  return new AppError('request.invalid', { errors });
}

/**
 * Keeps the client record's mandate reference (what the invoice prints, BT-89) on the mandate the
 * collection uses — the most recently signed active one (collection-plan.ts) — in the caller's
 * transaction. With no active mandate left the record keeps its last reference: the client form
 * requires one while the client pays by direct debit, and the run skips the client anyway.
 */
async function followInForce(trx: Db, ctx: AppContext, actor: Actor, clientId: string, at: string) {
  const inForce = (await repo.mandatesOfClients(trx, actor.orgId, [clientId])).find((m) => m.status === 'active');
  if (inForce)
    await followMandateInForce(trx, ctx.dialect, {
      orgId: actor.orgId,
      clientId,
      reference: inForce.reference,
      at,
      changedBy: actor.userId,
    });
}

async function clientOrThrow(ctx: AppContext, orgId: string, clientId: string) {
  const client = await findClient(ctx, orgId, clientId);
  if (!client) throw new AppError('client.not_found');
  return client;
}

export async function listMandates(ctx: AppContext, actor: Actor, clientId: string): Promise<MandateOut[]> {
  await clientOrThrow(ctx, actor.orgId, clientId);
  const rows = await repo.mandatesOfClients(ctx.db, actor.orgId, [clientId]);
  const amendments = await repo.amendmentsOf(
    ctx.db,
    actor.orgId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => bankView(toOut(r, amendments), actor));
}

export async function getMandate(ctx: AppContext, actor: Actor, id: string): Promise<MandateOut> {
  const row = await repo.findMandate(ctx.db, actor.orgId, id);
  if (!row) throw new AppError('sepa.mandate_not_found');
  return bankView(toOut(row, await repo.amendmentsOf(ctx.db, actor.orgId, [id])), actor);
}

/** A reference when none is given: 'RUM-' + the year and 10 random hex digits (unique in practice, checked anyway). */
function newReference(today: string): string {
  return `RUM-${today.slice(0, 4)}-${randomBytes(5).toString('hex').toUpperCase()}`;
}

export async function createMandate(
  ctx: AppContext,
  actor: Actor,
  input: MandateInput & { clientId: string; scheme: 'CORE' | 'B2B'; signedOn: string; debtorIban: string },
): Promise<MandateOut> {
  const today = parisDate(ctx.now());
  const client = await clientOrThrow(ctx, actor.orgId, input.clientId);
  const checked = checkMandateFields(
    {
      ...input,
      reference: input.reference ?? newReference(today),
      debtorName: input.debtorName ?? client.legal_name,
      debtorBic: input.debtorBic ?? null,
    },
    today,
  );
  if (!checked.ok) throw invalid(checked.errors);
  const v = checked.value;
  const at = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.findMandateByReference(trx, actor.orgId, v.reference!))
      throw new AppError('sepa.reference_taken', {
        errors: [
          { path: 'reference', message: `${v.reference} is already used`, fr: `${v.reference} est déjà utilisée` },
        ],
      });
    await repo.insertMandate(trx, {
      id,
      org_id: actor.orgId,
      client_id: client.id,
      reference: v.reference!,
      scheme: v.scheme!,
      signed_on: v.signedOn!,
      debtor_name: v.debtorName!,
      debtor_iban: v.debtorIban!,
      debtor_bic: v.debtorBic ?? null,
      status: 'active',
      revoked_on: null,
      first_used_on: null,
      last_used_on: null,
      version: 1,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'sepa.mandate-created',
      objectType: 'sepa-mandate',
      objectId: id,
      actor: actor.userId,
      at,
      decision: { clientId: client.id, reference: v.reference, scheme: v.scheme, signedOn: v.signedOn },
    });
    await followInForce(trx, ctx, actor, client.id, at);
  });
  return getMandate(ctx, actor, id);
}

const AMENDABLE = ['reference', 'debtorName', 'debtorIban', 'debtorBic'] as const;

/** An amendment of the reference, the debtor's name or account: the previous values kept. */
export async function amendMandate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: Pick<MandateInput, 'reference' | 'debtorName' | 'debtorIban' | 'debtorBic'> & { reason: string },
): Promise<MandateOut> {
  const today = parisDate(ctx.now());
  const checked = checkMandateFields(input, today);
  if (!checked.ok) throw invalid(checked.errors);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const m = await repo.findMandate(trx, actor.orgId, id);
    if (!m) throw new AppError('sepa.mandate_not_found');
    if (m.status !== 'active') throw new AppError('sepa.mandate_revoked');
    const current = {
      reference: m.reference,
      debtorName: m.debtor_name,
      debtorIban: m.debtor_iban,
      debtorBic: m.debtor_bic,
    };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const k of AMENDABLE) {
      const next = checked.value[k];
      if (next !== undefined && next !== current[k]) {
        before[k] = current[k];
        after[k] = next;
      }
    }
    if (Object.keys(after).length === 0)
      throw invalid([{ path: 'body', message: 'Nothing to change', fr: 'Aucune modification demandée' }]);
    if (after.reference && (await repo.findMandateByReference(trx, actor.orgId, String(after.reference))))
      throw new AppError('sepa.reference_taken', {
        errors: [{ path: 'reference', message: `${String(after.reference)} is already used` }],
      });
    const version = Number(m.version);
    const ok = await repo.updateMandate(trx, actor.orgId, id, version, {
      ...(after.reference !== undefined ? { reference: String(after.reference) } : {}),
      ...(after.debtorName !== undefined ? { debtor_name: String(after.debtorName) } : {}),
      ...(after.debtorIban !== undefined ? { debtor_iban: String(after.debtorIban) } : {}),
      ...('debtorBic' in after ? { debtor_bic: (after.debtorBic as string | null) ?? null } : {}),
      version: version + 1,
      updated_at: at,
    });
    if (!ok) throw new AppError('sepa.mandate_not_found', { detail: 'The mandate was amended meanwhile' });
    await repo.insertAmendment(trx, {
      id: newId(),
      org_id: actor.orgId,
      mandate_id: id,
      version: version + 1,
      before_json: JSON.stringify(before),
      after_json: JSON.stringify(after),
      reason: input.reason,
      amended_by: actor.userId,
      amended_at: at,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'sepa.mandate-amended',
      objectType: 'sepa-mandate',
      objectId: id,
      actor: actor.userId,
      at,
      decision: { version: version + 1, before, after, reason: input.reason },
    });
    await followInForce(trx, ctx, actor, m.client_id, at);
  });
  return getMandate(ctx, actor, id);
}

/** Revoked (the debtor withdrew it, or 36 months without use): no longer collected. */
export async function revokeMandate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { reason: string },
): Promise<MandateOut> {
  const today = parisDate(ctx.now());
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const m = await repo.findMandate(trx, actor.orgId, id);
    if (!m) throw new AppError('sepa.mandate_not_found');
    if (m.status !== 'active') throw new AppError('sepa.mandate_revoked');
    const version = Number(m.version);
    await repo.updateMandate(trx, actor.orgId, id, version, {
      status: 'revoked',
      revoked_on: today,
      version: version + 1,
      updated_at: at,
    });
    await repo.insertAmendment(trx, {
      id: newId(),
      org_id: actor.orgId,
      mandate_id: id,
      version: version + 1,
      before_json: JSON.stringify({ status: 'active' }),
      after_json: JSON.stringify({ status: 'revoked', revokedOn: today }),
      reason: input.reason,
      amended_by: actor.userId,
      amended_at: at,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'sepa.mandate-revoked',
      objectType: 'sepa-mandate',
      objectId: id,
      actor: actor.userId,
      at,
      decision: { revokedOn: today, reason: input.reason },
    });
    await followInForce(trx, ctx, actor, m.client_id, at);
  });
  return getMandate(ctx, actor, id);
}
