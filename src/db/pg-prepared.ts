/**
 * Named (prepared) statements on PostgreSQL (issue #19, ADR 0035). Kysely sends every query as an
 * unnamed statement, so PostgreSQL parses and analyses its text on every execution. The app has a
 * finite set of query texts: naming each text (by its hash) lets every pooled connection parse it
 * once and then only bind and execute it — less server CPU per statement, and one fewer protocol
 * message. Values still travel as parameters; plans stay per execution where PostgreSQL judges a
 * custom plan better (its default plan_cache_mode).
 *
 * Bounded: a connection names at most MAX_NAMED_PER_CONNECTION texts (queries whose text varies,
 * like `in (…)` lists of varying length, would otherwise grow the session's statement cache);
 * beyond that a text runs unnamed, as before.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';

const MAX_NAMED_PER_CONNECTION = 2_000;
const PREPARED = Symbol('clausier.prepared');

type PreparedClient = pg.PoolClient & { [PREPARED]?: Set<string> };

const names = new Map<string, string>();
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `q${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    if (names.size < 50_000) names.set(text, name);
  }
  return name;
}

/** Makes `client.query(text, values)` run `text` as a named statement (idempotent per client). */
function prepareQueries(client: PreparedClient): PreparedClient {
  if (client[PREPARED]) return client;
  const named = new Set<string>();
  client[PREPARED] = named;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (first: unknown, values?: unknown, callback?: unknown) => {
    if (typeof first === 'string' && Array.isArray(values) && callback === undefined) {
      const name = nameOf(first);
      if (named.has(name) || named.size < MAX_NAMED_PER_CONNECTION) {
        named.add(name);
        return query({ name, text: first, values });
      }
    }
    return query(first, values, callback);
  };
  return client;
}

/** The pool, handing out clients whose queries are named statements. */
export function withPreparedStatements(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  (pool as { connect: unknown }).connect = async () => prepareQueries((await connect()) as PreparedClient);
  return pool;
}
