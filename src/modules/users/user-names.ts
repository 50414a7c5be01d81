import type { AppContext } from '../../context.ts';
import * as repo from './users.repo.ts';

/**
 * Names to show for the actors of decisions and evidence: a user id becomes the user's name,
 * `client:<userId>` too, and `system:sweep` the daily sweep, any other
 * `system:…` (a rule acting on its own) the system; anything else shows as is.
 */
export async function actorNames(
  ctx: AppContext,
  orgId: string,
  actors: readonly string[],
): Promise<Map<string, string>> {
  const userIdOf = (a: string) => (a.startsWith('client:') ? a.slice('client:'.length) : a);
  const ids = [...new Set(actors.filter((a) => !a.startsWith('system:')).map(userIdOf))];
  const byId = new Map((await repo.namesOf(ctx.db, orgId, ids)).map((u) => [u.id, u.name]));
  const out = new Map<string, string>();
  for (const a of actors) {
    if (a === 'system:sweep') out.set(a, 'Traitement quotidien');
    else if (a.startsWith('system:')) out.set(a, 'Système');
    else {
      const name = byId.get(userIdOf(a));
      if (name) out.set(a, name);
    }
  }
  return out;
}
