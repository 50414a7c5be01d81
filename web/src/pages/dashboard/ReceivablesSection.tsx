import { BarChart } from '@mantine/charts';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import type { Dashboard } from '../../data/dashboard.ts';
import { formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { dashboardLinks } from './dashboard-links.ts';
import { FigureCard } from './FigureCard.tsx';

type Receivables = NonNullable<Dashboard['receivables']>;

const euros = (cents: number) => cents / 100;
const eur = (value: number) => formatEur(Math.round(value * 100));

/** Accounting's part: overdue and its ageing, due this week, dunning, the three charts. */
export function ReceivablesSection({ d, r }: { d: Dashboard; r: Receivables }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const links = dashboardLinks(d);
  const monthLabel = (month: string) =>
    new Date(`${month}-01T12:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      month: 'short',
      year: '2-digit',
    });
  const invoicedKey = t('dashboard.chart.invoiced');
  const collectedKey = t('dashboard.chart.collected');
  const monthly = r.monthly.map((m) => ({
    month: m.month,
    label: monthLabel(m.month),
    [invoicedKey]: euros(m.invoicedCents),
    [collectedKey]: euros(m.collectedCents),
  }));
  const overdueKey = t('dashboard.chart.overdue');
  const byClient = r.overdueByClient.map((c) => ({ clientId: c.clientId, name: c.name, [overdueKey]: euros(c.cents) }));
  const expectedKey = t('dashboard.chart.expected');
  const expected = r.expected.map((cents, i) => ({
    i,
    label: t(`dashboard.expected.${i}` as 'dashboard.expected.0'),
    [expectedKey]: euros(cents),
  }));

  return (
    <Stack gap="md" data-testid="dashboard-receivables">
      <Title order={3} size="h4">
        {t('dashboard.section.receivables')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <FigureCard
          label={t('dashboard.overdue')}
          value={formatEur(r.overdue.cents)}
          detail={t('dashboard.invoiceCount', { count: r.overdue.count })}
          to={links.overdue}
          testId="dashboard-overdue"
          alert={r.overdue.count > 0}
        />
        <FigureCard
          label={t('dashboard.dueThisWeek')}
          value={formatEur(r.dueThisWeek.cents)}
          detail={t('dashboard.invoiceCount', { count: r.dueThisWeek.count })}
          to={links.dueThisWeek}
          testId="dashboard-due-week"
        />
        <FigureCard
          label={t('dashboard.dunningDue')}
          value={r.dunningStepsDue.count}
          detail={t('dashboard.dunningDueDetail')}
          to={links.dunning}
          testId="dashboard-dunning"
          alert={r.dunningStepsDue.count > 0}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {r.ageing.map((bucket, i) => (
          <FigureCard
            key={i}
            label={t(`dashboard.ageing.${i}` as 'dashboard.ageing.0')}
            value={formatEur(bucket.cents)}
            detail={t('dashboard.invoiceCount', { count: bucket.count })}
            to={links.ageing[i]!}
            testId={`dashboard-ageing-${i}`}
          />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder radius="md" p="md" data-testid="dashboard-chart-monthly">
          <Text fw={600} mb="sm">
            {t('dashboard.chart.monthlyTitle')}
          </Text>
          <BarChart
            h={260}
            data={monthly}
            dataKey="label"
            series={[
              { name: invoicedKey, color: 'blue.6' },
              { name: collectedKey, color: 'teal.6' },
            ]}
            valueFormatter={eur}
            withLegend
            barChartProps={{
              onClick: (state: { activeTooltipIndex?: number | string | null }) => {
                const m = monthly[Number(state?.activeTooltipIndex)];
                if (m) navigate(links.invoicedIn(m.month));
              },
            }}
          />
        </Paper>
        <Paper withBorder radius="md" p="md" data-testid="dashboard-chart-clients">
          <Text fw={600} mb="sm">
            {t('dashboard.chart.byClientTitle')}
          </Text>
          {byClient.length === 0 ? (
            <Text c="dimmed">{t('dashboard.nothingOverdue')}</Text>
          ) : (
            <BarChart
              h={260}
              data={byClient}
              dataKey="name"
              orientation="vertical"
              yAxisProps={{ width: 140 }}
              series={[{ name: overdueKey, color: 'red.6' }]}
              valueFormatter={eur}
              barChartProps={{
                onClick: (state: { activeTooltipIndex?: number | string | null }) => {
                  const c = byClient[Number(state?.activeTooltipIndex)];
                  if (c) navigate(links.overdueOf(c.clientId));
                },
              }}
            />
          )}
        </Paper>
        <Paper withBorder radius="md" p="md" data-testid="dashboard-chart-expected">
          <Text fw={600} mb="sm">
            {t('dashboard.chart.expectedTitle')}
          </Text>
          <BarChart
            h={220}
            data={expected}
            dataKey="label"
            series={[{ name: expectedKey, color: 'indigo.6' }]}
            valueFormatter={eur}
            barChartProps={{
              onClick: (state: { activeTooltipIndex?: number | string | null }) => {
                const e = expected[Number(state?.activeTooltipIndex)];
                if (e) navigate(links.expected[e.i]!);
              },
            }}
          />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Text fw={600} mb="sm">
            {t('dashboard.chart.byClientList')}
          </Text>
          <Stack gap={4}>
            {r.overdueByClient.map((c) => (
              <Text key={c.clientId} size="sm">
                <Anchor component={Link} to={links.overdueOf(c.clientId)} data-testid="dashboard-client-link">
                  {c.name}
                </Anchor>{' '}
                — {formatEur(c.cents)} ({t('dashboard.invoiceCount', { count: c.count })})
              </Text>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
