import { useState } from 'react';
import { Button, Group, NativeSelect, Pagination, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useClientList } from '../../data/clients.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { CLIENT_WRITERS, useCan } from '../../roles.ts';
import { FINANCIAL_STATUSES } from '../../types/clients.ts';
import type { FinancialStatus } from '../../types/clients.ts';
import { ClientFormModal } from './ClientFormModal.tsx';
import { ClientsTable } from './ClientsTable.tsx';

const PAGE = 50;

/** Clients: search by name, SIREN or SIRET, filter by financial status, create. */
export function ClientsPage() {
  const { t } = useI18n();
  const canWrite = useCan(CLIENT_WRITERS);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [status, setStatus] = useState<FinancialStatus | ''>('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useClientList({
    q: q || undefined,
    financialStatus: status || undefined,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  });
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

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
        <Group mb="md" align="flex-end">
          <TextInput
            label={t('clients.search')}
            placeholder={t('clients.searchPlaceholder')}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            w={320}
            data-testid="clients-search"
          />
          <NativeSelect
            label={t('client.financialStatus')}
            value={status}
            onChange={(event) => {
              setStatus(event.currentTarget.value as FinancialStatus | '');
              setPage(1);
            }}
            data={[
              { value: '', label: t('common.all') },
              ...FINANCIAL_STATUSES.map((value) => ({ value, label: t(`client.financial.${value}`) })),
            ]}
            data-testid="clients-status-filter"
          />
          <Text size="sm" c="dimmed" ml="auto" data-testid="clients-total">
            {t('clients.total', { total })}
          </Text>
        </Group>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => void list.refetch()} testId="clients-error" />
        ) : (
          <ClientsTable clients={items} />
        )}
        {total > PAGE && (
          <Pagination
            mt="md"
            total={Math.ceil(total / PAGE)}
            value={page}
            onChange={setPage}
            data-testid="clients-pages"
          />
        )}
      </Paper>
      <ClientFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
