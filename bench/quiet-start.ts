/**
 * Issue 19 measures "load average below 1 at each start": a benchmark waits for the machine to
 * settle (the 1-minute load average under BENCH_QUIET_LOAD, default 1) before each measured run,
 * at most BENCH_QUIET_WAIT_S seconds (default 240), and reports the load it started at.
 */
import os from 'node:os';

const QUIET = Number(process.env.BENCH_QUIET_LOAD ?? 1);
const WAIT_MS = Number(process.env.BENCH_QUIET_WAIT_S ?? 240) * 1000;

/** Resolves once the 1-minute load average is under the threshold (or the wait is over); returns it. */
export async function quietStart(): Promise<number> {
  const until = Date.now() + WAIT_MS;
  while (os.loadavg()[0]! >= QUIET && Date.now() < until) await new Promise((r) => setTimeout(r, 2_000));
  return Number(os.loadavg()[0]!.toFixed(2));
}
