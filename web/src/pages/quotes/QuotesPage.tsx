import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useQuotes } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { QUOTE_WRITERS, useCan } from '../../roles.ts';
import { QUOTE_STATUSES } from '../../types/quotes.ts';
import type { QuoteStatus } from '../../types/quotes.ts';
import { QuotesTable } from './QuotesTable.tsx';

/** Quotes of every client, filtered by status; sales start a new one from here. */
export function QuotesPage() {
  const { t } = useI18n();
  const canWrite = useCan(QUOTE_WRITERS);
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = (QUOTE_STATUSES as readonly string[]).includes(raw ?? '') ? (raw as QuoteStatus) : undefined;
  const quotes = useQuotes(status ? { status } : {});
  const items = quotes.data?.items ?? [];

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
        <Group mb="md">
          <NativeSelect
            label={t('quotes.filter.status')}
            value={status ?? ''}
            onChange={(event) => setParams(event.currentTarget.value ? { status: event.currentTarget.value } : {})}
            data={[
              { value: '', label: t('common.all') },
              ...QUOTE_STATUSES.map((value) => ({ value, label: t(`quote.status.${value}`) })),
            ]}
            data-testid="quotes-status-filter"
          />
        </Group>
        {quotes.isPending ? (
          <Loading />
        ) : quotes.isError ? (
          <ProblemAlert error={quotes.error} onRetry={() => void quotes.refetch()} testId="quotes-error" />
        ) : items.length === 0 ? (
          <Empty title={t('quotes.empty')} />
        ) : (
          <QuotesTable quotes={items} linkBase="/quotes" />
        )}
      </Paper>
    </Stack>
  );
}
