import { writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { inSupportedDateRange, isCivilDate } from '../kernel/dates.ts';
import { AppError } from '../kernel/errors.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';
import { collectionFile } from '../modules/sepa/index.ts';
import { centsToDecimal } from '../kernel/money.ts';

/** `sepa collect --date DATE [--out FILE]`: the pain.008 file of the direct debits due by DATE. */
export function registerSepaCommands(program: Command) {
  const sepa = program.command('sepa').description('SEPA direct debit');
  sepa
    .command('collect')
    .requiredOption('--date <date>', 'the collection date, YYYY-MM-DD (invoices due by then are collected)')
    .option('--out <file>', 'the file to write (default: prelevements-<date>.xml)')
    .option('--no-progress', 'no progress bar')
    .description('Write the pain.008.001.02 file of the open direct-debit invoices due by the date')
    .action(async (opts: { date: string; out?: string; progress: boolean }) => {
      if (!isCivilDate(opts.date) || !inSupportedDateRange(opts.date)) {
        process.exitCode = 2;
        throw new Error(`--date must be a date YYYY-MM-DD, got "${opts.date}"`);
      }
      const app = await openApp(loadConfig());
      const bar =
        opts.progress && process.stderr.isTTY
          ? new cliProgress.SingleBar({ format: 'Prélèvements [{bar}] {value}/{total}', stream: process.stderr })
          : null;
      try {
        const org = await defaultOrganisation(app.ctx);
        if (!org) throw new Error('no organisation in this database');
        bar?.start(2, 0);
        let file;
        try {
          file = await collectionFile(app.ctx, { orgId: org.id }, opts.date);
        } catch (e) {
          if (e instanceof AppError) {
            process.exitCode = 2;
            console.error(e.message);
            for (const err of e.errors) console.error(`  ${err.path}: ${err.message}`);
            return;
          }
          throw e;
        } finally {
          bar?.update(1);
        }
        if (file.count > 0) writeFileSync(opts.out ?? file.filename, file.xml);
        bar?.update(2);
        bar?.stop();
        console.log(
          file.count > 0
            ? `${opts.out ?? file.filename}: ${file.count} debit(s), ${centsToDecimal(file.totalCents)} EUR (FRST ${file.sequences.FRST}, RCUR ${file.sequences.RCUR})`
            : 'nothing to collect: no file written',
        );
        for (const s of file.skipped)
          console.log(`  skipped ${s.number ?? s.invoiceId} (${s.clientName}): ${s.reason}`);
      } finally {
        bar?.stop();
        await app.close();
      }
    });
}
