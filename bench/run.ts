/**
 * `npm run bench [name…]`: runs the benchmarks and writes their JSON results to
 * bench/results/<name>.json (and all of them to bench/results/latest.json).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runHttpMeBench } from './http-me.bench.ts';
import { runEvidenceVerifyBench } from './evidence-verify.bench.ts';
import { runLatePaymentBench } from './rules-late-payment.ts';
import { runQuotePdfBench } from './quote-pdf.bench.ts';
import { runQuoteFlowBench } from './quote-flow.bench.ts';
import { runLatePaymentSweepBench } from './late-payment-sweep.bench.ts';
import { runBillingRunBench } from './billing-run.bench.ts';
import { runInvoicePdfBench } from './invoice-pdf.bench.ts';
import { runInvoiceNumberingBench } from './invoice-numbering.bench.ts';
import { runPlanningBoardBench } from './planning-board.bench.ts';
import { runFecExportBench } from './fec-export.bench.ts';
import { runEquipmentRegisterBench } from './equipment-register.bench.ts';
import { runForceMajeureDaysBench } from './force-majeure-days.bench.ts';
import { runPrivacyRetentionBench } from './privacy-retention.bench.ts';
import { runInvoiceIssueHttpBench } from './invoice-issue-http.bench.ts';
import { runDashboardBench } from './dashboard.bench.ts';

type Bench = () => Promise<Record<string, unknown>>;

const BENCHES: Record<string, Bench> = {
  'http-me': runHttpMeBench,
  'rules-late-payment': runLatePaymentBench,
  'evidence-verify': runEvidenceVerifyBench,
  'quote-pdf': runQuotePdfBench,
  'quote-flow': runQuoteFlowBench,
  'late-payment-sweep': runLatePaymentSweepBench,
  'billing-run': runBillingRunBench,
  'invoice-pdf': runInvoicePdfBench,
  'invoice-numbering': runInvoiceNumberingBench,
  'planning-board': runPlanningBoardBench,
  'fec-export': runFecExportBench,
  'equipment-register': runEquipmentRegisterBench,
  'force-majeure-days': runForceMajeureDaysBench,
  'privacy-retention': runPrivacyRetentionBench,
  'invoice-issue-http': runInvoiceIssueHttpBench,
  dashboard: runDashboardBench,
};

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(BENCHES);
const results: Record<string, unknown>[] = [];
fs.mkdirSync('bench/results', { recursive: true });
for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`Unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  console.error(`▶ ${name} …`);
  const result = {
    ...(await bench()),
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
  };
  results.push(result);
  fs.writeFileSync(path.join('bench/results', `${name}.json`), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result));
}
fs.writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
