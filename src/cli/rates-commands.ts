import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../kernel/errors.ts';
import { importEcbCsv, listEcbRates } from '../modules/ecb-rates/index.ts';
import { changeVatRate, listVatRates } from '../modules/vat-rates/index.ts';

/** `rates import-ecb FILE.csv`, `rates list`, `rates vat-list` and `rates vat-change`. */
export function registerRatesCommands(program: Command) {
  const rates = program.command('rates').description('ECB main refinancing operations rate table (art. 10.3)');

  rates
    .command('import-ecb')
    .argument('<file>', 'CSV export of series FM.D.U2.EUR.4F.KR.MRR_FR.LEV from the ECB Data Portal')
    .description('Import ECB rates (idempotent; a malformed file changes nothing)')
    .action(async (file: string) => {
      const text = fs.readFileSync(file, 'utf8');
      const app = await openApp(loadConfig());
      try {
        const report = await importEcbCsv(app.ctx, text, `ecb-csv:${path.basename(file)}`);
        console.log(
          `${report.rowsInFile} rate changes in the file: ${report.added} added, ${report.changed} changed, ${report.unchanged} unchanged.`,
        );
      } catch (e) {
        if (e instanceof AppError) {
          for (const err of e.errors) process.stderr.write(`${err.path}: ${err.message}\n`);
          process.exitCode = 2;
          throw new Error(`${e.message}; the rate table was not changed`);
        }
        throw e;
      } finally {
        await app.close();
      }
    });

  rates
    .command('list')
    .description('Print the rate table')
    .action(async () => {
      const app = await openApp(loadConfig());
      for (const r of await listEcbRates(app.ctx))
        console.log(`${r.effectiveFrom}  ${r.ratePercent.padStart(5)} %  ${r.source}`);
      await app.close();
    });

  rates
    .command('vat-list')
    .description('Print the VAT rate table (art. 9.2), every period')
    .action(async () => {
      const app = await openApp(loadConfig());
      for (const r of await listVatRates(app.ctx))
        console.log(
          `${r.effectiveFrom} → ${r.effectiveTo ?? '…'.padEnd(10)}  ${r.ratePercent.padStart(5)} %  ${r.label}`,
        );
      await app.close();
    });

  rates
    .command('vat-change')
    .description("Record a change of VAT rate decided by law: the category's current rate ends the day before")
    .requiredOption('--label <label>', 'the rate category, e.g. "Taux normal"')
    .requiredOption('--rate <percent>', 'the new rate, e.g. 21')
    .requiredOption('--from <date>', 'first day of the new rate, YYYY-MM-DD')
    .action(async (options: { label: string; rate: string; from: string }) => {
      const app = await openApp(loadConfig());
      try {
        const change = await changeVatRate(app.ctx, {
          label: options.label,
          ratePercent: options.rate,
          effectiveFrom: options.from,
        });
        console.log(
          `${change.label}: ${change.replaced.ratePercent} % until ${change.replaced.effectiveTo}, then ${change.ratePercent} % from ${change.effectiveFrom}.`,
        );
      } catch (e) {
        if (e instanceof AppError) {
          for (const err of e.errors) process.stderr.write(`${err.path}: ${err.message}\n`);
          process.exitCode = 2;
          throw new Error(`${e.message}; the VAT rate table was not changed`);
        }
        throw e;
      } finally {
        await app.close();
      }
    });
}
