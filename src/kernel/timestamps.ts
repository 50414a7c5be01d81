/**
 * Timestamps: ISO 8601 instants with an explicit offset ("2025-03-31T10:15:00+02:00" or "…Z").
 * A local time without offset is refused: it would not say which instant it is.
 */
import { Temporal } from 'temporal-polyfill';

/** An ISO 8601 timestamp with offset. */
export type Timestamp = string;

const OFFSET_SUFFIX = /(Z|[+-]\d{2}:\d{2})$/i;

/** True when value is an ISO 8601 date-time carrying an offset or Z. */
export function isTimestamp(value: unknown): value is Timestamp {
  if (typeof value !== 'string' || !OFFSET_SUFFIX.test(value)) return false;
  try {
    Temporal.Instant.from(value);
    return true;
  } catch {
    return false;
  }
}

/** Epoch milliseconds of a timestamp (for ordering only; never a clock read). */
export function timestampToEpochMs(ts: Timestamp): number {
  return Temporal.Instant.from(ts).epochMilliseconds;
}

/** ts + hours of elapsed time, written with the same offset as ts. */
export function addHours(ts: Timestamp, hours: number): Timestamp {
  const instant = Temporal.Instant.from(ts).add({ hours });
  const offset = OFFSET_SUFFIX.exec(ts)?.[1] ?? 'Z';
  return offset.toUpperCase() === 'Z' ? instant.toString() : instant.toString({ timeZone: offset });
}

/** -1, 0 or 1 as instant a is before, equal to or after instant b. */
export function compareTimestamps(a: Timestamp, b: Timestamp): -1 | 0 | 1 {
  return Math.sign(Temporal.Instant.compare(Temporal.Instant.from(a), Temporal.Instant.from(b))) as -1 | 0 | 1;
}
