/**
 * The decision on a usage report (pure): use beyond the licensed users exceeds the right granted
 * (art. 14.5) and exposes the client to an infringement action (art. 14.4), so it is flagged.
 */
import { formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import { makeDecision, type Decision } from '../../kernel/decision.ts';

export function licenceUsageDecision(input: { asOf: string; termsVersion: string; solution: string; licensedUsers: number; usersCount: number; observedOn: string }): Decision {
  const over = input.usersCount > input.licensedUsers;
  const excess = input.usersCount - input.licensedUsers;
  const explanation = over
    ? {
        fr: `Le ${formatDateFr(input.observedOn)}, ${input.usersCount} utilisateurs de « ${input.solution} » pour une licence de ${input.licensedUsers} : ${excess} au-delà du droit concédé (art. 14.5) ; l'utilisation excédentaire expose le client à une action en contrefaçon (art. 14.4).`,
        en: `On ${formatDateEn(input.observedOn)}, ${input.usersCount} users of "${input.solution}" for a licence of ${input.licensedUsers}: ${excess} beyond the right granted (art. 14.5); excess use exposes the client to an infringement action (art. 14.4).`,
      }
    : {
        fr: `Le ${formatDateFr(input.observedOn)}, ${input.usersCount} utilisateurs de « ${input.solution} » pour une licence de ${input.licensedUsers} : utilisation conforme.`,
        en: `On ${formatDateEn(input.observedOn)}, ${input.usersCount} users of "${input.solution}" for a licence of ${input.licensedUsers}: within the licence.`,
      };
  return makeDecision(
    { rule: 'licence.usage', asOf: input.asOf, outcome: over ? 'over-usage' : 'within-licence', citation: { article: '14.4', termsVersion: input.termsVersion }, explanation, parameters: {} },
    { licensedUsers: input.licensedUsers, usersCount: input.usersCount, excessUsers: Math.max(0, excess), observedOn: input.observedOn },
  );
}
