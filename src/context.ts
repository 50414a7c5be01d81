import type { Db, Dialect } from './db/database.ts';

/** What every use case receives: the database, the engine, and the clock (never read directly). */
export interface AppContext {
  db: Db;
  dialect: Dialect;
  /** The current instant; tests and `--as-of` runs replace it. */
  now(): Date;
}

/** The Europe/Paris civil date of an instant, 'YYYY-MM-DD'. */
export function parisDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
