import type { Db, Dialect } from './db/database.ts';
import type { MailTransport } from './mail/index.ts';

/** What every use case receives: the database, the engine, and the clock (never read directly). */
export interface AppContext {
  db: Db;
  dialect: Dialect;
  /** The current instant; tests and `--as-of` runs replace it. */
  now(): Date;
  /** Where e-mails go (SMTP_URL, else `<data dir>/outbox/`); the sweep's delivery step skips without it. */
  mailTransport?: MailTransport;
}

/** The Europe/Paris civil date of an instant, 'YYYY-MM-DD'. */
export function parisDate(instant: Date): string {
  return PARIS_DATE.format(instant);
}

// en-CA formats as YYYY-MM-DD. Built once: constructing a DateTimeFormat costs far more than using it.
const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** One time-based step of the daily sweep, provided by a capability (its module). */
export interface SweepStep {
  /** The rule it applies, e.g. 'personal-data.retention'. */
  id: string;
  article: string;
  title: { fr: string; en: string };
  /** The step writes to the data directory: a sweep run without one skips it (not marked done). */
  needsDataDir?: boolean;
  /**
   * Applies the step for one organisation as of a date. Must be idempotent: each effect goes
   * through recordDecision with an effect key, and each item commits in its own transaction.
   */
  run(ctx: AppContext, run: SweepStepRun): Promise<{ examined: number; acted: number }>;
}

export interface SweepStepRun {
  orgId: string;
  asOf: string;
  /** Called once the number of items to examine is known. */
  onTotal(total: number): void;
  /** Called after each item examined. */
  onItem(): void;
  /** Called inside each acting transaction, just before it commits (fault injection in tests). */
  beforeCommit(): void;
  /** The data directory, when the sweep runs for a deployment (server, command line): files it writes live there. */
  dataDir?: string;
}
