import { Chip, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useInvoices } from '../../data/invoices.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { INVOICE_FILTERS } from '../../types/invoices.ts';
import type { InvoiceFilter, InvoiceKind } from '../../types/invoices.ts';
import { InvoiceListTotals } from './InvoiceListTotals.tsx';
import { InvoicesTable } from './InvoicesTable.tsx';

const KINDS: readonly InvoiceKind[] = ['invoice', 'credit-note'];

/** Invoices and credit notes of every client, by state (chips) and kind, with the totals of the list. */
export function InvoicesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const rawFilter = params.get('filter') ?? '';
  const filter = (INVOICE_FILTERS as readonly string[]).includes(rawFilter) ? (rawFilter as InvoiceFilter) : undefined;
  const rawKind = params.get('kind') ?? '';
  const kind = (KINDS as readonly string[]).includes(rawKind) ? (rawKind as InvoiceKind) : undefined;
  const clientId = params.get('clientId') ?? undefined;
  const invoices = useInvoices({
    ...(filter ? { filter } : {}),
    ...(kind ? { kind } : {}),
    ...(clientId ? { clientId } : {}),
  });
  const items = invoices.data?.items ?? [];

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <Stack gap="md">
      <PageHeader title={t('invoices.title')} subtitle={t('invoices.subtitle')} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Chip.Group
              multiple={false}
              value={filter ?? 'all'}
              onChange={(value) => update('filter', value === 'all' ? '' : value)}
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
              value={kind ?? ''}
              onChange={(event) => update('kind', event.currentTarget.value)}
              data={[
                { value: '', label: t('invoices.kind.all') },
                ...KINDS.map((value) => ({ value, label: t(`invoices.kind.${value}`) })),
              ]}
              data-testid="invoices-kind-filter"
            />
          </Group>
          {invoices.isPending ? (
            <Loading />
          ) : invoices.isError ? (
            <ProblemAlert error={invoices.error} onRetry={() => void invoices.refetch()} testId="invoices-error" />
          ) : items.length === 0 ? (
            <Empty title={t('invoices.empty')} testId="invoices-empty" />
          ) : (
            <>
              <InvoicesTable invoices={items} linkBase="/invoices" />
              <InvoiceListTotals invoices={items} />
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
