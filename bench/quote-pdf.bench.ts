/**
 * Quote PDF rendering speed: renders per second of a 10-line quote (one core, sequential), with
 * our own layout engine and PDF writer (ADR 0009). `cpuMsPerRender` is the process's CPU time per
 * render: on a busy machine it stays close to what an idle one would take, while wall time grows.
 */
import { createHash } from 'node:crypto';
import { renderQuotePdf } from '../src/documents/index.ts';
import { sampleQuote } from '../src/documents/samples.ts';

const SECONDS = Number(process.env.BENCH_QUOTE_PDF_SECONDS ?? 5);
const LINES = 10;

export async function runQuotePdfBench() {
  const model = sampleQuote(LINES);
  const first = await renderQuotePdf(model);
  for (let i = 0; i < 200; i++) await renderQuotePdf(model); // warm-up: JIT
  let renders = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await renderQuotePdf(model);
    renders++;
  }
  const seconds = (performance.now() - start) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return {
    name: 'quote-pdf',
    lines: LINES,
    renders,
    seconds: Number(seconds.toFixed(2)),
    rendersPerSecond: Number((renders / seconds).toFixed(1)),
    msPerRender: Number(((seconds * 1000) / renders).toFixed(3)),
    cpuMsPerRender: Number(((user + system) / 1000 / renders).toFixed(3)),
    bytes: first.byteLength,
    sha256: createHash('sha256').update(first).digest('hex'),
  };
}
