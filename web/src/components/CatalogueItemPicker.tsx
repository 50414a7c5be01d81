import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useCatalogue } from '../data/catalogue.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { CatalogueItem } from '../types/catalogue.ts';

/**
 * Picks a catalogue item by typing, as the client picker does: the server searches the active
 * items (name accent- and case-insensitive, SKU, manufacturer; ADR 0028) and answers the first 20
 * matches in French order, so any item of a catalogue of thousands can be picked. `fits` keeps the
 * items the line may take; `onPicked` gets the item itself (the editor prices with it).
 */
export function CatalogueItemPicker({
  value,
  current,
  fits,
  onPicked,
  label,
  error,
  testId,
}: {
  value: string;
  /** The item already on the line, when known (shown before anything is typed). */
  current: CatalogueItem | undefined;
  fits: (item: CatalogueItem) => boolean;
  onPicked: (item: CatalogueItem | undefined) => void;
  label: ReactNode;
  error?: ReactNode;
  testId: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 200);
  const list = useCatalogue({ active: 'true', limit: 20, ...(q ? { q } : {}) });
  const found = (list.data?.items ?? []).filter(fits);
  const options = current && !found.some((i) => i.id === current.id) ? [current, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={t('catalogue.picker.placeholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by what was typed (accents folded): show its answer as is.
      filter={({ options: all }) => all}
      value={value || null}
      onChange={(id) => onPicked(options.find((i) => i.id === id))}
      data={options.map((i) => ({ value: i.id, label: `${i.name} — ${i.sku}` }))}
      nothingFoundMessage={list.isFetching ? t('app.loading') : t('catalogue.picker.nothing')}
      error={error}
      style={{ flex: 1 }}
      data-testid={testId}
    />
  );
}
