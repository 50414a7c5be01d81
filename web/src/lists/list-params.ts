/**
 * The state of a server-paged list kept in the URL (issue 17): its filters, sort, direction and
 * the trail of keyset cursors that led to the current page (`pages`, comma-separated), so that
 * a refresh keeps the page and the browser's back button goes back through filters and pages.
 */
export interface ListState {
  filters: Record<string, string>;
  sort: string;
  dir: 'asc' | 'desc';
  /** The cursors of the pages before the current one (the last is the current page's `after`). */
  trail: string[];
}

export function readListState(
  params: URLSearchParams,
  filterKeys: readonly string[],
  defaults: { sort: string; dir: 'asc' | 'desc'; sorts: readonly string[] },
): ListState {
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  const dir = params.get('dir');
  return {
    filters,
    sort: sort && defaults.sorts.includes(sort) ? sort : defaults.sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : defaults.dir,
    trail: (params.get('pages') ?? '').split(',').filter((c) => /^[\w-]{1,400}$/.test(c)),
  };
}

/** The URL parameters of a state (defaults left out, so that a plain list keeps a plain URL). */
export function writeListState(state: ListState, defaults: { sort: string; dir: 'asc' | 'desc' }): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
  if (state.sort !== defaults.sort) params.set('sort', state.sort);
  if (state.dir !== defaults.dir) params.set('dir', state.dir);
  if (state.trail.length) params.set('pages', state.trail.join(','));
  return params;
}

/** The API query of the state: filters, sort, direction and the current page's cursor. */
export function apiQuery(state: ListState): Record<string, string> {
  const after = state.trail.at(-1);
  return { ...state.filters, sort: state.sort, dir: state.dir, ...(after ? { after } : {}) };
}
