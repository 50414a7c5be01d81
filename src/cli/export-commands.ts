import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { inSupportedDateRange, isCivilDate } from '../kernel/dates.ts';
import { AppError } from '../kernel/errors.ts';
import { exportFec } from '../modules/accounting/index.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';

/** `export fec --from DATE --to DATE [--out FILE|DIR]`: the FEC of a period, as GET /api/exports/fec. */
export function registerExportCommands(program: Command) {
  const exp = program.command('export').description('Accounting exports');
  exp
    .command('fec')
    .requiredOption('--from <date>', 'first day of the period, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day of the period (the closing date), YYYY-MM-DD')
    .option('--out <file>', 'the file to write (default: <SIREN>FEC<YYYYMMDD>.txt in the current folder)')
    .description('Write the Fichier des écritures comptables (LPF A47 A-1) of a period')
    .action(async (opts: { from: string; to: string; out?: string }) => {
      for (const [name, value] of [
        ['--from', opts.from],
        ['--to', opts.to],
      ] as const)
        if (!isCivilDate(value) || !inSupportedDateRange(value)) {
          process.exitCode = 2;
          throw new Error(`${name} must be a date YYYY-MM-DD, got "${value}"`);
        }
      const app = await openApp(loadConfig());
      try {
        const org = await defaultOrganisation(app.ctx);
        if (!org) throw new Error('no organisation in this database');
        const t0 = performance.now();
        let fec;
        try {
          fec = await exportFec(app.ctx, { orgId: org.id }, opts.from, opts.to);
        } catch (e) {
          if (e instanceof AppError) {
            process.exitCode = 2;
            console.error(e.message);
            for (const err of e.errors) console.error(`  ${err.path}: ${err.message}`);
            return;
          }
          throw e;
        }
        const out = opts.out ?? fec.filename;
        writeFileSync(out, fec.bytes);
        console.log(
          `${out}: ${fec.lines.length} line(s), ${fec.entries.VE} sales and ${fec.entries.BQ} bank entries, ${Math.round(performance.now() - t0)} ms`,
        );
      } finally {
        await app.close();
      }
    });
}
