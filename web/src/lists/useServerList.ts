import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { queryString } from '../data/query-string.ts';
import { useI18n } from '../i18n/i18n.ts';
import { apiQuery, readListState, writeListState, type ListState } from './list-params.ts';

export interface ServerListOptions {
  /** The list's API path (`/api/invoices`); its export is `<path>/export` unless `exportPath` says otherwise. */
  path: string;
  exportPath?: string;
  /** The URL parameters that are filters of the list (passed to the API as they are). */
  filterKeys: readonly string[];
  sorts: readonly string[];
  defaultSort: string;
  defaultDir?: 'asc' | 'desc';
  pageSize?: number;
  /**
   * The start of the query's cache key (default: the path): the key the list's mutations already
   * invalidate (`['payments']`…), so that a change made on the screen reloads the page shown.
   */
  queryKey?: readonly string[];
}

/**
 * A list paged on the server with a keyset cursor, its filters, sort and page kept in the URL
 * (refresh and back keep them), and the links of its CSV and XLSX exports of what is filtered.
 * Each list page uses it instead of re-implementing paging (issue 17).
 */
export function useServerList<T>(o: ServerListOptions) {
  const [params, setParams] = useSearchParams();
  const { lang } = useI18n();
  const defaults = useMemo(
    () => ({ sort: o.defaultSort, dir: o.defaultDir ?? 'desc', sorts: o.sorts }) as const,
    [o.defaultSort, o.defaultDir, o.sorts],
  );
  const state = readListState(params, o.filterKeys, defaults);
  const query = apiQuery(state);
  const limit = o.pageSize ?? 50;
  const result = useQuery({
    queryKey: [...(o.queryKey ?? [o.path]), 'page', query, limit],
    queryFn: () => api.get<{ items: T[]; nextCursor: string | null }>(`${o.path}${queryString({ ...query, limit })}`),
    placeholderData: keepPreviousData,
  });

  // The state last asked for: two changes made before the page redraws (the sort, then its
  // direction) must build on each other, not both on the URL of the last render.
  const latest = useRef(state);
  latest.current = state;
  const go = useCallback(
    (next: ListState, replace = false) => {
      latest.current = next;
      setParams(writeListState(next, defaults), { replace });
    },
    [setParams, defaults],
  );
  /** Sets one filter (empty: removes it) and goes back to the first page. `replace` for typing. */
  const setFilter = (key: string, value: string, replace = false) =>
    go({ ...state, filters: { ...state.filters, [key]: value }, trail: [] }, replace);
  /** Changes the sort column and/or its direction, keeping the other as last asked. */
  const setSort = (change: { sort?: string; dir?: 'asc' | 'desc' }) => go({ ...latest.current, ...change, trail: [] });
  const nextCursor = result.data?.nextCursor ?? null;
  const exportParams = { ...state.filters, sort: state.sort, dir: state.dir, lang };

  return {
    state,
    items: result.data?.items ?? [],
    result,
    page: state.trail.length + 1,
    setFilter,
    setSort,
    clear: () => go({ filters: {}, sort: defaults.sort, dir: defaults.dir, trail: [] }),
    hasNext: nextCursor !== null,
    next: () => nextCursor && go({ ...state, trail: [...state.trail, nextCursor] }),
    hasPrevious: state.trail.length > 0,
    previous: () => go({ ...state, trail: state.trail.slice(0, -1) }),
    exportHref: (format: 'csv' | 'xlsx') =>
      `${o.exportPath ?? `${o.path}/export`}${queryString({ ...exportParams, format })}`,
  };
}

export type ServerList = ReturnType<typeof useServerList>;
