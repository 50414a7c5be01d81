import { describe, expect, it } from 'vitest';
import { pendingSteps, remindersSentOf } from './dunning-step.ts';
import type { LadderStep } from './dunning.schemas.ts';

const LADDER: LadderStep[] = [
  { position: 1, daysAfterDue: 1, channel: 'email', label: 'Relance 1' },
  { position: 2, daysAfterDue: 15, channel: 'email', label: 'Relance 2' },
  { position: 3, daysAfterDue: 30, channel: 'formal-notice', label: 'Mise en demeure' },
];
const positions = (done: number[], asOf: string) =>
  pendingSteps(LADDER, '2026-04-01', new Set(done), asOf).map((s) => s.position);

describe('dunning: the step to produce', () => {
  it('is none before the first step, then each step on its day', () => {
    expect(positions([], '2026-04-01')).toEqual([]);
    expect(positions([], '2026-04-02')).toEqual([1]);
    expect(positions([1], '2026-04-15')).toEqual([]);
    expect(positions([1], '2026-04-16')).toEqual([2]);
    expect(positions([1, 2], '2026-05-01')).toEqual([3]);
    expect(positions([1, 2, 3], '2026-09-01')).toEqual([]);
  });

  it('is only the most advanced step reached when several are reached at once, and never a skipped one later', () => {
    // Dunning switched on for an invoice 40 days late: the formal notice alone, not three letters.
    expect(positions([], '2026-05-11')).toEqual([3]);
    expect(positions([3], '2026-05-12')).toEqual([]);
    // A sweep stopped between day 2 and day 16: the second reminder, not the first again.
    expect(positions([], '2026-04-16')).toEqual([2]);
    expect(positions([2], '2026-04-20')).toEqual([]);
    expect(positions([1], '2026-05-20')).toEqual([3]);
  });
});

describe('dunning: the reminders a letter may state', () => {
  it('are the reminders done, oldest first, formal notices aside', () => {
    expect(remindersSentOf([])).toEqual([]);
    expect(
      remindersSentOf([
        { step_position: 2, channel: 'letter', done_on: '2026-04-16' },
        { step_position: 3, channel: 'formal-notice', done_on: '2026-05-01' },
        { step_position: 1, channel: 'email', done_on: '2026-04-02' },
      ]),
    ).toEqual(['2026-04-02', '2026-04-16']);
    // A reminder e-mail counts once a transport accepted it, not while queued, nor failed or cancelled.
    expect(
      remindersSentOf([
        { step_position: 1, channel: 'email', done_on: '2026-04-02', mail_status: 'failed' },
        { step_position: 2, channel: 'email', done_on: '2026-04-16', mail_status: 'queued' },
        { step_position: 3, channel: 'email', done_on: '2026-04-20', mail_status: 'sent' },
      ]),
    ).toEqual(['2026-04-20']);
    // Dunning switched on 40 days late: the formal notice came first, no reminder to mention.
    expect(remindersSentOf([{ step_position: 3, channel: 'formal-notice', done_on: '2026-05-11' }])).toEqual([]);
  });
});
