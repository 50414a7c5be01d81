import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { ListFooter, ListSort } from '../../lists/ListControls.tsx';
import { ListSearch } from '../../lists/ListSearch.tsx';
import { useServerList } from '../../lists/useServerList.ts';
import { CLIENT_WRITERS, useCan } from '../../roles.ts';
import { FINANCIAL_STATUSES } from '../../types/clients.ts';
import type { ClientRow } from '../../types/clients.ts';
import { ClientFormModal } from './ClientFormModal.tsx';
import { ClientsTable } from './ClientsTable.tsx';

const SORTS = ['name', 'siren', 'city', 'created'] as const;
const FILTER_KEYS = ['q', 'financialStatus'];

/**
 * Clients: search by name, SIREN or SIRET, filter by financial status, sort, create; paged on
 * the server, everything in the URL.
 */
export function ClientsPage() {
  const { t } = useI18n();
  const canWrite = useCan(CLIENT_WRITERS);
  const [creating, setCreating] = useState(false);
  const list = useServerList<ClientRow>({
    path: '/api/clients',
    filterKeys: FILTER_KEYS,
    sorts: SORTS,
    defaultSort: 'name',
    defaultDir: 'asc',
  });
  const f = list.state.filters;
  const total = (list.result.data as { total?: number } | undefined)?.total ?? 0;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('clients.title')}
        subtitle={t('clients.subtitle')}
        actions={
          canWrite && (
            <Button onClick={() => setCreating(true)} data-testid="clients-new">
              {t('clients.new')}
            </Button>
          )
        }
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group align="flex-end" wrap="wrap">
            <ListSearch
              list={list}
              label={t('clients.search')}
              placeholder={t('clients.searchPlaceholder')}
              testId="clients-search"
            />
            <NativeSelect
              label={t('client.financialStatus')}
              value={f.financialStatus ?? ''}
              onChange={(event) => list.setFilter('financialStatus', event.currentTarget.value)}
              data={[
                { value: '', label: t('common.all') },
                ...FINANCIAL_STATUSES.map((value) => ({ value, label: t(`client.financial.${value}`) })),
              ]}
              data-testid="clients-status-filter"
            />
            <ListSort
              list={list}
              sorts={Object.fromEntries(SORTS.map((s) => [s, t(`clients.sort.${s}`)]))}
              testId="clients"
            />
            {Object.keys(f).length > 0 && (
              <Button variant="subtle" onClick={list.clear} data-testid="clients-clear">
                {t('list.clearFilters')}
              </Button>
            )}
            <Text size="sm" c="dimmed" ml="auto" data-testid="clients-total">
              {t('clients.total', { total })}
            </Text>
          </Group>
          {list.result.isPending ? (
            <Loading />
          ) : list.result.isError ? (
            <ProblemAlert error={list.result.error} onRetry={() => void list.result.refetch()} testId="clients-error" />
          ) : (
            <ClientsTable clients={list.items} />
          )}
          <ListFooter list={list} testId="clients" />
        </Stack>
      </Paper>
      <ClientFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
