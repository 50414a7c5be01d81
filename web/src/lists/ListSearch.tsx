import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.ts';
import type { ServerList } from './useServerList.ts';

/**
 * The search box of a server list, kept in the URL as `q`: typing waits a moment and replaces the
 * history entry (one back step leaves the search, not each letter); back and forward refill it.
 */
export function ListSearch({
  list,
  placeholder,
  label,
  testId,
}: {
  list: ServerList;
  placeholder: string;
  label?: string;
  testId: string;
}) {
  const { t } = useI18n();
  const current = list.state.filters.q ?? '';
  const [search, setSearch] = useState(current);
  const [q] = useDebouncedValue(search.trim(), 300);
  useEffect(() => {
    if (q !== current) list.setFilter('q', q, true);
  }, [q]);
  useEffect(() => setSearch(current), [current]);
  return (
    <TextInput
      label={label ?? t('list.search')}
      placeholder={placeholder}
      value={search}
      onChange={(event) => setSearch(event.currentTarget.value)}
      w={260}
      data-testid={testId}
    />
  );
}

/** A date filter of a server list (inclusive bound), kept in the URL under `name`. */
export function ListDate({
  list,
  name,
  label,
  testId,
}: {
  list: ServerList;
  name: string;
  label: string;
  testId: string;
}) {
  return (
    <TextInput
      type="date"
      label={label}
      value={list.state.filters[name] ?? ''}
      onChange={(event) => list.setFilter(name, event.currentTarget.value)}
      data-testid={testId}
      w={160}
    />
  );
}
