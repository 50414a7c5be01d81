import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';

/** A sortable column of a list: its SQL expression (nulls folded to a value) and how the cursor stores it. */
export interface SortColumn {
  expr: RawBuilder<unknown>;
  numeric?: boolean;
}

/** A column sorted with its nulls first (text: '' ; numbers: 0), so that keyset comparisons stay total. */
export function textSort(column: string): SortColumn {
  return { expr: sql`coalesce(${sql.ref(column)}, '')` };
}
export function numberSort(column: string): SortColumn {
  return { expr: sql`coalesce(${sql.ref(column)}, 0)`, numeric: true };
}

/**
 * Keyset paging (no OFFSET: page 1,000 costs what page 1 costs): rows after the cursor's
 * (value, id) in the order (column dir, id dir), ordered that way. The id breaks ties so that no
 * row is skipped or repeated between pages.
 */
export function keysetPage<QB extends SelectQueryBuilder<any, any, any>>(
  qb: QB,
  o: {
    column: SortColumn;
    idColumn: string;
    dir: 'asc' | 'desc';
    after: readonly [string, string] | null;
    limit: number;
  },
): QB {
  const op = sql.raw(o.dir === 'asc' ? '>' : '<');
  let q = qb;
  if (o.after) {
    const value = o.column.numeric ? Number(o.after[0]) : o.after[0];
    q = q.where(
      sql<boolean>`(${o.column.expr} ${op} ${value} or (${o.column.expr} = ${value} and ${sql.ref(o.idColumn)} ${op} ${o.after[1]}))`,
    ) as QB;
  }
  return q.orderBy(o.column.expr, o.dir).orderBy(sql.ref(o.idColumn), o.dir).limit(o.limit) as QB;
}
