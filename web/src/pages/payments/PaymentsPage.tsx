import { useState } from 'react';
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { usePayments } from '../../data/payments.ts';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { PAYMENT_WRITERS, useCan } from '../../roles.ts';
import type { Payment, PaymentStatus } from '../../types/payments.ts';
import { ReversePaymentModal } from './ReversePaymentModal.tsx';

const STATUSES: readonly PaymentStatus[] = ['recorded', 'reversed'];

/** Payments received, where each went, the credit left, and their reversal. */
export function PaymentsPage() {
  const { t, tx } = useI18n();
  const canWrite = useCan(PAYMENT_WRITERS);
  const [params, setParams] = useSearchParams();
  const raw = params.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(raw) ? (raw as PaymentStatus) : undefined;
  const clientId = params.get('clientId') ?? undefined;
  const payments = usePayments({ ...(status ? { status } : {}), ...(clientId ? { clientId } : {}) });
  const [reversing, setReversing] = useState<Payment | null>(null);
  const items = payments.data?.items ?? [];

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
        <Group mb="md">
          <NativeSelect
            label={t('payments.filter.status')}
            value={status ?? ''}
            onChange={(event) => setParams(event.currentTarget.value ? { status: event.currentTarget.value } : {})}
            data={[
              { value: '', label: t('common.all') },
              ...STATUSES.map((value) => ({ value, label: t(`payment.status.${value}`) })),
            ]}
            data-testid="payments-status-filter"
          />
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
      </Paper>
      {reversing && <ReversePaymentModal payment={reversing} onClose={() => setReversing(null)} />}
    </Stack>
  );
}
