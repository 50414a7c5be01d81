import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useClient, useClientList } from '../data/clients.ts';
import { useI18n } from '../i18n/i18n.ts';

export interface PickedClient {
  id: string;
  legalName: string;
  city: string;
  paymentMethod?: string | null;
}

/**
 * Picks a client by typing: the server searches (accent- and case-insensitive, name or SIREN,
 * ADR 0028) and answers the first 20 matches, so any of thousands of clients can be picked.
 * `onPicked` also gets the client itself (its payment method, its name).
 */
export function ClientPicker({
  value,
  onChange,
  label,
  error,
  testId,
  required = false,
  onPicked,
}: {
  value: string;
  onChange: (id: string) => void;
  label?: ReactNode;
  error?: ReactNode;
  testId: string;
  required?: boolean;
  onPicked?: (client: PickedClient | null) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 200);
  const selected = useClient(value || undefined);
  const list = useClientList({ limit: 20, ...(q ? { q } : {}) });
  const options = (list.data?.items ?? []).filter((c) => !c.anonymised);
  const detail = selected.data;
  const current = detail
    ? {
        id: detail.id,
        legalName: detail.legalName,
        city: detail.billingAddress.city,
        paymentMethod: detail.paymentMethod,
      }
    : undefined;
  const label0 = (c: { legalName: string; city: string }) => `${c.legalName} — ${c.city}`;
  // A client given from the start (?clientId=) is known once its detail arrives.
  const currentId = current?.id;
  useEffect(() => {
    if (current && currentId === value) onPicked?.(current);
  }, [currentId]);
  const data = [
    ...(current && !options.some((c) => c.id === current.id) ? [{ value: current.id, label: label0(current) }] : []),
    ...options.map((c) => ({ value: c.id, label: label0(c) })),
  ];
  return (
    <Select
      label={label ?? t('quote.col.client')}
      placeholder={t('editor.clientPlaceholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by what was typed (accents folded): show its answer as is.
      filter={({ options: all }) => all}
      value={value || null}
      onChange={(id) => {
        onChange(id ?? '');
        const found = options.find((c) => c.id === id);
        const picked = found
          ? { id: found.id, legalName: found.legalName, city: found.city, paymentMethod: found.paymentMethod }
          : current?.id === id
            ? current
            : null;
        onPicked?.(picked ?? null);
      }}
      data={data}
      nothingFoundMessage={list.isFetching ? t('app.loading') : t('editor.noClient')}
      error={error}
      withAsterisk={required}
      data-testid={testId}
    />
  );
}
