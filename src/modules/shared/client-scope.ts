import type { Actor } from '../auth/index.ts';

/**
 * The client a reader is confined to: a client user sees only its own company (another
 * company's quote or contract is "not found", never "forbidden", so ids leak nothing); staff
 * see every client (null).
 */
export function clientScope(actor: Actor): string | null {
  if (actor.role !== 'client') return null;
  // A client user always has a client (database check); an impossible id keeps it safe anyway.
  return actor.clientId ?? '\u0000no-client';
}
