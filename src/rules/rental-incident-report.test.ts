import { describe, expect, it } from 'vitest';
import { invalidPaths, ruleRunner } from './test-support.ts';

const run = ruleRunner('rental.incident-report');
const eventAt = '2025-03-29T10:00:00+01:00';

describe('rental.incident-report (art. 7)', () => {
  it.each([
    ['2025-03-31T10:00:00+01:00', 'in-time'], // exactly 48 h (over the daylight-saving change)
    ['2025-03-31T11:00:00+02:00', 'in-time'], // same instant, summer offset
    ['2025-03-31T10:00:01+01:00', 'late'],
    ['2025-03-29T10:00:00+01:00', 'in-time'],
  ])('reported %s → %s', (reportedAt, outcome) => {
    const d = run({ eventAt, reportedAt }, '2025-04-01');
    expect(d).toMatchObject({
      outcome,
      reportBy: '2025-03-31T10:00:00+01:00',
      citation: { article: '7' },
      parameters: { incidentReportHours: 48 },
    });
  });
  it('refuses a report before the event or a time without offset', () => {
    expect(invalidPaths(() => run({ eventAt, reportedAt: '2025-03-29T09:00:00+01:00' }, '2025-04-01'))).toEqual([
      'facts.reportedAt',
    ]);
    expect(
      invalidPaths(() => run({ eventAt: '2025-03-29T10:00:00', reportedAt: '2025-03-29T11:00:00Z' }, '2025-04-01')),
    ).toEqual(['facts.eventAt']);
  });
});
