import { describe, expect, it } from 'vitest';
import { apiQuery, readListState, writeListState } from './list-params.ts';

const defaults = { sort: 'created', dir: 'desc' as const, sorts: ['created', 'number'] };

describe('list state in the URL', () => {
  it('reads filters, sort and the cursor trail, ignoring unknown sorts and junk cursors', () => {
    const s = readListState(
      new URLSearchParams('filter=overdue&clientId=c1&sort=number&dir=asc&pages=abc,d_e-f,bad%20one&other=x'),
      ['filter', 'clientId', 'q'],
      defaults,
    );
    expect(s).toEqual({
      filters: { filter: 'overdue', clientId: 'c1' },
      sort: 'number',
      dir: 'asc',
      trail: ['abc', 'd_e-f'],
    });
    expect(apiQuery(s)).toEqual({ filter: 'overdue', clientId: 'c1', sort: 'number', dir: 'asc', after: 'd_e-f' });
    expect(readListState(new URLSearchParams('sort=secret'), [], defaults).sort).toBe('created');
  });

  it('writes back only what differs from the defaults (round trip)', () => {
    const s = { filters: { q: 'lefèvre' }, sort: 'created', dir: 'desc' as const, trail: ['c1'] };
    const p = writeListState(s, defaults);
    expect(p.toString()).toBe('q=lef%C3%A8vre&pages=c1');
    expect(readListState(p, ['q'], defaults)).toEqual(s);
  });
});
