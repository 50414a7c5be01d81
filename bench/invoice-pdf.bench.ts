/**
 * Invoice PDF rendering speed: Factur-X PDFs (PDF/A-3 with the EN 16931 CII XML embedded) per
 * second, one core, sequential — a sales/services invoice and a monthly rent invoice.
 */
import { createHash } from 'node:crypto';
import { sampleMixedInvoice, sampleRentInvoice } from '../src/einvoice/samples.ts';
import { renderFacturX } from '../src/modules/invoices/invoice-pdf.ts';

const SECONDS = Number(process.env.BENCH_INVOICE_PDF_SECONDS ?? 5);

async function measure(model: Parameters<typeof renderFacturX>[0]) {
  const first = await renderFacturX(model);
  for (let i = 0; i < 20; i++) await renderFacturX(model); // warm-up: JIT, font metrics
  let renders = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await renderFacturX(model);
    renders++;
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    lines: model.lines.length,
    renders,
    rendersPerSecond: Number((renders / seconds).toFixed(1)),
    msPerRender: Number(((seconds * 1000) / renders).toFixed(2)),
    // The process's CPU time per render: says more than wall time when other work loads the machine.
    cpuMsPerRender: Number(((used.user + used.system) / 1000 / renders).toFixed(2)),
    bytes: first.byteLength,
    sha256: createHash('sha256').update(first).digest('hex'),
  };
}

export async function runInvoicePdfBench() {
  return {
    name: 'invoice-pdf',
    secondsEach: SECONDS,
    mixedInvoice: await measure(sampleMixedInvoice()),
    rentInvoice: await measure(sampleRentInvoice()),
  };
}
