import { z } from 'zod';

/**
 * The shared query of the lists that page on the server (issue 17): sort key, direction, keyset
 * cursor and page size; and the export query (format, language of the headers). Each list adds
 * its own filters to these.
 */
export function listPaging<const K extends readonly [string, ...string[]]>(sortKeys: K, defaultSort: K[number]) {
  return {
    sort: z.enum(sortKeys).default(defaultSort),
    dir: z.enum(['asc', 'desc']).default('desc'),
    /** The `nextCursor` of the previous page. */
    after: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  };
}

export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const exportFields = {
  format: ExportFormat.default('csv'),
  /** Language of the column headers and the values' labels. */
  lang: z.enum(['fr', 'en']).default('fr'),
};

/** The most rows one export carries (a list filtered down further is the answer beyond it). */
export const EXPORT_MAX_ROWS = 100_000;
