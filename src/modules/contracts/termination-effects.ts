/**
 * What a termination sets off in the modules that depend on contracts (art. 15.2, 15.3): they
 * register an effect here (the equipment module: the return flow of the rented units), and the
 * termination runs every effect inside its own transaction — so the contracts module never
 * imports them (no dependency cycle) and nothing is half done.
 */
import type { Db, Dialect } from '../../db/database.ts';

export interface TerminationEffectInput {
  orgId: string;
  contractId: string;
  /** The termination's effective date: the contract ends that day. */
  effectiveOn: string;
  asOf: string;
  actor: string;
  at: string;
}

/** Returns a short bilingual note of what it did (for the staff notification), or null. */
export type TerminationEffect = (
  trx: Db,
  dialect: Dialect,
  input: TerminationEffectInput,
) => Promise<{ fr: string; en: string } | null>;

const effects = new Set<TerminationEffect>();

/** Registers an effect of every termination (idempotent). */
export function onContractTerminated(effect: TerminationEffect): void {
  effects.add(effect);
}

/** Runs the registered effects, in registration order, inside the termination's transaction. */
export async function runTerminationEffects(trx: Db, dialect: Dialect, input: TerminationEffectInput) {
  const notes: Array<{ fr: string; en: string }> = [];
  for (const effect of effects) {
    const note = await effect(trx, dialect, input);
    if (note) notes.push(note);
  }
  return notes;
}
