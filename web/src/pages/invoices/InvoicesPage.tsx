import { Button, Chip, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { ListFooter, ListSort } from '../../lists/ListControls.tsx';
import { useServerList } from '../../lists/useServerList.ts';
import { INVOICE_FILTERS } from '../../types/invoices.ts';
import type { InvoiceKind, InvoiceSummary } from '../../types/invoices.ts';
import { InvoiceListTotals } from './InvoiceListTotals.tsx';
import { InvoicesTable } from './InvoicesTable.tsx';

const KINDS: readonly InvoiceKind[] = ['invoice', 'credit-note'];
const SORTS = ['created', 'number', 'issueDate', 'dueDate', 'client', 'gross'] as const;
const FILTER_KEYS = ['filter', 'kind', 'clientId', 'contractId', 'q', 'dueFrom', 'dueTo', 'issuedFrom', 'issuedTo'];

/**
 * Invoices and credit notes of every client: state (chips), kind, search, due and issue dates,
 * sort; paged on the server, everything in the URL (the dashboard's links land here filtered).
 */
export function InvoicesPage() {
  const { t } = useI18n();
  const list = useServerList<InvoiceSummary>({
    path: '/api/invoices',
    filterKeys: FILTER_KEYS,
    sorts: SORTS,
    defaultSort: 'created',
  });
  const f = list.state.filters;
  const [search, setSearch] = useState(f.q ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  useEffect(() => {
    // Typing replaces the history entry (one back step leaves the search, not each letter).
    if (q !== (f.q ?? '')) list.setFilter('q', q, true);
  }, [q]);
  useEffect(() => setSearch(f.q ?? ''), [f.q]);
  const items = list.items;
  const date = (key: string, label: string) => (
    <TextInput
      type="date"
      label={label}
      value={f[key] ?? ''}
      onChange={(event) => list.setFilter(key, event.currentTarget.value)}
      data-testid={`invoices-${key}`}
      w={160}
    />
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('invoices.title')} subtitle={t('invoices.subtitle')} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Chip.Group
              multiple={false}
              value={f.filter ?? 'all'}
              onChange={(value) => list.setFilter('filter', value === 'all' ? '' : value)}
            >
              <Group gap="xs" data-testid="invoices-filters">
                <Chip value="all" variant="outline" wrapperProps={{ 'data-testid': 'invoices-filter-all' }}>
                  {t('common.all')}
                </Chip>
                {INVOICE_FILTERS.map((value) => (
                  <Chip
                    key={value}
                    value={value}
                    variant="outline"
                    wrapperProps={{ 'data-testid': `invoices-filter-${value}` }}
                  >
                    {t(`invoices.filter.${value}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <NativeSelect
              label={t('invoices.kind')}
              value={f.kind ?? ''}
              onChange={(event) => list.setFilter('kind', event.currentTarget.value)}
              data={[
                { value: '', label: t('invoices.kind.all') },
                ...KINDS.map((value) => ({ value, label: t(`invoices.kind.${value}`) })),
              ]}
              data-testid="invoices-kind-filter"
            />
          </Group>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('list.search')}
              placeholder={t('invoices.searchPlaceholder')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={260}
              data-testid="invoices-search"
            />
            {date('dueFrom', t('list.dueFrom'))}
            {date('dueTo', t('list.dueTo'))}
            {date('issuedFrom', t('list.issuedFrom'))}
            {date('issuedTo', t('list.issuedTo'))}
            <ListSort
              list={list}
              sorts={Object.fromEntries(SORTS.map((s) => [s, t(`invoices.sort.${s}`)]))}
              testId="invoices"
            />
            {Object.keys(f).length > 0 && (
              <Button variant="subtle" onClick={list.clear} data-testid="invoices-clear">
                {t('list.clearFilters')}
              </Button>
            )}
          </Group>
          {list.result.isPending ? (
            <Loading />
          ) : list.result.isError ? (
            <ProblemAlert
              error={list.result.error}
              onRetry={() => void list.result.refetch()}
              testId="invoices-error"
            />
          ) : items.length === 0 ? (
            <Empty title={t('invoices.empty')} testId="invoices-empty" />
          ) : (
            <>
              <InvoicesTable invoices={items} linkBase="/invoices" />
              <InvoiceListTotals invoices={items} />
            </>
          )}
          <ListFooter list={list} testId="invoices" />
        </Stack>
      </Paper>
    </Stack>
  );
}
