/**
 * The force-majeure days a deadline is pushed by (ADR 0022), as deliveries, interventions and
 * returns will ask for them: `pushDeadlineBy` over a contract with 5 events (two overlapping, one
 * open), for deadlines spread over three years. Pure: no database.
 */
import { addDays } from '../src/kernel/dates.ts';
import { pushDeadlineBy, suspendedDaysIn } from '../src/modules/contracts/index.ts';

const CALLS = Number(process.env.BENCH_FM_CALLS ?? 200_000);

export async function runForceMajeureDaysBench() {
  const events = [
    { start_date: '2026-02-01', end_date: '2026-02-10' },
    { start_date: '2026-02-05', end_date: '2026-02-20' },
    { start_date: '2026-06-01', end_date: '2026-06-01' },
    { start_date: '2027-01-10', end_date: '2027-03-31' },
    { start_date: '2028-11-01', end_date: null },
  ];
  let checksum = 0;
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const from = addDays('2026-01-01', i % 1000);
    const deadline = addDays(from, 30 + (i % 60));
    checksum += suspendedDaysIn(events, from, pushDeadlineBy(events, from, deadline));
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    name: 'force-majeure-days',
    calls: CALLS,
    events: events.length,
    seconds: Math.round(seconds * 1000) / 1000,
    callsPerSecond: Math.round(CALLS / seconds),
    checksum,
  };
}
