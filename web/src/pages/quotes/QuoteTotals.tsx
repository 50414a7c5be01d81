import { Divider, Group, Stack, Text } from '@mantine/core';
import { formatEur, formatPercent } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Totals } from '../../types/quotes.ts';

function Row({
  label,
  value,
  testId,
  strong = false,
}: {
  label: string;
  value: string;
  testId: string;
  strong?: boolean;
}) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Text size="sm" fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 500} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </Group>
  );
}

/** Totals excl. VAT, VAT per rate (EN 16931), incl. VAT, and the monthly rent of the rentals. */
export function QuoteTotals({ totals, testId = 'quote-totals' }: { totals: Totals; testId?: string }) {
  const { t } = useI18n();
  return (
    <Stack gap={6} maw={420} ml="auto" w="100%" data-testid={testId}>
      <Row label={t('totals.net')} value={formatEur(totals.netCents)} testId="total-net" />
      {totals.vatBreakdown.map((row) => (
        <Row
          key={row.ratePercent}
          label={t('totals.vatAt', { rate: formatPercent(row.ratePercent), base: formatEur(row.taxableCents) })}
          value={formatEur(row.vatCents)}
          testId={`total-vat-${row.ratePercent}`}
        />
      ))}
      <Row label={t('totals.vat')} value={formatEur(totals.vatCents)} testId="total-vat" />
      <Divider />
      <Row label={t('totals.gross')} value={formatEur(totals.grossCents)} testId="total-gross" strong />
      {totals.monthlyRentCents !== null && (
        <Row label={t('totals.monthlyRent')} value={formatEur(totals.monthlyRentCents)} testId="total-monthly-rent" />
      )}
    </Stack>
  );
}
