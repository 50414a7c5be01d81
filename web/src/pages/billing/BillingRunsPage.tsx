import { useState } from 'react';
import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useBillingRuns, useStartBillingRun } from '../../data/collection.ts';
import { formatDate, formatDateTime, formatInteger, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { BillingRunStatus } from '../../types/collection.ts';
import { nextMonth } from './next-month.ts';

const COLORS: Record<BillingRunStatus, string> = {
  running: 'blue',
  done: 'teal',
  failed: 'red',
  interrupted: 'orange',
};

/** Monthly rent billing: start the run of a month, follow its progress and see what it invoiced. */
export function BillingRunsPage() {
  const { t } = useI18n();
  const runs = useBillingRuns();
  const start = useStartBillingRun();
  const [period, setPeriod] = useState(() => nextMonth(todayInParis()));
  const errors = start.error instanceof ApiError ? start.error.fieldErrors() : {};
  const items = runs.data?.items ?? [];

  return (
    <Stack gap="md">
      <PageHeader title={t('billing.title')} subtitle={t('billing.subtitle')} />
      <Section title={t('billing.start')} hint={t('billing.startHint')} testId="billing-start">
        <Group align="flex-end">
          <TextInput
            type="month"
            label={t('billing.period')}
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            error={errors.period}
            data-testid="billing-period"
          />
          <Button
            loading={start.isPending}
            disabled={!period}
            onClick={() => start.mutate(period)}
            data-testid="billing-submit"
          >
            {t('billing.run')}
          </Button>
        </Group>
        {start.isError && <ProblemAlert error={start.error} shownFields={['period']} testId="billing-error" />}
      </Section>
      <Paper withBorder radius="md" p="md">
        {runs.isPending ? (
          <Loading />
        ) : runs.isError ? (
          <ProblemAlert error={runs.error} onRetry={() => void runs.refetch()} testId="billing-runs-error" />
        ) : items.length === 0 ? (
          <Empty title={t('billing.empty')} testId="billing-runs-empty" />
        ) : (
          <Table.ScrollContainer
            minWidth={900}
            // The table scrolls sideways in its box: the box takes the focus so the keyboard can scroll it.
            scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': t('billing.title') } }}
          >
            <Table striped verticalSpacing="xs" data-testid="billing-runs-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('billing.period')}</Table.Th>
                  <Table.Th>{t('payment.col.status')}</Table.Th>
                  <Table.Th>{t('billing.progress')}</Table.Th>
                  <Table.Th ta="right">{t('billing.invoicesCreated')}</Table.Th>
                  <Table.Th>{t('billing.numbers')}</Table.Th>
                  <Table.Th ta="right">{t('billing.alreadyBilled')}</Table.Th>
                  <Table.Th ta="right">{t('billing.skippedLessor')}</Table.Th>
                  <Table.Th>{t('billing.startedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((run) => {
                  const total = run.contractsTotal ?? 0;
                  const percent =
                    total > 0 ? Math.round((run.contractsSeen / total) * 100) : run.status === 'done' ? 100 : 0;
                  return (
                    <Table.Tr key={run.id} data-testid={`billing-run-${run.period}`} data-status={run.status}>
                      <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {run.period}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={COLORS[run.status]}>
                          {t(`billing.status.${run.status}`)}
                        </Badge>
                        {run.error && (
                          <Text size="xs" c="red.7">
                            {run.error}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td w={200}>
                        <Progress
                          value={percent}
                          size="sm"
                          animated={run.status === 'running'}
                          aria-label={t('billing.progress')}
                        />
                        <Text size="xs" c="dimmed">
                          {t('billing.contractsSeen', {
                            seen: formatInteger(run.contractsSeen),
                            total: run.contractsTotal === null ? '…' : formatInteger(run.contractsTotal),
                          })}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" fw={600} data-testid="billing-run-created">
                        {formatInteger(run.invoicesCreated)}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {run.firstNumber
                          ? `${run.firstNumber} → ${run.lastNumber ?? run.firstNumber}`
                          : t('common.none')}
                        {run.issueDate && (
                          <Text size="xs" c="dimmed">
                            {t('billing.issuedOn', { date: formatDate(run.issueDate) })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{formatInteger(run.alreadyBilled)}</Table.Td>
                      <Table.Td ta="right">{formatInteger(run.skippedLessor)}</Table.Td>
                      <Table.Td
                        style={{ whiteSpace: 'nowrap' }}
                        title={
                          run.finishedAt ? t('billing.finishedAt', { date: formatDateTime(run.finishedAt) }) : undefined
                        }
                      >
                        {formatDateTime(run.startedAt)}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
