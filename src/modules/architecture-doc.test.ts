/**
 * ARCHITECTURE.md's module table against the code: for every module, the tables its files write
 * (insertInto / updateTable / deleteFrom) and the modules whose index.ts it imports. The table
 * cannot silently go stale. And one owner per table: no table is written by two modules (the
 * others call the owner's functions through its index.ts), nor by the platform outside its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const modulesDir = path.join(root, 'src/modules');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

const TABLES = new Set(
  [
    ...read('src/db/schema.ts')
      .slice(read('src/db/schema.ts').indexOf('export interface Database {'))
      .matchAll(/^ {2}([a-z_]+): \w+;$/gm),
  ].map((m) => m[1]!),
);
const MODULES = fs
  .readdirSync(modulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** A Kysely write (insertInto / updateTable / deleteFrom) or a raw SQL one in a sql`…` template. */
const WRITE =
  /\b(?:insertInto|updateTable|deleteFrom)\(\s*'([a-z_]+)|sql`\s*(?:update|insert into|delete from)\s+([a-z_]+)/g;

/** The tables written by the TypeScript files under a folder of src/ (tests excluded). */
function writesUnder(folder: string): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
        for (const m of fs.readFileSync(full, 'utf8').matchAll(WRITE)) out.add(m[1] ?? m[2]!);
    }
  };
  walk(path.join(root, 'src', folder));
  return out;
}

/** What the code of a module writes and calls. */
function fromCode(module: string): { writes: string[]; calls: string[] } {
  const dir = path.join(modulesDir, module);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const writes = new Set<string>();
  const calls = new Set<string>();
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(WRITE)) writes.add(m[1] ?? m[2]!);
    for (const m of text.matchAll(/from '\.\.\/([a-z-]+)\/index\.ts'/g)) calls.add(m[1]!);
  }
  return { writes: [...writes].sort(), calls: [...calls].sort() };
}

/** The module table of ARCHITECTURE.md: module → backticked tables of "writes", backticked modules of "calls". */
function fromDoc(): Map<string, { writes: string[]; calls: string[] }> {
  const text = read('ARCHITECTURE.md');
  const out = new Map<string, { writes: string[]; calls: string[] }>();
  const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | `module` | what it does | writes | calls | shared services |
    if (cells.length !== 7 || !/^`[a-z-]+`$/.test(cells[1]!)) continue;
    const module = cells[1]!.slice(1, -1);
    out.set(module, {
      writes: [...new Set(ticks(cells[3]!).filter((t) => TABLES.has(t)))].sort(),
      calls: [...new Set(ticks(cells[4]!).filter((t) => MODULES.includes(t)))].sort(),
    });
  }
  return out;
}

describe('ARCHITECTURE.md module table', () => {
  const doc = fromDoc();
  it('lists every module of src/modules, and only them', () => {
    expect([...doc.keys()].sort()).toEqual(MODULES);
  });
  it.each(MODULES)('%s: the tables it writes and the modules it calls are those of its code', (module) => {
    expect(doc.get(module)).toEqual(fromCode(module));
  });
});

describe('one owner per table', () => {
  const writers = new Map<string, string[]>();
  for (const module of MODULES)
    for (const table of fromCode(module).writes) writers.set(table, [...(writers.get(table) ?? []), module]);

  it('finds the writes it checks (the scan itself works)', () => {
    expect(writers.get('invoices')).toEqual(['invoices']);
    expect(TABLES.size).toBeGreaterThan(40);
  });

  it('no table is written by two modules', () => {
    const shared = [...writers]
      .filter(([, modules]) => modules.length > 1)
      .map(([table, modules]) => `${table}: ${modules.join(', ')}`);
    expect(shared).toEqual([]);
  });

  // The platform (evidence log, sweep, outbox, idempotency keys) owns its own tables; migrations
  // (src/db) and the demo seed (src/seed, played through the use cases where it can) are exempt.
  it.each([
    ['evidence', ['evidence_documents', 'evidence_entries', 'evidence_heads']],
    ['sweep', ['sweep_leases', 'sweep_runs']],
    ['mail', ['outbox_messages']],
    ['http', ['idempotency_keys']],
    ['cli', []],
    ['documents', []],
    ['einvoice', []],
    ['kernel', []],
    ['rules', []],
    ['terms', []],
  ] as const)('src/%s writes only its own tables', (folder, own) => {
    if (!fs.existsSync(path.join(root, 'src', folder))) return;
    expect([...writesUnder(folder)].filter((t) => !(own as readonly string[]).includes(t))).toEqual([]);
    for (const table of own) expect(writers.get(table), `${table} is the platform's`).toBeUndefined();
  });
});
