import type { Db, Dialect } from '../../db/database.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';
import { recordDecision } from '../decisions/index.ts';
import * as repo from './quotes.repo.ts';

export interface ExpiryInput {
  orgId: string;
  quoteId: string;
  /** The version pinned on the quote: its validity default is the one the client was shown. */
  terms: TermsVersion;
  issueDate: string;
  validityDays: number | null;
  asOf: string;
  at: string;
  actor: string;
}

/**
 * Expires an issued quote whose validity has passed (art. 3.1), inside the caller's transaction:
 * the conditional update decides against a concurrent acceptance, and the decision's effect key
 * makes the sweep and an acceptance attempt record the same expiry only once.
 */
export async function recordExpiry(trx: Db, dialect: Dialect, input: ExpiryInput): Promise<boolean> {
  const facts = {
    issueDate: input.issueDate,
    ...(input.validityDays !== null ? { validityDays: input.validityDays } : {}),
  };
  const decision = evaluate('quote.validity', facts, { asOf: input.asOf, terms: input.terms });
  if (decision.outcome !== 'expired') return false;
  const won = await repo.transition(trx, input.orgId, input.quoteId, 'issued', {
    status: 'expired',
    closed_at: input.at,
    updated_at: input.at,
  });
  if (!won) return false;
  await recordDecision(trx, dialect, {
    orgId: input.orgId,
    decision,
    objectType: 'quote',
    objectId: input.quoteId,
    effectKey: `quote.validity:quote:${input.quoteId}:expired`,
    actor: input.actor,
    at: input.at,
  });
  return true;
}
