import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('licence.usage');

const base = { solution: 'Microsoft 365 Business Premium', licensedUsers: 25, observedOn: '2026-03-02' };

describe('licence.usage (art. 14.4)', () => {
  it.each([
    [24, 'within-licence', 0],
    [25, 'within-licence', 0],
    [32, 'over-usage', 7],
  ])('%i users for 25 → %s (%i in excess)', (usersCount, outcome, excessUsers) => {
    expect(run({ ...base, usersCount }, '2026-03-02')).toMatchObject({
      outcome,
      citation: { article: '14.4' },
      licensedUsers: 25,
      usersCount,
      excessUsers,
      observedOn: '2026-03-02',
    });
  });
  it('explains the over-usage with both articles', () => {
    const d = run({ ...base, usersCount: 32 }, '2026-03-05');
    expect(d.explanation.fr).toBe(
      "Le 2 mars 2026, 32 utilisateurs de « Microsoft 365 Business Premium » pour une licence de 25 : 7 au-delà du droit concédé (art. 14.5) ; l'utilisation excédentaire expose le client à une action en contrefaçon (art. 14.4).",
    );
    expect(d.explanation.en).toContain('7 beyond the right granted (art. 14.5)');
  });
  it('refuses a usage observed after asOf', () => {
    expect(invalidPaths(() => run({ ...base, usersCount: 1 }, '2026-03-01'))).toEqual(['facts.observedOn']);
  });
});
