/**
 * The in-process daily schedule: the sweep runs every day at 02:00 Europe/Paris for that day.
 * Only the timing lives here; the lock in runSweep keeps several instances from running it twice.
 */

/** Offset of Europe/Paris from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant of a Paris wall-clock time on a civil date. */
export function parisWallClock(date: string, hour: number, minute = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = new Date(Date.UTC(y, m - 1, d, hour, minute));
  // Two passes settle the offset even on the days the clocks change.
  let instant = new Date(guess.getTime() - parisOffsetMinutes(guess) * 60_000);
  instant = new Date(guess.getTime() - parisOffsetMinutes(instant) * 60_000);
  return instant;
}

/** The next 02:00 in Paris strictly after `now`, and the civil date it is for. */
export function nextSweepAt(now: Date, hour = 2): { at: Date; asOf: string } {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const today = fmt.format(now);
  const todayRun = parisWallClock(today, hour);
  if (todayRun.getTime() > now.getTime()) return { at: todayRun, asOf: today };
  const tomorrow = fmt.format(new Date(todayRun.getTime() + 26 * 3_600_000));
  return { at: parisWallClock(tomorrow, hour), asOf: tomorrow };
}

export interface DailySchedule {
  stop(): void;
}

/**
 * Calls `run(asOf)` every day at 02:00 Paris time. A failed run is logged by the caller and the
 * next day still runs; a missed day is caught up by running the sweep for that day manually.
 */
export function scheduleDaily(now: () => Date, run: (asOf: string) => Promise<void>, hour = 2): DailySchedule {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    const next = nextSweepAt(now(), hour);
    // Timers above 2^31 ms overflow; a day is far below that.
    timer = setTimeout(
      async () => {
        try {
          await run(next.asOf);
        } finally {
          arm();
        }
      },
      Math.max(0, next.at.getTime() - now().getTime()),
    );
    timer.unref();
  };
  arm();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
