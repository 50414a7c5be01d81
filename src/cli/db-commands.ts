import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { seedDemoActivity } from '../seed/seed-activity.ts';

/** `db migrate`, `db seed`, `db backup FILE`. */
export function registerDbCommands(program: Command) {
  const db = program.command('db').description('Database maintenance');

  db.command('migrate')
    .description('Apply pending migrations')
    .action(async () => {
      const app = await openApp(loadConfig());
      console.log(app.migrated.length ? `Applied: ${app.migrated.join(', ')}` : 'Already up to date.');
      await app.close();
    });

  db.command('seed')
    .description('Insert demo data into an empty database (refused in production)')
    .option('--no-activity', 'the demo users, clients and catalogue only (no quotes, contracts, invoices…)')
    .action(async (opts: { activity: boolean }) => {
      const config = loadConfig();
      if (config.production) throw new Error('Demo data is never seeded in production (NODE_ENV=production).');
      const app = await openApp(config);
      try {
        const result = await seedDemo(app.ctx);
        if (!result.seeded) console.log('The database already has users: nothing seeded.');
        else {
          if (opts.activity) {
            const activity = await seedDemoActivity(app.ctx, app.handle);
            console.log(
              `Demo activity created: ${activity.from} to ${activity.to}, ${activity.sweeps} nightly sweeps.`,
            );
          }
          for (const l of result.logins) console.log(`${l.role.padEnd(12)} ${l.email.padEnd(30)} ${l.password}`);
        }
      } finally {
        await app.close();
      }
    });

  db.command('backup')
    .argument('<file>', 'destination file')
    .description('Online backup of the SQLite database (PostgreSQL: use pg_dump)')
    .action(async (file: string) => {
      const app = await openApp(loadConfig());
      try {
        if (app.handle.dialect !== 'sqlite' || !app.handle.sqlite) {
          process.exitCode = 2;
          throw new Error(
            'On PostgreSQL, back up with pg_dump, e.g.: pg_dump --format=custom --file=clausier.dump "$DATABASE_URL"',
          );
        }
        const target = path.resolve(file);
        if (fs.existsSync(target)) {
          process.exitCode = 2;
          throw new Error(`${target} already exists; choose another file`);
        }
        await app.handle.sqlite.backup(target);
        console.log(`Backup written to ${target} (${fs.statSync(target).size} bytes)`);
      } finally {
        await app.close();
      }
    });
}
