/**
 * Opens the database named by a URL: `sqlite:<file>` (embedded default, WAL) or
 * `postgres://…`. Driver types are normalised here, once, so the domain never sees them:
 * int8 → number (cents fit in 2^53), numeric → string, date → 'YYYY-MM-DD' string.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { CurrentSchemaPostgresDialect } from './current-schema-introspector.ts';
import { type GroupCommitDatabase, GroupCommitSqliteDialect } from './group-commit.ts';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** The SQLite file path (undefined on PostgreSQL or in memory). */
  sqliteFile?: string;
  /** The raw SQLite connection, used by the online backup. */
  sqlite?: SQLite.Database;
  /** PostgreSQL only: LISTEN on a channel (see Listen). */
  listen?: Listen;
  close(): Promise<void>;
}

/**
 * Subscribes to a PostgreSQL notification channel on a connection of its own. `onMessage` gets
 * each payload; `onGap` is called whenever notifications may have been missed (the connection
 * was lost, and again once it is back), so that the subscriber can drop what it cached. Returns
 * the function that stops listening.
 */
export type Listen = (
  channel: string,
  onMessage: (payload: string) => void,
  onGap: () => void,
) => Promise<() => Promise<void>>;

export interface OpenOptions {
  /** PostgreSQL only: the schema every connection uses (tests use one schema per file). */
  pgSchema?: string;
  pgPoolSize?: number;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_DATE = 1082;

function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: string) => {
      if (oid === PG_INT8) return (v: string) => Number(v);
      if (oid === PG_NUMERIC || oid === PG_DATE) return (v: string) => v;
      return pg.types.getTypeParser(oid, format as 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/** Opens (and creates, for SQLite) the database; does not migrate. */
export function openDatabase(url: string, options: OpenOptions = {}): DatabaseHandle {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.pgPoolSize ?? 10,
      types: pgTypes(),
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
    const clientConfig: pg.ClientConfig = {
      connectionString: url,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    };
    return { db, dialect: 'postgres', listen: pgListen(clientConfig), close: () => db.destroy() };
  }
  if (!url.startsWith('sqlite:')) throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got "${url}"`);
  const file = url.slice('sqlite:'.length);
  const inMemory = file === ':memory:' || file === '';
  if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(inMemory ? ':memory:' : file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new GroupCommitSqliteDialect(withStatementCache(sqlite)) });
  return {
    db,
    dialect: 'sqlite',
    ...(inMemory ? {} : { sqliteFile: path.resolve(file) }),
    sqlite,
    close: () => db.destroy(),
  };
}

const RECONNECT_MS = 1_000;

/** LISTEN on a dedicated client, reconnecting every second after a loss until stopped. */
function pgListen(config: pg.ClientConfig): Listen {
  return async (channel, onMessage, onGap) => {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`Not a plain channel name: ${channel}`);
    let current: pg.Client | null = null;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const lost = (client: pg.Client) => {
      if (client !== current) return;
      current = null;
      client.end().catch(() => undefined);
      onGap();
      if (!stopped) timer = setTimeout(retry, RECONNECT_MS);
    };
    const connect = async () => {
      const client = new pg.Client(config);
      client.on('notification', (n) => {
        if (n.channel === channel) onMessage(n.payload ?? '');
      });
      client.on('error', () => lost(client));
      client.on('end', () => lost(client));
      current = client;
      try {
        await client.connect();
        await client.query(`LISTEN ${channel}`);
      } catch (e) {
        current = null;
        client.end().catch(() => undefined);
        throw e;
      }
    };
    const retry = () => {
      connect().then(onGap, () => {
        if (!stopped) timer = setTimeout(retry, RECONNECT_MS);
      });
    };
    await connect();
    return async () => {
      stopped = true;
      clearTimeout(timer);
      const client = current;
      current = null;
      await client?.end().catch(() => undefined);
    };
  };
}

/**
 * Kysely prepares every query anew; preparing costs more than running a small query, so the
 * prepared statements are kept by SQL text (bounded: the app has a finite set of queries).
 */
function withStatementCache(sqlite: SQLite.Database, max = 1000): GroupCommitDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    raw: sqlite,
    close: () => sqlite.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = sqlite.prepare(text);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

/** Throws unless the database answers a trivial query. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
