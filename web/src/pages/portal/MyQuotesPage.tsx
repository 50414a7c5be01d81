import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useQuotes } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { QuotesTable } from '../quotes/QuotesTable.tsx';

/** Portal: the quotes ALLEO issued to the client's company. */
export function MyQuotesPage() {
  const { t } = useI18n();
  const quotes = useQuotes();
  const items = quotes.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.myQuotes')} subtitle={t('portal.quotes.subtitle')} />
      <Paper withBorder radius="md" p="md">
        {quotes.isPending ? (
          <Loading />
        ) : quotes.isError ? (
          <ProblemAlert error={quotes.error} onRetry={() => void quotes.refetch()} testId="my-quotes-error" />
        ) : items.length === 0 ? (
          <Empty title={t('portal.quotes.empty')} />
        ) : (
          <QuotesTable quotes={items} linkBase="/portal/quotes" showClient={false} testId="my-quotes-table" />
        )}
      </Paper>
    </Stack>
  );
}
