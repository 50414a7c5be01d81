import { Group, Paper, Text } from '@mantine/core';
import { formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { InvoiceSummary } from '../../types/invoices.ts';
import { listTotals } from './invoice-totals.ts';

function Figure({
  label,
  cents,
  testId,
  strong = false,
}: {
  label: string;
  cents: number;
  testId: string;
  strong?: boolean;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'md'} fw={strong ? 700 : 600} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {formatEur(cents)}
      </Text>
    </div>
  );
}

/** Totals of the listed invoices: excl. VAT, incl. VAT (credit notes deducted), and still open. */
export function InvoiceListTotals({
  invoices,
  testId = 'invoices-totals',
}: {
  invoices: readonly InvoiceSummary[];
  testId?: string;
}) {
  const { t } = useI18n();
  const totals = listTotals(invoices);
  return (
    <Paper bg="gray.0" radius="sm" p="sm" data-testid={testId}>
      <Group gap="xl" justify="flex-end" wrap="wrap">
        <Text size="sm" c="dimmed" mr="auto">
          {t('invoices.totals.count', { count: totals.count })}
        </Text>
        <Figure label={t('invoices.totals.net')} cents={totals.netCents} testId={`${testId}-net`} />
        <Figure label={t('invoices.totals.gross')} cents={totals.grossCents} testId={`${testId}-gross`} />
        <Figure label={t('invoices.totals.open')} cents={totals.openCents} testId={`${testId}-open`} strong />
      </Group>
    </Paper>
  );
}
