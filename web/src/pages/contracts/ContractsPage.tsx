import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useContracts } from '../../data/contracts.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ContractsTable } from './ContractsTable.tsx';

/** Contracts formed by order acknowledgements (art. 3.2). */
export function ContractsPage() {
  const { t } = useI18n();
  const contracts = useContracts();
  const items = contracts.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader title={t('contracts.title')} subtitle={t('contracts.subtitle')} />
      <Paper withBorder radius="md" p="md">
        {contracts.isPending ? (
          <Loading />
        ) : contracts.isError ? (
          <ProblemAlert error={contracts.error} onRetry={() => void contracts.refetch()} testId="contracts-error" />
        ) : items.length === 0 ? (
          <Empty title={t('contracts.empty')} />
        ) : (
          <ContractsTable contracts={items} linkBase="/contracts" />
        )}
      </Paper>
    </Stack>
  );
}
