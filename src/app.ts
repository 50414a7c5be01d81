/** Opens the configured database, migrates it, and builds the context every entry point shares. */
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ensureOrganisation } from './seed/seed-demo.ts';
import { transportFromEnv } from './mail/index.ts';

export interface OpenedApp {
  ctx: AppContext;
  handle: DatabaseHandle;
  migrated: string[];
  close(): Promise<void>;
}

export async function openApp(
  config: Pick<Config, 'databaseUrl' | 'pgSchema'> & Partial<Pick<Config, 'dataDir'>>,
  now: () => Date = () => new Date(),
): Promise<OpenedApp> {
  const handle = openDatabase(config.databaseUrl, config.pgSchema ? { pgSchema: config.pgSchema } : {});
  try {
    const migrated = await migrateToLatest(handle.db);
    // E-mails go through SMTP_URL, else to `<data dir>/outbox/*.eml`.
    const mailTransport = config.dataDir ? transportFromEnv(config.dataDir) : undefined;
    const ctx: AppContext = {
      db: handle.db,
      dialect: handle.dialect,
      now,
      ...(mailTransport ? { mailTransport } : {}),
    };
    await ensureOrganisation(ctx);
    return {
      ctx,
      handle,
      migrated,
      close: () => {
        mailTransport?.close();
        return handle.close();
      },
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
