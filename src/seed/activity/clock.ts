/**
 * The clock of the demo story: a context whose `now()` the story moves forward, day by day, over
 * the past months. Every day passed runs the daily sweep at 02:00 Paris time (as the scheduler of
 * `serve` does), then the day's hooks (e.g. direct debits collected), then the day's actions from
 * 09:00, each a few minutes after the previous one. Time never goes back.
 */
import { parisDate, type AppContext } from '../../context.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { isAlleoWorkingDay } from '../../kernel/calendar.ts';
import { addDays } from '../../kernel/dates.ts';
import { runSweep } from '../../sweep/run-sweep.ts';
import { parisWallClock } from '../../sweep/schedule.ts';

/** Something done every day the story passes, after the sweep (e.g. direct debits collected). */
export type DayHook = (date: string) => Promise<void>;

const MINUTE = 60_000;

export class StoryClock {
  /** The context the story's use cases run with: same database, the story's time. */
  readonly ctx: AppContext;
  /** The current day (Europe/Paris). */
  date: string;
  /** Days the sweep ran for. */
  sweeps = 0;
  private instant: Date;
  private readonly hooks: DayHook[] = [];

  constructor(
    base: AppContext,
    private readonly handle: DatabaseHandle,
    /** The real day the demo is seeded on: the story ends the day before. */
    readonly today: string,
    /** First day of the story. */
    start: string,
  ) {
    this.date = addDays(start, -1);
    this.instant = parisWallClock(this.date, 18);
    this.ctx = { ...base, now: () => this.instant };
  }

  onEachDay(hook: DayHook) {
    this.hooks.push(hook);
  }

  /**
   * The working day `offset` days from today (negative: in the past), moved to the next working
   * day, kept before today and never before the story's current day.
   */
  day(offset: number): string {
    let d = addDays(this.today, offset);
    while (!isAlleoWorkingDay(d)) d = addDays(d, 1);
    if (d >= this.today) {
      d = addDays(this.today, Math.min(offset, -1));
      while (!isAlleoWorkingDay(d) && d > this.date) d = addDays(d, -1);
    }
    return d > this.date ? d : this.date;
  }

  /** Moves to 09:00 on a later day, running the sweep and the hooks of every day passed. */
  async goTo(date: string): Promise<string> {
    if (date >= this.today) throw new Error(`The demo story must stay before today (${this.today}), not ${date}`);
    while (this.date < date) {
      const next = addDays(this.date, 1);
      this.instant = parisWallClock(next, 2);
      await runSweep(this.ctx, this.handle, { asOf: next });
      this.sweeps++;
      this.date = next;
      this.instant = parisWallClock(next, 8, 30);
      for (const hook of this.hooks) await hook(next);
      this.instant = parisWallClock(next, 9);
    }
    return this.date;
  }

  /** `goTo(day(offset))`. */
  at(offset: number): Promise<string> {
    return this.goTo(this.day(offset));
  }

  /** A few minutes later the same day: each action of the story gets its own instant. */
  tick(minutes = 7) {
    const later = new Date(this.instant.getTime() + minutes * MINUTE);
    this.instant = parisDate(later) === this.date ? later : new Date(this.instant.getTime() + 1000);
  }
}
