/**
 * Late-interest rates as precomputed step functions over epoch days, so an evaluation only does
 * a binary search and integer arithmetic. Rates are held as integers in 1/10,000 of a percent
 * ("13.15" → 131500): exact, and cheap to add, compare and multiply.
 */
import { epochDayOf, toEpochDay, civilParts } from '../kernel/dates.ts';
import type { EcbRate } from '../terms/ecb-rates.ts';
import { LEGAL_INTEREST_RATES_PROFESSIONAL } from '../terms/legal-rates.ts';
import type { EcbRateRule } from '../terms/types.ts';

/** Scale of rate integers: 1 unit = 0.0001 percentage point. */
export const RATE_SCALE = 10_000;

/** A piecewise-constant rate: from starts[i] (epoch day, sorted) the rate is rates[i]. */
export interface RateSteps {
  starts: number[];
  rates: number[];
}

/** "13.15" → 131500; throws RangeError beyond 4 decimals or when malformed. */
export function parseRate(ratePercent: string): number {
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(ratePercent);
  if (!m) throw new RangeError(`Invalid rate ${JSON.stringify(ratePercent)}`);
  return Number(m[1]) * RATE_SCALE + Number((m[2] ?? '').padEnd(4, '0'));
}

/** 131500 → "13.15"; at least two decimals ("10.00"), at most four. */
export function formatRate(rate: number): string {
  const units = Math.floor(rate / RATE_SCALE);
  const decimals = String(rate % RATE_SCALE)
    .padStart(4, '0')
    .replace(/0+$/, '')
    .padEnd(2, '0');
  return `${units}.${decimals}`;
}

/** Index of the step in force on day, or -1 before the first step. */
export function stepIndexAt(steps: RateSteps, day: number): number {
  let lo = 0;
  let hi = steps.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (steps.starts[mid]! <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The rate in force on day, or undefined before the first step. */
export function rateAt(steps: RateSteps, day: number): number | undefined {
  const i = stepIndexAt(steps, day);
  return i < 0 ? undefined : steps.rates[i];
}

/** Steps built from (start, rate) pairs in date order, dropping a step that repeats the rate. */
function mergedSteps(pairs: Iterable<[number, number]>): RateSteps {
  const steps: RateSteps = { starts: [], rates: [] };
  for (const [start, rate] of pairs) {
    if (steps.rates.at(-1) === rate) continue;
    steps.starts.push(start);
    steps.rates.push(rate);
  }
  return steps;
}

const historySteps = new WeakMap<readonly EcbRate[], RateSteps>();

/** A rate history as steps (cached per history array). */
export function stepsOfHistory(history: readonly EcbRate[]): RateSteps {
  let steps = historySteps.get(history);
  if (!steps) {
    const pairs = [...history]
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
      .map((r): [number, number] => [toEpochDay(r.effectiveFrom), parseRate(r.ratePercent)]);
    steps = mergedSteps(pairs);
    historySteps.set(history, steps);
  }
  return steps;
}

/** Epoch days of every 1 January and 1 July from the half-year of `from` through year `toYear`. */
function semesterStarts(from: number, toYear: number): number[] {
  const out: number[] = [];
  for (let y = civilParts(from).year; y <= toYear; y++) out.push(epochDayOf(y, 1, 1), epochDayOf(y, 7, 1));
  return out.filter((d) => d >= from);
}

/** Rate that holds, per half-year, the value in force on its first day (C. com. L441-10 II). */
function semesterSteps(source: RateSteps): RateSteps {
  const first = source.starts[0];
  if (first === undefined) return source;
  const lastYear = civilParts(source.starts.at(-1)!).year + 1;
  const pairs: [number, number][] = [];
  for (const start of semesterStarts(first, lastYear)) pairs.push([start, rateAt(source, start)!]);
  return mergedSteps(pairs);
}

/** Configuration of the late-interest rate of a terms version. */
export interface LateRateConfig {
  rule: EcbRateRule;
  margin: number;
  applyLegalFloor: boolean;
}

const configuredSteps = new WeakMap<readonly EcbRate[], Map<string, RateSteps>>();
const stepsByParameters = new WeakMap<readonly EcbRate[], WeakMap<object, RateSteps>>();

/**
 * lateInterestSteps for a terms parameters object, remembered per (history, parameters object)
 * so the hot path skips building the configuration key.
 */
export function lateInterestStepsFor(
  history: readonly EcbRate[],
  parameters: { ecbRateRule: EcbRateRule; lateInterestMarginPoints: string; applyLegalFloor: boolean },
): RateSteps {
  let byParameters = stepsByParameters.get(history);
  if (!byParameters) stepsByParameters.set(history, (byParameters = new WeakMap()));
  let steps = byParameters.get(parameters);
  if (!steps) {
    steps = lateInterestSteps(history, {
      rule: parameters.ecbRateRule,
      margin: parseRate(parameters.lateInterestMarginPoints),
      applyLegalFloor: parameters.applyLegalFloor,
    });
    byParameters.set(parameters, steps);
  }
  return steps;
}

/**
 * ECB MRO (semester or latest) + margin, per day; with the legal floor, each day takes the
 * higher of that and 3 × the legal interest rate of its half-year. Cached per history and config.
 */
export function lateInterestSteps(history: readonly EcbRate[], config: LateRateConfig): RateSteps {
  let byConfig = configuredSteps.get(history);
  if (!byConfig) configuredSteps.set(history, (byConfig = new Map()));
  const key = `${config.rule}|${config.margin}|${config.applyLegalFloor}`;
  let steps = byConfig.get(key);
  if (!steps) {
    const mro = stepsOfHistory(history);
    const base = config.rule === 'semester' ? semesterSteps(mro) : mro;
    const plusMargin = mergedSteps(base.starts.map((s, i): [number, number] => [s, base.rates[i]! + config.margin]));
    steps = config.applyLegalFloor
      ? withFloor(plusMargin, semesterSteps(stepsOfHistory(LEGAL_INTEREST_RATES_PROFESSIONAL)))
      : plusMargin;
    byConfig.set(key, steps);
  }
  return steps;
}

/** max(rate, 3 × legal rate) at every breakpoint of either series (no floor before the legal table). */
function withFloor(rate: RateSteps, legal: RateSteps): RateSteps {
  const days = [...new Set([...rate.starts, ...legal.starts])].sort((a, b) => a - b);
  const pairs: [number, number][] = [];
  for (const d of days) {
    const r = rateAt(rate, d);
    if (r !== undefined) pairs.push([d, Math.max(r, 3 * (rateAt(legal, d) ?? 0))]);
  }
  return mergedSteps(pairs);
}

/** A single rate in force from the given day on (public-buyer regime: fixed for the whole delay). */
export function fixedSteps(from: number, rate: number): RateSteps {
  return { starts: [from], rates: [rate] };
}
