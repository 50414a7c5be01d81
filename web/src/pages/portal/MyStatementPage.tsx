import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useStatement } from '../../data/payments.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { StatementView } from '../statements/StatementView.tsx';

/** Portal: the client's own account statement (relevé de compte) and its PDF. */
export function MyStatementPage() {
  const { t } = useI18n();
  const statement = useStatement(null);
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.myStatement')} subtitle={t('portal.statement.subtitle')} />
      <Paper withBorder radius="md" p="md">
        {statement.isPending ? (
          <Loading />
        ) : statement.isError ? (
          <ProblemAlert error={statement.error} onRetry={() => void statement.refetch()} testId="my-statement-error" />
        ) : (
          <StatementView statement={statement.data} portal />
        )}
      </Paper>
    </Stack>
  );
}
