import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { deliverOutbox } from '../modules/outbox/index.ts';

/** `mail deliver`: delivers the due outbox messages by hand (SMTP_URL, else `<data dir>/outbox/`). */
export function registerMailCommands(program: Command) {
  const mail = program.command('mail').description('The outbox of outgoing e-mails');
  mail
    .command('deliver')
    .description('Deliver the queued e-mails now (SMTP_URL, else .eml files in <data dir>/outbox/), with progress')
    .option('--max-attempts <n>', 'attempts per message before it is failed', '5')
    .option('--no-progress', 'no progress bar')
    .action(async (opts: { maxAttempts: string; progress: boolean }) => {
      const config = loadConfig();
      const app = await openApp(config);
      const maxAttempts = Number(opts.maxAttempts);
      const bar =
        opts.progress && process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { format: 'mail [{bar}] {value}/{total}', stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : null;
      let sent = 0;
      let failed = 0;
      let given = 0;
      try {
        for (;;) {
          const report = await deliverOutbox(app.ctx, app.ctx.mailTransport!, {
            limit: 100,
            maxAttempts,
            onProgress: (done, total) => {
              if (done === 0) bar?.start(total, 0);
              else bar?.update(done);
              if (!bar && total > 0) process.stderr.write(`\r${done}/${total}`);
            },
          });
          bar?.stop();
          sent += report.sent.length;
          failed += report.failed.length;
          given += report.failed.filter((f) => f.final).length;
          for (const f of report.failed) console.error(`${f.id}: ${f.final ? 'failed' : 'will retry'}: ${f.error}`);
          if (report.sent.length + report.failed.length < 100) break;
        }
        if (!bar) process.stderr.write('\n');
        console.log(
          `${sent} sent, ${failed} failed attempts (${given} given up), via ${app.ctx.mailTransport!.name === 'smtp' ? 'SMTP' : `${config.dataDir}/outbox/`}`,
        );
        if (given > 0) process.exitCode = 1;
      } finally {
        await app.close();
      }
    });
}
