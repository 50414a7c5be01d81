import { Badge, Table } from '@mantine/core';
import { Empty } from '../../components/QueryState.tsx';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { InvoicePayment } from '../../types/invoices.ts';

/** The payments allocated to an invoice, dated when the funds reached ALLEO. */
export function InvoicePayments({ payments }: { payments: readonly InvoicePayment[] }) {
  const { t, tx } = useI18n();
  if (payments.length === 0) return <Empty title={t('invoice.noPayments')} testId="invoice-payments-empty" />;
  return (
    <Table verticalSpacing="xs" data-testid="invoice-payments">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('payment.col.receivedOn')}</Table.Th>
          <Table.Th>{t('payment.col.means')}</Table.Th>
          <Table.Th>{t('payment.col.status')}</Table.Th>
          <Table.Th ta="right">{t('payment.col.allocated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {payments.map((payment, i) => (
          <Table.Tr
            key={`${payment.paymentId}-${i}`}
            data-testid="invoice-payment-row"
            data-payment-id={payment.paymentId}
            data-status={payment.status}
          >
            <Table.Td>{formatDate(payment.receivedOn)}</Table.Td>
            <Table.Td>{tx(`value.${payment.means}`, payment.means)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={payment.status === 'reversed' ? 'red' : 'teal'}>
                {tx(`payment.status.${payment.status}`, payment.status)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
              {formatEur(payment.amountCents)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
