import { Button, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { ListFooter, ListSort } from '../../lists/ListControls.tsx';
import { ListSearch } from '../../lists/ListSearch.tsx';
import { useServerList } from '../../lists/useServerList.ts';
import { QUOTE_WRITERS, useCan } from '../../roles.ts';
import { QUOTE_STATUSES } from '../../types/quotes.ts';
import type { QuoteSummary } from '../../types/quotes.ts';
import { QuotesTable } from './QuotesTable.tsx';

const SORTS = ['updated', 'number', 'client', 'issueDate', 'expiresOn', 'gross', 'status'] as const;
const AWAITING = ['acknowledgement', 'lessor'] as const;
const FILTER_KEYS = ['status', 'clientId', 'q', 'expiresFrom', 'expiresTo', 'awaiting'];

/**
 * Quotes of every client: status, search, expiry dates, what an accepted quote awaits, sort;
 * paged on the server, everything in the URL (the dashboard's links land here filtered).
 */
export function QuotesPage() {
  const { t } = useI18n();
  const canWrite = useCan(QUOTE_WRITERS);
  const list = useServerList<QuoteSummary>({
    path: '/api/quotes',
    filterKeys: FILTER_KEYS,
    sorts: SORTS,
    defaultSort: 'updated',
  });
  const f = list.state.filters;
  const date = (key: string, label: string) => (
    <TextInput
      type="date"
      label={label}
      value={f[key] ?? ''}
      onChange={(event) => list.setFilter(key, event.currentTarget.value)}
      data-testid={`quotes-${key}`}
      w={160}
    />
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('quotes.title')}
        subtitle={t('quotes.subtitle')}
        actions={
          canWrite && (
            <Button component={Link} to="/quotes/new" data-testid="quotes-new">
              {t('quotes.new')}
            </Button>
          )
        }
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group align="flex-end" wrap="wrap">
            <ListSearch list={list} placeholder={t('quotes.searchPlaceholder')} testId="quotes-search" />
            <NativeSelect
              label={t('quotes.filter.status')}
              value={f.status ?? ''}
              onChange={(event) => list.setFilter('status', event.currentTarget.value)}
              data={[
                { value: '', label: t('common.all') },
                ...QUOTE_STATUSES.map((value) => ({ value, label: t(`quote.status.${value}`) })),
              ]}
              data-testid="quotes-status-filter"
            />
            <NativeSelect
              label={t('quotes.awaiting')}
              value={f.awaiting ?? ''}
              onChange={(event) => list.setFilter('awaiting', event.currentTarget.value)}
              data={[
                { value: '', label: t('quotes.awaiting.all') },
                ...AWAITING.map((value) => ({ value, label: t(`quotes.awaiting.${value}`) })),
              ]}
              data-testid="quotes-awaiting-filter"
            />
            {date('expiresFrom', t('quotes.expiresFrom'))}
            {date('expiresTo', t('quotes.expiresTo'))}
            <ListSort
              list={list}
              sorts={Object.fromEntries(SORTS.map((s) => [s, t(`quotes.sort.${s}`)]))}
              testId="quotes"
            />
            {Object.keys(f).length > 0 && (
              <Button variant="subtle" onClick={list.clear} data-testid="quotes-clear">
                {t('list.clearFilters')}
              </Button>
            )}
          </Group>
          {list.result.isPending ? (
            <Loading />
          ) : list.result.isError ? (
            <ProblemAlert error={list.result.error} onRetry={() => void list.result.refetch()} testId="quotes-error" />
          ) : list.items.length === 0 ? (
            <Empty title={t('quotes.empty')} testId="quotes-empty" />
          ) : (
            <QuotesTable quotes={list.items} linkBase="/quotes" />
          )}
          <ListFooter list={list} testId="quotes" />
        </Stack>
      </Paper>
    </Stack>
  );
}
