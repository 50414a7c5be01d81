/**
 * SQLite group commit (ADR 0037). SQLite has one connection here, so transactions already run one
 * after another; what each pays on its own is the commit, which writes every page the transaction
 * touched to the WAL (two system calls a page: ~170 µs for an issued invoice, ~45 % of the
 * database time of the write benchmarks). A finished transaction does not commit at once: the
 * commit is scheduled for the next turn of the event loop (setImmediate, after the I/O callbacks
 * already due), and whatever work runs meanwhile — requests that arrived together — runs in the
 * same SQLite transaction; one COMMIT then closes the group. Pages shared by the group (the end of
 * each index, the counter, the evidence head) are written once.
 *
 * What each caller sees does not change:
 * - every transaction runs inside a savepoint of its own: a failure rolls back that transaction
 *   only (its invoice number included), never the others of the group;
 * - a caller is answered only once the group's COMMIT has succeeded — a transaction, or a plain
 *   query that ran inside an open group (it may have read the group's writes) — and gets the
 *   error when it fails: nothing is reported done before it is;
 * - a group closes at MAX_GROUP members, so that a steady stream of work still commits.
 * Alone, a transaction has committed when its caller goes on, as before.
 */
import type SQLite from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

/** The most transactions one commit closes (bounds the wait of the first of them). */
const MAX_GROUP = 32;
const SAVEPOINT = 'clausier_group_member';

/** What the driver needs of the database: prepared statements (cached) and the raw connection. */
export interface GroupCommitDatabase {
  prepare(sql: string): SQLite.Statement;
  close(): void;
  readonly raw: SQLite.Database;
}

/** One use of the connection, from acquire to release. */
class Lease implements DatabaseConnection {
  /** The connection already went to the next waiter (the lease joined a group). */
  handedOver = false;
  /** This lease's transaction was rolled back: its caller fails, it does not wait for the group. */
  rolledBack = false;
  constructor(private readonly database: GroupCommitDatabase) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.database.prepare(query.sql);
    if (stmt.reader) return { rows: stmt.all(query.parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(query.parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not used with SQLite');
  }

  exec(sql: string) {
    this.database.prepare(sql).run();
  }
}

interface Member {
  resolve(): void;
  reject(error: unknown): void;
}

export class GroupCommitDriver implements Driver {
  /** Work waiting for the connection, first come first served. */
  #waiters: (() => void)[] = [];
  #held = false;
  /** The open SQLite transaction's members waiting for its commit (null: none open). */
  #group: Member[] | null = null;
  /** The group's commit is due on the next turn of the event loop. */
  #commitScheduled = false;

  constructor(private readonly database: GroupCommitDatabase) {}

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    this.#held = true;
    return new Lease(this.database);
  }

  async beginTransaction(connection: DatabaseConnection) {
    const lease = connection as Lease;
    if (!this.#group) {
      // Takes the write lock now: another process waits for it (busy_timeout) instead of
      // failing on a read-to-write upgrade.
      lease.exec('begin immediate');
      this.#group = [];
    }
    lease.exec(`savepoint ${SAVEPOINT}`);
  }

  async commitTransaction(connection: DatabaseConnection) {
    const lease = connection as Lease;
    lease.exec(`release ${SAVEPOINT}`);
    await this.#joinGroup(lease);
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    const lease = connection as Lease;
    lease.rolledBack = true;
    if (this.database.raw.inTransaction) {
      lease.exec(`rollback to ${SAVEPOINT}`);
      lease.exec(`release ${SAVEPOINT}`);
    } else {
      // SQLite rolled the whole transaction back itself (I/O error, disk full): the group's
      // earlier members were lost with it and are told so.
      this.#failGroup(new Error('SQLite rolled the transaction back; the work of this group was not saved'));
    }
  }

  async releaseConnection(connection: DatabaseConnection) {
    const lease = connection as Lease;
    if (lease.handedOver) return;
    if (!this.#group) return this.#unlock();
    if (lease.rolledBack) {
      // Its caller fails with its own error; the group goes on to its commit, which is scheduled
      // even when no member is left: the SQLite transaction must not keep the write lock.
      this.#scheduleCommit();
      return this.#unlock();
    }
    // A plain query inside an open group may have read the group's writes: answered after it commits.
    await this.#joinGroup(lease);
  }

  async destroy() {
    // Finished members are saved; work still running when the database closes is not (closing
    // rolls back the open transaction), and whoever waited on it is told.
    if (this.#group && !this.#held) this.#commitGroup();
    else if (this.#group) this.#failGroup(new Error('The database was closed before this work was saved'));
    this.database.close();
  }

  /**
   * Waits for the group's commit. The commit runs once the work already in the event loop has had
   * its turn (setImmediate: after the pending I/O callbacks, so requests that arrived together
   * join), and only while nobody holds the connection; at once when the group is full.
   */
  #joinGroup(lease: Lease): Promise<void> {
    const committed = new Promise<void>((resolve, reject) => this.#group!.push({ resolve, reject }));
    if (this.#group!.length >= MAX_GROUP) this.#commitGroup();
    else this.#scheduleCommit();
    lease.handedOver = true;
    this.#unlock();
    return committed;
  }

  #scheduleCommit() {
    if (this.#commitScheduled || !this.#group) return;
    this.#commitScheduled = true;
    setImmediate(() => {
      this.#commitScheduled = false;
      // In use by a member still running: it schedules the commit again when it is done.
      if (this.#group && !this.#held) this.#commitGroup();
    });
  }

  #commitGroup() {
    const members = this.#group ?? [];
    this.#group = null;
    try {
      this.database.prepare('commit').run();
    } catch (error) {
      try {
        if (this.database.raw.inTransaction) this.database.prepare('rollback').run();
      } catch {
        // The connection is gone (closed): nothing is left to roll back.
      }
      for (const m of members) m.reject(error);
      return;
    }
    for (const m of members) m.resolve();
  }

  #failGroup(error: Error) {
    const members = this.#group ?? [];
    this.#group = null;
    for (const m of members) m.reject(error);
  }

  /** Hands the connection to the next waiter, or frees it. */
  #unlock() {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#held = false;
  }
}

/** Kysely's SQLite adapter, compiler and introspector, with the group-commit driver. */
export class GroupCommitSqliteDialect implements Dialect {
  constructor(private readonly database: GroupCommitDatabase) {}
  createDriver(): Driver {
    return new GroupCommitDriver(this.database);
  }
  createAdapter() {
    return new SqliteAdapter();
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}
