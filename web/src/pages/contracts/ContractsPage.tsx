import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { ListFooter, ListSort } from '../../lists/ListControls.tsx';
import { ListSearch } from '../../lists/ListSearch.tsx';
import { useServerList } from '../../lists/useServerList.ts';
import type { ContractSummary } from '../../types/contracts.ts';
import { ContractsTable } from './ContractsTable.tsx';

const SORTS = ['formed', 'number', 'client', 'effectiveDate', 'status'] as const;
const STATUSES = ['active', 'suspended', 'terminated', 'cancelled', 'ended'] as const;
const FILTER_KEYS = ['status', 'clientId', 'q'];

/**
 * Contracts formed by order acknowledgements (art. 3.2): search, status, sort; paged on the
 * server, everything in the URL.
 */
export function ContractsPage() {
  const { t } = useI18n();
  const list = useServerList<ContractSummary>({
    path: '/api/contracts',
    filterKeys: FILTER_KEYS,
    sorts: SORTS,
    defaultSort: 'formed',
  });
  const f = list.state.filters;
  return (
    <Stack gap="md">
      <PageHeader title={t('contracts.title')} subtitle={t('contracts.subtitle')} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group align="flex-end" wrap="wrap">
            <ListSearch list={list} placeholder={t('contracts.searchPlaceholder')} testId="contracts-search" />
            <NativeSelect
              label={t('contracts.filter.status')}
              value={f.status ?? ''}
              onChange={(event) => list.setFilter('status', event.currentTarget.value)}
              data={[
                { value: '', label: t('common.all') },
                ...STATUSES.map((value) => ({ value, label: t(`contract.status.${value}`) })),
              ]}
              data-testid="contracts-status-filter"
            />
            <ListSort
              list={list}
              sorts={Object.fromEntries(SORTS.map((s) => [s, t(`contracts.sort.${s}`)]))}
              testId="contracts"
            />
            {Object.keys(f).length > 0 && (
              <Button variant="subtle" onClick={list.clear} data-testid="contracts-clear">
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
              testId="contracts-error"
            />
          ) : list.items.length === 0 ? (
            <Empty title={t('contracts.empty')} testId="contracts-empty" />
          ) : (
            <ContractsTable contracts={list.items} linkBase="/contracts" />
          )}
          <ListFooter list={list} testId="contracts" />
        </Stack>
      </Paper>
    </Stack>
  );
}
