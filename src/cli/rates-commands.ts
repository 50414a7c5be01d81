import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../kernel/errors.ts';
import { importEcbCsv, listEcbRates } from '../modules/ecb-rates/index.ts';

/** `rates import-ecb FILE.csv` and `rates list`. */
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
        console.log(`${report.rowsInFile} rate changes in the file: ${report.added} added, ${report.changed} changed, ${report.unchanged} unchanged.`);
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
      for (const r of await listEcbRates(app.ctx)) console.log(`${r.effectiveFrom}  ${r.ratePercent.padStart(5)} %  ${r.source}`);
      await app.close();
    });
}
