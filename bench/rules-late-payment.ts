/**
 * Benchmark of the late-payment rule (art. 10.3): an invoice with three payments and a rate
 * change inside the delay, evaluated through the public `evaluate` (zod validation included).
 * Run alone: `npx tsx bench/rules-late-payment.ts` (prints one JSON object), or through the
 * bench harness via runLatePaymentBench().
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { evaluate } from '../src/rules/index.ts';
import { invoiceLatePayment } from '../src/rules/invoice-late-payment.ts';
import { ECB_MRO_RATES } from '../src/terms/ecb-rates.ts';
import { ALLEO_V1 } from '../src/terms/alleo-v1.ts';
import type { TermsVersion } from '../src/terms/types.ts';

const TARGET_PER_SECOND = 100_000;

// Due 31 May 2025, paid in three parts on 5 June, 20 June and 10 July 2025: the delay crosses the
// ECB change of 11 June (latest rule) and the 1 July half-year boundary (semester rule).
const FACTS = {
  issueDate: '2025-05-01',
  totalCents: 300_000,
  payments: [
    { date: '2025-06-05', amountCents: 100_000 },
    { date: '2025-06-20', amountCents: 100_000 },
    { date: '2025-07-10', amountCents: 100_000 },
  ],
};
const AS_OF = '2025-08-01';
const LATEST: TermsVersion = { ...ALLEO_V1, parameters: { ...ALLEO_V1.parameters, ecbRateRule: 'latest' } };

/** Operations per second of fn: median of several timed rounds after a warm-up. */
function measure(fn: () => number, rounds = 5, roundMs = 400): { perSecond: number; sink: number } {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += fn();
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < roundMs) {
      for (let i = 0; i < 1000; i++) sink += fn();
      n += 1000;
      elapsed = performance.now() - start;
    }
    rates.push((n * 1000) / elapsed);
  }
  rates.sort((a, b) => a - b);
  return { perSecond: Math.round(rates[Math.floor(rates.length / 2)]!), sink };
}

/** Runs the benchmark and returns its result object. */
export async function runLatePaymentBench(): Promise<Record<string, unknown>> {
  const ctxSemester = { asOf: AS_OF, terms: ALLEO_V1 };
  const ctxLatest = { asOf: AS_OF, terms: LATEST };
  const check = evaluate('invoice.late-payment', FACTS, ctxSemester);
  const periods = (check.periods as unknown[]).length;
  const full = measure(() => evaluate('invoice.late-payment', FACTS, ctxSemester).interestCents as number);
  const fullLatest = measure(() => evaluate('invoice.late-payment', FACTS, ctxLatest).interestCents as number);
  const parsed = invoiceLatePayment.factsSchema.parse(FACTS) as Parameters<typeof invoiceLatePayment.evaluate>[0];
  const ruleCtx = { ...ctxSemester, ecbRates: ECB_MRO_RATES };
  const computeOnly = measure(() => invoiceLatePayment.evaluate(parsed, ruleCtx).interestCents as number);
  const zodOnly = measure(() => (invoiceLatePayment.factsSchema.safeParse(FACTS).success ? 1 : 0));
  return {
    name: 'rules-late-payment',
    evaluationsPerSecond: full.perSecond,
    targetPerSecond: TARGET_PER_SECOND,
    meetsTarget: full.perSecond >= TARGET_PER_SECOND,
    scenario: { payments: FACTS.payments.length, periods, interestCents: check.interestCents, ecbRateRule: 'semester' },
    latestRuleEvaluationsPerSecond: fullLatest.perSecond,
    withoutValidationPerSecond: computeOnly.perSecond,
    zodValidationPerSecond: zodOnly.perSecond,
    microsecondsPerEvaluation: Number((1e6 / full.perSecond).toFixed(2)),
    sink: (full.sink + fullLatest.sink + computeOnly.sink + zodOnly.sink) % 997,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runLatePaymentBench()));
}
