/** Quote PDF rendering speed: renders per second of a 10-line quote (one core, sequential). */
import { createHash } from 'node:crypto';
import { renderQuotePdf } from '../src/documents/index.ts';
import { sampleQuote } from '../src/documents/samples.ts';

const SECONDS = Number(process.env.BENCH_QUOTE_PDF_SECONDS ?? 5);
const LINES = 10;

export async function runQuotePdfBench() {
  const model = sampleQuote(LINES);
  const first = await renderQuotePdf(model);
  for (let i = 0; i < 20; i++) await renderQuotePdf(model); // warm-up: JIT, font metrics
  let renders = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await renderQuotePdf(model);
    renders++;
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    name: 'quote-pdf',
    lines: LINES,
    renders,
    seconds: Number(seconds.toFixed(2)),
    rendersPerSecond: Number((renders / seconds).toFixed(1)),
    msPerRender: Number(((seconds * 1000) / renders).toFixed(2)),
    bytes: first.byteLength,
    sha256: createHash('sha256').update(first).digest('hex'),
  };
}
