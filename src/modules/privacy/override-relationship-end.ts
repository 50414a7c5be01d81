import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { setRelationshipEnd } from '../clients/index.ts';

/**
 * Enters the end of the commercial relationship by hand, overriding what contracts and invoices
 * say (a client that left without a last contract ending, or one that stays), with its reason; a
 * null date returns to the derived end. Who, when and why go to the client and the evidence log.
 */
export async function overrideRelationshipEnd(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  endedOn: string | null,
  reason: string,
) {
  await setRelationshipEnd(ctx, actor, clientId, endedOn, reason);
}
