import { decodeCursor, encodeCursor } from './cursor.ts';
import { AppError } from './errors.ts';
import { EXPORT_MAX_ROWS } from './list-query.ts';

/**
 * The steps every keyset-paged list repeats (issue 17): read the `after` cursor (a forged one is a
 * 400 naming the field), cut the page from a query that asked one row more than the limit, and
 * walk every page for an export.
 */

/** The (sort value, id) of the `after` cursor, null without one; a forged cursor is refused. */
export function readAfter(after: string | undefined): readonly [string, string] | null {
  if (after === undefined) return null;
  const values = decodeCursor(after, 2);
  if (values === null)
    throw new AppError('request.invalid', {
      errors: [{ path: 'querystring.after', message: 'not a cursor of this list', fr: 'curseur invalide' }],
    });
  return [values[0]!, values[1]!];
}

/** A row of a keyset query: its id and the value of its sort column (`sort_value`). */
export interface KeysetRow {
  id: string;
  sort_value: unknown;
}

/**
 * One page from the rows of a keyset query asked with `limit + 1` (the extra row tells that a
 * next page exists): the page's items and the cursor of the next page (null on the last).
 */
export function keysetResult<R extends { id: string }, T>(
  rows: readonly R[],
  limit: number,
  sortValue: (row: R) => string,
  toItem: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor([sortValue(last), last.id]) : null,
  };
}

/** {@link keysetResult} for rows that carry their sort value as `sort_value`. */
export function cutPage<R extends KeysetRow, T>(rows: readonly R[], limit: number, map: (row: R) => T) {
  return keysetResult(rows, limit, (row) => String(row.sort_value ?? ''), map);
}

/** Every row of a filtered list, page after page (the export), at most EXPORT_MAX_ROWS. */
export async function everyPage<T>(
  pageAfter: (after: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  do {
    const page = await pageAfter(after);
    out.push(...page.items);
    after = page.nextCursor ?? undefined;
  } while (after && out.length < EXPORT_MAX_ROWS);
  return out.slice(0, EXPORT_MAX_ROWS);
}
