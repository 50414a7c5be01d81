import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useVatRates } from '../../data/catalogue.ts';
import { formatDate, formatPercent, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/**
 * The VAT rate periods (art. 9.2: the rate in force on the order date applies). A change of rate
 * by law ends a category's period the day before the new one; quotes and contracts follow it.
 */
export function VatRatesCard() {
  const { t } = useI18n();
  const rates = useVatRates();
  const today = todayInParis();
  const items = [...(rates.data?.items ?? [])].sort(
    (a, b) => a.label.localeCompare(b.label) || b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid="vat-rates">
      <Stack gap="sm">
        <Title order={4}>{t('vatRates.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('vatRates.subtitle')}
        </Text>
        {rates.isPending ? (
          <Loading />
        ) : rates.isError ? (
          <ProblemAlert error={rates.error} onRetry={() => void rates.refetch()} testId="vat-rates-error" />
        ) : items.length === 0 ? (
          <Empty title={t('vatRates.empty')} />
        ) : (
          <Table striped verticalSpacing="xs" data-testid="vat-rates-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vatRates.col.category')}</Table.Th>
                <Table.Th ta="right">{t('vatRates.col.rate')}</Table.Th>
                <Table.Th>{t('vatRates.col.from')}</Table.Th>
                <Table.Th>{t('vatRates.col.to')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => {
                const inForce = r.effectiveFrom <= today && (r.effectiveTo === null || today <= r.effectiveTo);
                const future = r.effectiveFrom > today;
                return (
                  <Table.Tr
                    key={`${r.label}:${r.effectiveFrom}`}
                    data-testid="vat-rate-row"
                    data-rate={r.ratePercent}
                    data-from={r.effectiveFrom}
                  >
                    <Table.Td>{r.label}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {formatPercent(r.ratePercent)}
                    </Table.Td>
                    <Table.Td>{formatDate(r.effectiveFrom)}</Table.Td>
                    <Table.Td>{r.effectiveTo ? formatDate(r.effectiveTo) : '—'}</Table.Td>
                    <Table.Td>
                      {inForce && (
                        <Badge variant="light" color="teal">
                          {t('vatRates.inForce')}
                        </Badge>
                      )}
                      {future && (
                        <Badge variant="light" color="blue">
                          {t('vatRates.upcoming')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
