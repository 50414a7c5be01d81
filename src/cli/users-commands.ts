import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../kernel/errors.ts';
import { ROLES } from '../modules/auth/index.ts';
import { CreateUserBody, createUser } from '../modules/users/index.ts';

/** `users create`: how the first admin of a production install is made. */
export function registerUsersCommands(program: Command) {
  const users = program.command('users').description('User accounts');
  users
    .command('create')
    .description('Create a user (the first admin of a production install)')
    .requiredOption('--email <email>', 'login email')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'admin')
    .option('--client <clientId>', 'client id, for a client user')
    .option('--password <password>', 'password (else read from CLAUSIER_PASSWORD)')
    .action(async (opts: { email: string; name: string; role: string; client?: string; password?: string }) => {
      const parsed = CreateUserBody.safeParse({
        email: opts.email,
        name: opts.name,
        role: opts.role,
        password: opts.password ?? process.env.CLAUSIER_PASSWORD ?? '',
        ...(opts.client ? { clientId: opts.client } : {}),
      });
      if (!parsed.success) {
        for (const i of parsed.error.issues) process.stderr.write(`${i.path.join('.')}: ${i.message}\n`);
        process.exitCode = 2;
        throw new Error('invalid user');
      }
      const app = await openApp(loadConfig());
      try {
        const org = await app.ctx.db
          .selectFrom('organisations')
          .select('id')
          .orderBy('created_at')
          .executeTakeFirstOrThrow();
        const user = await createUser(app.ctx, org.id, parsed.data);
        console.log(`Created ${user.role} ${user.email} (${user.id})`);
      } catch (e) {
        if (e instanceof AppError) {
          process.exitCode = 2;
          throw new Error(`${e.code}: ${e.errors.map((x) => `${x.path}: ${x.message}`).join('; ') || e.message}`);
        }
        throw e;
      } finally {
        await app.close();
      }
    });
}
