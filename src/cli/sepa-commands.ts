import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { inSupportedDateRange, isCivilDate } from '../kernel/dates.ts';
import { AppError } from '../kernel/errors.ts';
import { centsToDecimal } from '../kernel/money.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';
import { generateRun, getRun, previewRun, runFile } from '../modules/sepa/index.ts';

/**
 * `sepa collect --due-by DATE [--out DIR] [--preview]`: a collection run of the open direct-debit
 * invoices due by DATE (one pain.008 file per scheme and collection date written in DIR, the
 * debtors pre-notified through the outbox); `--preview` only says what it would collect.
 */
export function registerSepaCommands(program: Command) {
  const sepa = program.command('sepa').description('SEPA direct debit');
  sepa
    .command('collect')
    .option('--due-by <date>', 'collect the invoices due by this date, YYYY-MM-DD')
    .option('--date <date>', 'same as --due-by (older name)')
    .option('--out <dir>', 'the directory to write the files in (default: the current directory)')
    .option('--preview', 'only say what would be collected; write nothing')
    .option('--no-progress', 'no progress bar')
    .description('Generate a collection run: pain.008.001.02 files and the pre-notifications of the debtors')
    .action(async (opts: { dueBy?: string; date?: string; out?: string; preview?: boolean; progress: boolean }) => {
      const dueBy = opts.dueBy ?? opts.date ?? '';
      if (!isCivilDate(dueBy) || !inSupportedDateRange(dueBy)) {
        process.exitCode = 2;
        throw new Error(`--due-by must be a date YYYY-MM-DD, got "${dueBy}"`);
      }
      const app = await openApp(loadConfig());
      const bar = opts.progress
        ? new cliProgress.SingleBar(
            { format: 'Prélèvements [{bar}] {value}/{total} {step}', stream: process.stderr, noTTYOutput: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
      try {
        const org = await defaultOrganisation(app.ctx);
        if (!org) throw new Error('no organisation in this database');
        const actor = { orgId: org.id, userId: 'system:cli' };
        const preview = await previewRun(app.ctx, actor, dueBy);
        for (const f of preview.files)
          console.log(
            `${f.scheme} ${f.collectionDate}: ${f.count} debit(s), ${centsToDecimal(f.totalCents)} EUR (${f.debits.map((d) => `${d.number} ${d.sequence}`).join(', ')})`,
          );
        for (const s of preview.skipped)
          console.log(`  skipped ${s.number ?? s.invoiceId} (${s.clientName}): ${s.reason}`);
        if (opts.preview || preview.count === 0) {
          if (preview.count === 0) console.log('nothing to collect: no file written');
          return;
        }
        bar?.start(
          preview.files.length + new Set(preview.files.flatMap((f) => f.debits.map((d) => d.clientId))).size + 1,
          0,
          {
            step: '',
          },
        );
        const runId = await generateRun(app.ctx, actor, dueBy, (done, total, step) => {
          bar?.setTotal(total);
          bar?.update(done, { step });
        });
        bar?.stop();
        const run = await getRun(app.ctx, actor, runId);
        const dir = opts.out ?? '.';
        mkdirSync(dir, { recursive: true });
        for (const f of run.files) {
          const { xml } = await runFile(app.ctx, actor, runId, f.id);
          writeFileSync(join(dir, f.filename), xml);
          console.log(`${join(dir, f.filename)}: ${f.count} debit(s), ${centsToDecimal(f.totalCents)} EUR`);
        }
        console.log(
          `run ${runId}: ${run.count} debit(s), ${centsToDecimal(run.totalCents)} EUR; pre-notifications queued`,
        );
      } catch (e) {
        if (e instanceof AppError) {
          process.exitCode = 2;
          console.error(e.message);
          for (const err of e.errors) console.error(`  ${err.path}: ${err.message}`);
          return;
        }
        throw e;
      } finally {
        bar?.stop();
        await app.close();
      }
    });
}
