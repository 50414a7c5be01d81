import { Anchor, Group, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useDunning } from '../../data/collection.ts';
import { formatDate, formatDateTime, formatEur, formatInteger } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { DunningLadder } from './DunningLadder.tsx';

const DELIVERY_COLORS = { queued: 'blue.7', sent: 'teal.7', failed: 'red.7', cancelled: 'dimmed' } as const;

/** Overdue invoices: days late, open amount, accrued interest and EUR 40, last and next dunning step. */
export function DunningPage() {
  const { t } = useI18n();
  // `?stepDue=true` (the dashboard's link): only the invoices with a step due; refresh and back keep it.
  const [params, setParams] = useSearchParams();
  const stepDue = params.get('stepDue') === 'true';
  const dunning = useDunning(stepDue);
  const items = dunning.data?.items ?? [];
  const total = (pick: (item: (typeof items)[number]) => number) => items.reduce((sum, item) => sum + pick(item), 0);

  return (
    <Stack gap="md">
      <PageHeader title={t('dunning.title')} subtitle={t('dunning.subtitle')} />
      <Switch
        checked={stepDue}
        onChange={(e) => setParams(e.currentTarget.checked ? { stepDue: 'true' } : {})}
        label={t('dunning.onlyStepDue')}
        data-testid="dunning-step-due"
      />
      <Paper withBorder radius="md" p="md">
        {dunning.isPending ? (
          <Loading />
        ) : dunning.isError ? (
          <ProblemAlert error={dunning.error} onRetry={() => void dunning.refetch()} testId="dunning-error" />
        ) : items.length === 0 ? (
          <Empty title={t('dunning.empty')} testId="dunning-empty" />
        ) : (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('dunning.asOf', { date: formatDate(dunning.data.asOf) })}
            </Text>
            <Table.ScrollContainer minWidth={960}>
              <Table striped verticalSpacing="xs" data-testid="dunning-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('dunning.col.invoice')}</Table.Th>
                    <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
                    <Table.Th ta="right">{t('field.daysLate')}</Table.Th>
                    <Table.Th ta="right">{t('invoice.col.open')}</Table.Th>
                    <Table.Th ta="right">{t('invoice.lateInterest')}</Table.Th>
                    <Table.Th ta="right">{t('statement.indemnity')}</Table.Th>
                    <Table.Th>{t('dunning.col.lastStep')}</Table.Th>
                    <Table.Th>{t('dunning.col.nextStep')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.invoiceId} data-testid={`dunning-row-${item.invoiceNumber ?? item.invoiceId}`}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/invoices/${item.invoiceId}`} size="sm" fw={600}>
                          {item.invoiceNumber}
                        </Anchor>
                        <div>
                          <Anchor component={Link} to={`/clients/${item.clientId}`} size="xs">
                            {item.clientName}
                          </Anchor>
                        </div>
                        {item.contractNumber && (
                          <Text size="xs" c="dimmed">
                            {t('invoice.contractRef', { number: item.contractNumber })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{formatDate(item.dueDate)}</Table.Td>
                      <Table.Td ta="right">{formatInteger(item.daysLate)}</Table.Td>
                      <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="dunning-row-open">
                        {formatEur(item.openCents)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="dunning-row-interest">
                        {formatEur(item.interestCents)}
                        {item.lateAsOf && (
                          <Text size="xs" c="dimmed">
                            {t('dunning.lateAsOf', { date: formatDate(item.lateAsOf) })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="dunning-row-indemnity">
                        {formatEur(item.indemnityCents)}
                      </Table.Td>
                      <Table.Td>
                        {item.lastStep ? (
                          <>
                            <Text size="sm">{item.lastStep.label}</Text>
                            <Text size="xs" c="dimmed">
                              {t('dunning.doneOn', {
                                date: formatDate(item.lastStep.doneOn),
                                channel: t(`dunning.channel.${item.lastStep.channelUsed}`),
                              })}
                            </Text>
                            {item.lastStep.delivery && (
                              <Text
                                size="xs"
                                c={DELIVERY_COLORS[item.lastStep.delivery.status]}
                                data-testid="dunning-row-delivery"
                                data-status={item.lastStep.delivery.status}
                              >
                                {item.lastStep.delivery.status === 'sent'
                                  ? t('dunning.delivery.sent', { date: formatDateTime(item.lastStep.delivery.sentAt) })
                                  : item.lastStep.delivery.status === 'failed'
                                    ? t('dunning.delivery.failed', { error: item.lastStep.delivery.error ?? '' })
                                    : t(`dunning.delivery.${item.lastStep.delivery.status}`)}
                              </Text>
                            )}
                          </>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('common.none')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td data-testid="dunning-row-next">
                        {item.nextStep ? (
                          <>
                            <Text size="sm">{item.nextStep.label}</Text>
                            <Text size="xs" c="dimmed">
                              {t('dunning.nextOn', {
                                date: formatDate(item.nextStep.date),
                                channel: t(`dunning.channel.${item.nextStep.channel}`),
                              })}
                            </Text>
                          </>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('dunning.ladderDone')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Paper bg="gray.0" radius="sm" p="sm">
              <Group justify="flex-end" gap="xl">
                <Text size="sm" mr="auto" c="dimmed">
                  {t('dunning.count', { count: items.length })}
                </Text>
                <Text size="sm">
                  {t('invoice.col.open')} :{' '}
                  <b data-testid="dunning-total-open">{formatEur(total((i) => i.openCents))}</b>
                </Text>
                <Text size="sm">
                  {t('invoice.lateInterest')} :{' '}
                  <b data-testid="dunning-total-interest">{formatEur(total((i) => i.interestCents))}</b>
                </Text>
                <Text size="sm">
                  {t('statement.indemnity')} :{' '}
                  <b data-testid="dunning-total-indemnity">{formatEur(total((i) => i.indemnityCents))}</b>
                </Text>
              </Group>
            </Paper>
          </Stack>
        )}
      </Paper>
      <DunningLadder />
    </Stack>
  );
}
