/**
 * `src/db/schema.ts` is written by hand; this test keeps it true. It reads the row interfaces with
 * the TypeScript compiler (the `Database` interface maps each table to its row type), migrates a
 * fresh database on each engine, and compares the introspected tables and columns: names,
 * nullability and kind of value (text, number, 0/1, bytes). A migration that adds a column
 * schema.ts does not declare, or a declared column that no migration creates, fails here.
 */
import path from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDatabase, type TestDb } from '../helpers/db.ts';

type Kind = 'text' | 'number' | 'bool01' | 'bytes';
interface Column {
  nullable: boolean;
  kind: Kind;
}
type Tables = Record<string, Record<string, Column>>;

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../src/db/schema.ts');
/** Kysely's own bookkeeping tables, not part of the domain schema. */
const IGNORED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** The declared tables: `Database` property → interface → its properties' types. */
function declaredTables(): Tables {
  const program = ts.createProgram([SCHEMA_FILE], { strict: true, noEmit: true, allowImportingTsExtensions: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(SCHEMA_FILE)!;
  let database: ts.InterfaceDeclaration | undefined;
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Database') database = node;
  });
  const kindOf = (type: ts.Type, where: string): Column => {
    const text = checker.typeToString(type);
    // Generated<T> is ColumnType<T, T | undefined, T>: read the select type.
    const unwrapped = type.getProperty('__select__') ? checker.getTypeOfSymbol(type.getProperty('__select__')!) : type;
    const parts = unwrapped.isUnion() ? unwrapped.types : [unwrapped];
    const nullable = parts.some((t) => t.flags & ts.TypeFlags.Null);
    const kinds = new Set<Kind>();
    for (const t of parts) {
      if (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) continue;
      if (t.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) kinds.add('text');
      else if (t.flags & ts.TypeFlags.NumberLiteral && [0, 1].includes((t as ts.NumberLiteralType).value))
        kinds.add('bool01');
      else if (t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) kinds.add('number');
      else if (checker.typeToString(t).startsWith('Uint8Array')) kinds.add('bytes');
      else throw new Error(`${where}: unsupported column type ${text}`);
    }
    // `0 | 1` is a union of two number literals: one bool01 column.
    if (kinds.size !== 1) throw new Error(`${where}: mixed column type ${text}`);
    return { nullable, kind: [...kinds][0]! };
  };
  const tables: Tables = {};
  for (const member of database!.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
    const table = (member.name as ts.Identifier).text;
    // The row type with what it inherits (`extends Omit<…>`), as the compiler resolves it.
    const row = checker.getTypeAtLocation(member.type);
    tables[table] = {};
    for (const column of row.getProperties()) {
      tables[table][column.name] = kindOf(checker.getTypeOfSymbolAtLocation(column, member), `${table}.${column.name}`);
    }
  }
  return tables;
}

/** The kind of value a column's SQL type holds (as the driver parsers in database.ts give it). */
function kindOfSql(sqlType: string): Kind[] {
  const t = sqlType.toLowerCase();
  if (/^(text|character varying|varchar|date|timestamp|uuid|json)/.test(t)) return ['text'];
  if (/^(bytea|blob)$/.test(t)) return ['bytes'];
  // 0/1 flags are integers on both engines; numeric is parsed to a string on PostgreSQL.
  if (/^(integer|bigint|smallint|int|real|double precision)$/.test(t)) return ['number', 'bool01'];
  if (/^numeric/.test(t)) return ['text', 'number'];
  throw new Error(`unknown SQL type ${sqlType}`);
}

async function actualTables(db: TestDb): Promise<Record<string, Record<string, { nullable: boolean; kinds: Kind[] }>>> {
  const rows: { table: string; column: string; type: string; nullable: boolean }[] = [];
  if (db.ctx.dialect === 'sqlite') {
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db.ctx.db);
    for (const { name } of tables.rows) {
      const info = await sql<{
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }>`select * from pragma_table_info(${name})`.execute(db.ctx.db);
      // A single-column INTEGER PRIMARY KEY is the rowid: never null even when not declared so.
      const pkCount = info.rows.filter((c) => c.pk > 0).length;
      for (const c of info.rows) {
        const rowid = pkCount === 1 && c.pk > 0 && c.type.toLowerCase() === 'integer';
        rows.push({
          table: name,
          column: c.name,
          type: c.type,
          nullable: c.notnull === 0 && !rowid && !(c.pk > 0 && c.type.toLowerCase() !== 'integer'),
        });
      }
    }
  } else {
    const info = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>`
      select table_name, column_name, data_type, is_nullable from information_schema.columns
      where table_schema = current_schema()`.execute(db.ctx.db);
    for (const c of info.rows)
      rows.push({ table: c.table_name, column: c.column_name, type: c.data_type, nullable: c.is_nullable === 'YES' });
  }
  const tables: Record<string, Record<string, { nullable: boolean; kinds: Kind[] }>> = {};
  for (const r of rows) {
    if (IGNORED_TABLES.has(r.table)) continue;
    (tables[r.table] ??= {})[r.column] = { nullable: r.nullable, kinds: kindOfSql(r.type) };
  }
  return tables;
}

const declared = declaredTables();

describe.each(DIALECTS)('src/db/schema.ts matches the migrated %s database', (dialect) => {
  let db: TestDb;
  let actual: Awaited<ReturnType<typeof actualTables>>;
  beforeAll(async () => {
    db = await freshDatabase(dialect);
    actual = await actualTables(db);
  });
  afterAll(() => db?.cleanup());

  it('declares every table the migrations create, and no other', () => {
    expect(Object.keys(declared).sort()).toEqual(Object.keys(actual).sort());
  });

  it('declares every column with its nullability and kind of value', () => {
    const mismatches: string[] = [];
    for (const [table, columns] of Object.entries(actual)) {
      const mine = declared[table] ?? {};
      for (const name of new Set([...Object.keys(columns), ...Object.keys(mine)])) {
        const real = columns[name];
        const decl = mine[name];
        if (!real) mismatches.push(`${table}.${name}: declared in schema.ts, not in the database`);
        else if (!decl) mismatches.push(`${table}.${name}: in the database, not declared in schema.ts`);
        else {
          if (real.nullable !== decl.nullable)
            mismatches.push(
              `${table}.${name}: ${real.nullable ? 'nullable' : 'not null'} in the database, ${decl.nullable ? 'nullable' : 'not null'} in schema.ts`,
            );
          if (!real.kinds.includes(decl.kind))
            mismatches.push(`${table}.${name}: ${real.kinds.join('/')} in the database, ${decl.kind} in schema.ts`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
