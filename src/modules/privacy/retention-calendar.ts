import { parisDate, type AppContext } from '../../context.ts';
import { addDays } from '../../kernel/dates.ts';
import { evaluate } from '../../rules/index.ts';
import type { Actor } from '../auth/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { relationshipEnds } from './relationship-end.ts';

/**
 * The retention calendar: for each client not yet erased, the end of the relationship (entered
 * or derived), rule `personal-data.retention`'s retainUntil and the day the sweep erases (the day
 * after), soonest first. The same rule and the same derivation as the sweep.
 */
export async function retentionCalendar(ctx: AppContext, actor: Actor) {
  const today = parisDate(ctx.now());
  const terms = await termsInForce(ctx, actor.orgId, today);
  const rows = (await relationshipEnds(ctx.db, actor.orgId, today)).map((c) => {
    const decision = evaluate('personal-data.retention', c.endedOn ? { relationshipEndedOn: c.endedOn } : {}, {
      asOf: today,
      terms,
    });
    const retainUntil = (decision as unknown as { retainUntil?: string | null }).retainUntil ?? null;
    return {
      clientId: c.clientId,
      legalName: c.legalName,
      endedOn: c.endedOn,
      source: c.source,
      derivedEndedOn: c.derivedEndedOn,
      overrideReason: c.override?.reason ?? null,
      retainUntil,
      erasedOn: retainUntil ? addDays(retainUntil, 1) : null,
      outcome: decision.outcome,
    };
  });
  return rows.sort((a, b) =>
    a.erasedOn === b.erasedOn
      ? a.legalName.localeCompare(b.legalName)
      : a.erasedOn === null
        ? 1
        : b.erasedOn === null
          ? -1
          : a.erasedOn < b.erasedOn
            ? -1
            : 1,
  );
}
