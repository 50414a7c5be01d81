import { Group, Paper, ScrollArea, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { applicableRate, useEcbRates } from '../../data/rates.ts';
import { addPoints, formatDate, formatPercent, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { VatRatesCard } from './VatRatesCard.tsx';

/** Late-payment interest = ECB rate + 10 points (art. 10.3). */
const LATE_PAYMENT_POINTS = 10;

/** The ECB rates table, the rule in use and the rate applicable today. */
export function RatesPage() {
  const { t } = useI18n();
  const rates = useEcbRates();
  const items = [...(rates.data?.items ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const rule = rates.data?.rule ?? 'semester';
  const today = applicableRate(items, rule, todayInParis());

  return (
    <>
      <PageHeader title={t('rates.title')} subtitle={t('rates.subtitle')} />
      {rates.isPending ? (
        <Loading />
      ) : rates.isError ? (
        <ProblemAlert error={rates.error} onRetry={() => void rates.refetch()} testId="rates-error" />
      ) : (
        <Stack gap="md" maw={900}>
          <Paper withBorder radius="md" p="lg">
            <Group align="flex-start" wrap="nowrap" gap="lg">
              <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
                %
              </ThemeIcon>
              <Stack gap={4}>
                {today && (
                  <>
                    <Text data-testid="rates-current">
                      {t('rates.current')}{' '}
                      <Text span fw={700} size="lg">
                        {formatPercent(today.ratePercent)}
                      </Text>{' '}
                      <Text span c="dimmed" size="sm">
                        {t('rates.since', { date: formatDate(today.effectiveFrom) })}
                      </Text>
                    </Text>
                    <Text size="sm" data-testid="rates-current-late">
                      {t('rates.currentLate', {
                        rate: formatPercent(addPoints(today.ratePercent, LATE_PAYMENT_POINTS)),
                      })}
                    </Text>
                  </>
                )}
                <Text size="sm" c="dimmed" data-testid="rates-rule" data-rule={rule}>
                  <strong>{t('rates.ruleLabel')}</strong> {t(`rates.rule.${rule}`)}
                </Text>
              </Stack>
            </Group>
          </Paper>
          <Paper withBorder radius="md" p="md">
            {items.length === 0 ? (
              <Empty title={t('rates.empty')} />
            ) : (
              <ScrollArea.Autosize
                mah={640}
                type="auto"
                // The table scrolls inside its box: the box takes the focus so the keyboard can scroll it.
                viewportProps={{ tabIndex: 0, 'aria-label': t('rates.title') }}
              >
                <Table striped stickyHeader verticalSpacing="xs" data-testid="rates-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('rates.col.effectiveFrom')}</Table.Th>
                      <Table.Th ta="right">{t('rates.col.rate')}</Table.Th>
                      <Table.Th ta="right">{t('rates.col.lateRate')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((rate) => (
                      <Table.Tr key={rate.effectiveFrom} data-testid={`rates-row-${rate.effectiveFrom}`}>
                        <Table.Td>{formatDate(rate.effectiveFrom)}</Table.Td>
                        <Table.Td ta="right" fw={600}>
                          {formatPercent(rate.ratePercent)}
                        </Table.Td>
                        <Table.Td ta="right">
                          {formatPercent(addPoints(rate.ratePercent, LATE_PAYMENT_POINTS))}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
          </Paper>
          <VatRatesCard />
        </Stack>
      )}
    </>
  );
}
