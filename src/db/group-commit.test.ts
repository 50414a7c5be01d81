import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './database.ts';

/** A promise and the function that settles it: holds a transaction open until the test says. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('SQLite group commit', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let db: Kysely<any>;
  /** A second connection to the same file: sees only what was committed. */
  let observer: SQLite.Database;
  const committed = () =>
    (observer.prepare('select name from t order by name').all() as { name: string }[]).map((r) => r.name);
  const insert = (trx: Kysely<any>, name: string) => sql`insert into t (name) values (${name})`.execute(trx);

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'group-commit-'));
    handle = openDatabase(`sqlite:${path.join(dir, 'g.db')}`);
    db = handle.db as unknown as Kysely<any>;
    await sql`create table p (id integer primary key)`.execute(db);
    await sql`create table t (name text primary key, p integer references p (id) deferrable initially deferred)`.execute(
      db,
    );
    observer = new SQLite(path.join(dir, 'g.db'), { readonly: true });
  });
  afterEach(async () => {
    observer.close();
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a finished transaction is answered only when the group it joined has committed', async () => {
    const holdB = gate();
    let aDone = false;
    const a = db
      .transaction()
      .execute((trx) => insert(trx, 'a'))
      .then(() => (aDone = true));
    const b = db.transaction().execute(async (trx) => {
      await insert(trx, 'b');
      await holdB.opened; // B is still running inside the same SQLite transaction as A
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(aDone).toBe(false);
    expect(committed()).toEqual([]);
    holdB.open();
    await Promise.all([a, b]);
    expect(committed()).toEqual(['a', 'b']);
  });

  it('a failing transaction rolls back alone; the others of its group are saved', async () => {
    const results = await Promise.allSettled([
      db.transaction().execute((trx) => insert(trx, 'first')),
      db.transaction().execute(async (trx) => {
        await insert(trx, 'failing');
        throw new Error('refused');
      }),
      db.transaction().execute((trx) => insert(trx, 'last')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed()).toEqual(['first', 'last']);
  });

  it('a failing transaction alone does not keep the write lock', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await insert(trx, 'lost');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await new Promise((resolve) => setImmediate(resolve));
    expect(handle.sqlite!.inTransaction).toBe(false);
    // Another process can write at once (no busy wait on a lock left behind).
    const writer = new SQLite(path.join(dir, 'g.db'), { timeout: 0 });
    try {
      writer.exec(`insert into t (name) values ('from another process')`);
    } finally {
      writer.close();
    }
    expect(committed()).toEqual(['from another process']);
  });

  it('when the commit fails, every member of the group gets the error and nothing is saved', async () => {
    // A deferred foreign key is checked at COMMIT: the group's commit fails because of one member.
    const results = await Promise.allSettled([
      db.transaction().execute((trx) => insert(trx, 'ok')),
      db.transaction().execute((trx) => sql`insert into t (name, p) values ('orphan', 42)`.execute(trx)),
      db.selectFrom('t').selectAll().execute(),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(committed()).toEqual([]);
    // The connection is usable again afterwards.
    await db.transaction().execute((trx) => insert(trx, 'after'));
    expect(committed()).toEqual(['after']);
  });

  it('a plain read inside an open group is answered after the group commits', async () => {
    const holdB = gate();
    let readDone = false;
    const a = db.transaction().execute((trx) => insert(trx, 'a'));
    const read = db
      .selectFrom('t')
      .select('name')
      .execute()
      .then((rows) => {
        readDone = true;
        return rows.map((r) => r.name);
      });
    const b = db.transaction().execute(async (trx) => {
      await insert(trx, 'b');
      await holdB.opened;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readDone).toBe(false);
    holdB.open();
    await Promise.all([a, b]);
    expect(await read).toEqual(['a']);
    expect(committed()).toEqual(['a', 'b']);
  });

  it('many transactions at once are all saved, in groups of bounded size', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `n${String(i).padStart(3, '0')}`);
    await Promise.all(names.map((name) => db.transaction().execute((trx) => insert(trx, name))));
    expect(committed()).toEqual(names);
  });

  it('closing the database with work still running saves none of its group, and says so', async () => {
    const holdB = gate();
    const a = db.transaction().execute((trx) => insert(trx, 'a'));
    const b = db.transaction().execute(async (trx) => {
      await insert(trx, 'b');
      await holdB.opened;
      await insert(trx, 'b2');
    });
    const aSettled = a.then(
      () => 'saved',
      (e: Error) => e.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    await handle.close();
    expect(await aSettled).toMatch(/closed before this work was saved/);
    holdB.open();
    await expect(b).rejects.toThrow();
    expect(committed()).toEqual([]);
  });

  it('with nothing else running, a transaction commits before it returns', async () => {
    await db.transaction().execute((trx) => insert(trx, 'alone'));
    expect(committed()).toEqual(['alone']);
    expect(handle.sqlite!.inTransaction).toBe(false);
  });
});
