import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('contract.assignment');

const base = { contractNumber: 'C-2026-00001', assigneeName: 'Morel Logistique SAS' };

describe('contract.assignment (art. 3.4, 19.1)', () => {
  it.each([
    [{ by: 'client', writtenConsent: true }, 'allowed', '2026-03-02'],
    [{ by: 'client', writtenConsent: false }, 'refused', '2026-03-02'],
    [{ by: 'client' }, 'refused', '2026-03-02'],
    [{ by: 'client', writtenConsent: true, effectiveOn: '2026-02-01' }, 'allowed', '2026-02-01'],
    [{ by: 'alleo', effectiveOn: '2026-03-03' }, 'allowed', '2026-03-03'], // the client is informed the day before
    [{ by: 'alleo', effectiveOn: '2026-03-02' }, 'refused', '2026-03-02'], // same day: not beforehand
    [{ by: 'alleo' }, 'refused', '2026-03-02'], // defaults to asOf
  ])('%j as of 2026-03-02 → %s, effective %s', (facts, outcome, effectiveOn) => {
    const d = run({ ...base, ...facts }, '2026-03-02');
    expect(d).toMatchObject({
      outcome,
      citation: { article: '19.1' },
      by: facts.by,
      assigneeName: 'Morel Logistique SAS',
      effectiveOn,
    });
  });
  it('explains each case', () => {
    expect(run({ ...base, by: 'client' }, '2026-03-02').explanation.fr).toBe(
      "Cession du contrat C-2026-00001 par le client refusée : elle exige l'accord écrit, exprès et préalable d'ALLEO (art. 3.4 et 19.1).",
    );
    expect(run({ ...base, by: 'alleo', effectiveOn: '2026-04-01' }, '2026-03-02').explanation.en).toBe(
      'Assignment of contract C-2026-00001 by ALLEO to Morel Logistique SAS on 1 April 2026, after informing the client beforehand (art. 19.1).',
    );
  });
  it('refuses an unknown party', () => {
    expect(invalidPaths(() => run({ ...base, by: 'lessor' }, '2026-03-02'))).toEqual(['facts.by']);
  });
});
