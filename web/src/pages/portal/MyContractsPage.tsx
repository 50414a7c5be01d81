import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useContracts } from '../../data/contracts.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ContractsTable } from '../contracts/ContractsTable.tsx';

/** Portal: the client's contracts and their order acknowledgements. */
export function MyContractsPage() {
  const { t } = useI18n();
  const contracts = useContracts();
  const items = contracts.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.myContracts')} subtitle={t('portal.contracts.subtitle')} />
      <Paper withBorder radius="md" p="md">
        {contracts.isPending ? (
          <Loading />
        ) : contracts.isError ? (
          <ProblemAlert error={contracts.error} onRetry={() => void contracts.refetch()} testId="my-contracts-error" />
        ) : items.length === 0 ? (
          <Empty title={t('portal.contracts.empty')} />
        ) : (
          <ContractsTable
            contracts={items}
            linkBase="/portal/contracts"
            showClient={false}
            testId="my-contracts-table"
          />
        )}
      </Paper>
    </Stack>
  );
}
