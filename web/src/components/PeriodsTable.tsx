import { Table, Text } from '@mantine/core';
import { PhoneCards } from './PhoneCards.tsx';
import type { LatePaymentPeriod } from '../api-types.ts';
import { formatDate, formatEur, formatInteger, formatPercent } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';

export function isPeriod(value: unknown): value is LatePaymentPeriod {
  return typeof value === 'object' && value !== null && 'from' in value && 'interestCents' in value;
}

/** The periods of a late-payment computation (art. 10.3): dates, days, rate, base and interest. */
export function PeriodsTable({
  periods,
  totalCents,
  testId = 'decision-periods',
}: {
  periods: LatePaymentPeriod[];
  totalCents: unknown;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <div>
      <Text fw={600} size="sm" mb={6}>
        {t('decision.periods')}
      </Text>
      <PhoneCards minWidth={480}>
        <Table striped withTableBorder verticalSpacing={6} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('decision.period.from')}</Table.Th>
              <Table.Th>{t('decision.period.to')}</Table.Th>
              <Table.Th ta="right">{t('decision.period.days')}</Table.Th>
              <Table.Th ta="right">{t('decision.period.rate')}</Table.Th>
              <Table.Th ta="right">{t('decision.period.base')}</Table.Th>
              <Table.Th ta="right">{t('decision.period.interest')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.map((period) => (
              <Table.Tr key={`${period.from}-${period.to}`}>
                <Table.Td>{formatDate(period.from)}</Table.Td>
                <Table.Td>{formatDate(period.to)}</Table.Td>
                <Table.Td ta="right">{formatInteger(period.days)}</Table.Td>
                <Table.Td ta="right">{formatPercent(period.ratePercent)}</Table.Td>
                <Table.Td ta="right">{formatEur(period.baseCents)}</Table.Td>
                <Table.Td ta="right">{formatEur(period.interestCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {typeof totalCents === 'number' && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={5}>{t('decision.period.total')}</Table.Th>
                <Table.Th ta="right">{formatEur(totalCents)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </PhoneCards>
    </div>
  );
}
