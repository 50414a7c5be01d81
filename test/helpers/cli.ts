/**
 * Runs the command line in a child process against a given database: the bundle the global setup
 * built from the same sources (see cli-bundle.ts), or `./bin/clausier` itself with `{ real: true }`.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dialect } from '../../src/db/database.ts';
import { adminQuery, PG_URL, testRunId } from './db.ts';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  env: Record<string, string>,
  input?: string,
  options: { real?: boolean } = {},
): Promise<CliResult> {
  const entry = options.real ? 'bin/clausier' : (process.env.CLAUSIER_TEST_CLI ?? 'bin/clausier');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** A database the CLI can open: a SQLite file, or a fresh PostgreSQL schema. */
export async function cliDatabase(
  dialect: Dialect,
): Promise<{ env: Record<string, string>; url: string; schema?: string; cleanup(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-cli-'));
    const url = `sqlite:${path.join(dir, 'db.sqlite')}`;
    return { env: { DATABASE_URL: url }, url, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `c_${testRunId()}_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  return { env: { DATABASE_URL: PG_URL, CLAUSIER_PG_SCHEMA: schema }, url: PG_URL, schema, cleanup: async () => {} }; // dropped by the global teardown (see test/global-setup.ts)
}
