/**
 * art. 14.4 and 14.5 — the licence grants the use of the solution to the number of users agreed;
 * use beyond it exceeds the right granted (14.5) and exposes the client to an infringement action
 * (14.4), so a usage report above the licensed users is flagged. The licences module calls this
 * rule for every usage it records.
 */
import { z } from 'zod';
import { formatDateEn, formatDateFr } from '../kernel/dates.ts';
import { civilDateSchema } from '../kernel/schemas.ts';
import { decide } from './decide.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'licence.usage', article: '14.4' };

export const licenceUsage = defineRule({
  ...RULE,
  title: { fr: 'Utilisation au-delà des licences concédées', en: 'Use beyond the licences granted' },
  outcomes: ['within-licence', 'over-usage'],
  fields: ['licensedUsers', 'usersCount', 'excessUsers', 'observedOn'],
  moduleDecision: { module: 'licences' },
  factsSchema: z.strictObject({
    /** The virtualized solution licensed. */
    solution: z.string().min(1).max(10_000),
    licensedUsers: z.int().min(0).max(10_000_000),
    /** Users counted on observedOn. */
    usersCount: z.int().min(0).max(10_000_000),
    observedOn: civilDateSchema,
  }),
  check(facts, ctx) {
    return facts.observedOn > ctx.asOf
      ? [{ path: 'observedOn', message: 'must not be after asOf', fr: 'ne peut pas dépasser asOf' }]
      : [];
  },
  evaluate(facts, ctx) {
    const { solution, licensedUsers, usersCount, observedOn } = facts;
    const over = usersCount > licensedUsers;
    const excess = usersCount - licensedUsers;
    const head = {
      fr: `Le ${formatDateFr(observedOn)}, ${usersCount} utilisateurs de « ${solution} » pour une licence de ${licensedUsers}`,
      en: `On ${formatDateEn(observedOn)}, ${usersCount} users of "${solution}" for a licence of ${licensedUsers}`,
    };
    const explanation = over
      ? {
          fr: `${head.fr} : ${excess} au-delà du droit concédé (art. 14.5) ; l'utilisation excédentaire expose le client à une action en contrefaçon (art. ${RULE.article}).`,
          en: `${head.en}: ${excess} beyond the right granted (art. 14.5); excess use exposes the client to an infringement action (art. ${RULE.article}).`,
        }
      : { fr: `${head.fr} : utilisation conforme.`, en: `${head.en}: within the licence.` };
    return decide(
      RULE,
      ctx,
      over ? 'over-usage' : 'within-licence',
      explanation,
      {},
      { licensedUsers, usersCount, excessUsers: Math.max(0, excess), observedOn },
    );
  },
});
