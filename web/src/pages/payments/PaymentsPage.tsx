import { useState } from 'react';
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { PAYMENT_WRITERS, useCan } from '../../roles.ts';
import type { Payment, PaymentStatus } from '../../types/payments.ts';
import { ReversePaymentModal } from './ReversePaymentModal.tsx';
import { ListFooter, ListSort } from '../../lists/ListControls.tsx';
import { ListDate, ListSearch } from '../../lists/ListSearch.tsx';
import { useServerList } from '../../lists/useServerList.ts';

const STATUSES: readonly PaymentStatus[] = ['recorded', 'reversed'];
const MEANS = ['bank-transfer', 'direct-debit', 'administrative-mandate', 'other'] as const;
const SORTS = ['received', 'client', 'amount', 'means', 'reference'] as const;
const FILTER_KEYS = ['status', 'clientId', 'means', 'receivedFrom', 'receivedTo', 'q'];

/** Payments received, where each went, the credit left, and their reversal. */
export function PaymentsPage() {
  const { t, tx } = useI18n();
  const canWrite = useCan(PAYMENT_WRITERS);
  const list = useServerList<Payment>({
    path: '/api/payments',
    queryKey: ['payments'],
    filterKeys: FILTER_KEYS,
    sorts: SORTS,
    defaultSort: 'received',
  });
  const f = list.state.filters;
  const clientId = f.clientId;
  const payments = list.result;
  const [reversing, setReversing] = useState<Payment | null>(null);
  const items = list.items;
  const date = (key: string, label: string) => (
    <ListDate list={list} name={key} label={label} testId={`payments-${key}`} />
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('payments.title')}
        subtitle={t('payments.subtitle')}
        actions={
          canWrite && (
            <>
              <Button
                variant="default"
                component={Link}
                to="/payments/bank-imports"
                data-testid="payments-bank-imports"
              >
                {t('bankImports.title')}
              </Button>
              <Button
                component={Link}
                to={`/payments/new${clientId ? `?clientId=${encodeURIComponent(clientId)}` : ''}`}
                data-testid="payments-new"
              >
                {t('payment.new')}
              </Button>
            </>
          )
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group mb="md" align="flex-end" wrap="wrap">
          <ListSearch list={list} placeholder={t('payments.searchPlaceholder')} testId="payments-search" />
          <NativeSelect
            label={t('payments.filter.status')}
            value={f.status ?? ''}
            onChange={(event) => list.setFilter('status', event.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...STATUSES.map((value) => ({ value, label: t(`payment.status.${value}`) })),
            ]}
            data-testid="payments-status-filter"
          />
          <NativeSelect
            label={t('payments.filter.means')}
            value={f.means ?? ''}
            onChange={(event) => list.setFilter('means', event.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...MEANS.map((value) => ({ value, label: tx(`value.${value}`, value) })),
            ]}
            data-testid="payments-means-filter"
          />
          {date('receivedFrom', t('payments.receivedFrom'))}
          {date('receivedTo', t('payments.receivedTo'))}
          <ListSort
            list={list}
            sorts={Object.fromEntries(SORTS.map((s) => [s, t(`payments.sort.${s}`)]))}
            testId="payments"
          />
          {Object.keys(f).length > 0 && (
            <Button variant="subtle" onClick={list.clear} data-testid="payments-clear">
              {t('list.clearFilters')}
            </Button>
          )}
        </Group>
        {payments.isPending ? (
          <Loading />
        ) : payments.isError ? (
          <ProblemAlert error={payments.error} onRetry={() => void payments.refetch()} testId="payments-error" />
        ) : items.length === 0 ? (
          <Empty title={t('payments.empty')} testId="payments-empty" />
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" data-testid="payments-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('payment.col.receivedOn')}</Table.Th>
                  <Table.Th>{t('quote.col.client')}</Table.Th>
                  <Table.Th>{t('payment.col.means')}</Table.Th>
                  <Table.Th>{t('payment.reference')}</Table.Th>
                  <Table.Th ta="right">{t('payment.amount')}</Table.Th>
                  <Table.Th>{t('payment.col.to')}</Table.Th>
                  <Table.Th ta="right">{t('payment.col.credit')}</Table.Th>
                  <Table.Th>{t('payment.col.status')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((payment) => (
                  <Table.Tr
                    key={payment.id}
                    data-testid="payment-row"
                    data-payment-id={payment.id}
                    data-status={payment.status}
                  >
                    <Table.Td>{formatDate(payment.receivedOn)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${payment.clientId}`} size="sm">
                        {payment.clientName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{tx(`value.${payment.means}`, payment.means)}</Table.Td>
                    <Table.Td>{payment.reference ?? t('common.none')}</Table.Td>
                    <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="payment-row-amount">
                      {formatEur(payment.amountCents)}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {payment.allocations.map((a) => (
                          <Text key={a.id} size="xs" style={{ whiteSpace: 'nowrap' }}>
                            {a.invoiceId ? (
                              <Anchor component={Link} to={`/invoices/${a.invoiceId}`} size="xs">
                                {a.invoiceNumber}
                              </Anchor>
                            ) : (
                              <Anchor component={Link} to={`/debit-notes/${a.debitNoteId}`} size="xs">
                                {a.debitNoteNumber}
                              </Anchor>
                            )}{' '}
                            {formatEur(a.amountCents)}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {payment.unallocatedCents > 0 ? formatEur(payment.unallocatedCents) : t('common.none')}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={payment.status === 'reversed' ? 'red' : 'teal'}>
                        {t(`payment.status.${payment.status}`)}
                      </Badge>
                      {payment.reversedOn && (
                        <Text size="xs" c="dimmed" title={payment.reversalReason ?? undefined}>
                          {t('payment.reversedOnShort', { date: formatDate(payment.reversedOn) })}
                        </Text>
                      )}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        {payment.status === 'recorded' && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setReversing(payment)}
                            data-testid="payment-reverse"
                          >
                            {t('payment.reverse')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ListFooter list={list} testId="payments" />
      </Paper>
      {reversing && <ReversePaymentModal payment={reversing} onClose={() => setReversing(null)} />}
    </Stack>
  );
}
