import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { buildServer } from '../http/server.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { seedDemoActivity } from '../seed/seed-activity.ts';
import { runSweep } from '../sweep/run-sweep.ts';
import { scheduleDaily } from '../sweep/schedule.ts';

/** `serve`: migrate, seed demo data into an empty non-production database, listen. */
export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('Migrate, seed demo data if the database is empty (not in production), and serve the API and web app')
    .option('--no-seed', 'do not seed demo data')
    .option('--no-activity', 'seed the demo users, clients and catalogue only (no quotes, contracts, invoices…)')
    .action(async (opts: { seed: boolean; activity: boolean }) => {
      const config = loadConfig();
      const app = await openApp(config);
      if (app.migrated.length) console.log(`Migrations applied: ${app.migrated.join(', ')}`);
      if (!config.production && opts.seed) {
        const seed = await seedDemo(app.ctx);
        if (seed.seeded && opts.activity) {
          const started = performance.now();
          try {
            const activity = await seedDemoActivity(app.ctx, app.handle);
            console.log(
              `Demo activity created: ${activity.from} to ${activity.to}, ${activity.sweeps} nightly sweeps (${Math.round(performance.now() - started)} ms).`,
            );
          } catch (err) {
            console.error(
              'The demo activity could not be created (the demo users, clients and catalogue are there):',
              err,
            );
          }
        }
        if (seed.seeded) {
          console.log('\nDemo data created. Demo logins (email / password):');
          for (const l of seed.logins) console.log(`  ${l.role.padEnd(12)} ${l.email.padEnd(30)} ${l.password}`);
          console.log('');
        }
      }
      const server = await buildServer(app.ctx, {
        logger: { level: config.logLevel },
        webDistDir: config.webDistDir,
        secureCookies: config.production,
        trustProxy: config.trustProxy,
        ...(app.handle.listen ? { listen: app.handle.listen } : {}),
        // The outbox delivery worker (CLAUSIER_MAIL_WORKER=off when another instance delivers; the sweep step also does).
        ...(app.ctx.mailTransport && process.env.CLAUSIER_MAIL_WORKER !== 'off'
          ? { mail: { transport: app.ctx.mailTransport } }
          : {}),
      });
      const address = await server.listen({ host: config.host, port: config.port });
      console.log(`Clausier is running at ${address.replace('[::1]', 'localhost')}  (API docs: ${address}/api/docs)`);
      console.log(`Database: ${app.handle.dialect}${app.handle.sqliteFile ? ` (${app.handle.sqliteFile})` : ''}`);
      console.log(
        `E-mail: ${process.env.SMTP_URL ? 'SMTP relay (SMTP_URL)' : `.eml files in ${config.dataDir}/outbox/ (set SMTP_URL to send)`}`,
      );
      // The daily sweep at 02:00 Paris time (CLAUSIER_SWEEP_SCHEDULE=off when another process runs it).
      const schedule =
        process.env.CLAUSIER_SWEEP_SCHEDULE === 'off'
          ? undefined
          : scheduleDaily(app.ctx.now, async (asOf) => {
              try {
                const report = await runSweep(app.ctx, app.handle, { asOf, dataDir: config.dataDir });
                server.log.info({ sweep: report }, `sweep ${asOf} done`);
              } catch (err) {
                server.log.error({ err }, `sweep ${asOf} failed`);
              }
            });
      const stop = async () => {
        schedule?.stop();
        await server.close();
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
