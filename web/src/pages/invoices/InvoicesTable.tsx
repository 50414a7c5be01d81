import { Anchor, Table, Text } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { Link } from 'react-router-dom';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { InvoiceSummary } from '../../types/invoices.ts';
import { InvoiceStateBadge } from './InvoiceStateBadge.tsx';

/** "F-2026-00001", "Avoir A-2026-00001", or "Brouillon" before issue. */
export function useInvoiceLabel() {
  const { t } = useI18n();
  return (invoice: Pick<InvoiceSummary, 'number' | 'kind'>) =>
    invoice.number
      ? invoice.number
      : t(invoice.kind === 'credit-note' ? 'invoice.draftCreditNote' : 'invoice.draftLabel');
}

interface InvoicesTableProps {
  invoices: readonly InvoiceSummary[];
  /** '/invoices' in the back-office, '/portal/invoices' in the portal. */
  linkBase: string;
  showClient?: boolean;
  testId?: string;
}

/** Invoices and credit notes: number, client, dates, amounts, what is open and the late charges. */
export function InvoicesTable({
  invoices,
  linkBase,
  showClient = true,
  testId = 'invoices-table',
}: InvoicesTableProps) {
  const { t } = useI18n();
  const label = useInvoiceLabel();
  return (
    <PhoneCards minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoice.col.number')}</Table.Th>
            {showClient && <Table.Th>{t('quote.col.client')}</Table.Th>}
            <Table.Th>{t('invoice.col.state')}</Table.Th>
            <Table.Th>{t('invoice.col.issueDate')}</Table.Th>
            <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('invoice.col.net')}</Table.Th>
            <Table.Th ta="right">{t('invoice.col.gross')}</Table.Th>
            <Table.Th ta="right">{t('invoice.col.open')}</Table.Th>
            <Table.Th ta="right">{t('invoice.col.lateCharges')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => {
            const credit = invoice.kind === 'credit-note';
            const late = invoice.lateInterestCents + invoice.lateIndemnityCents;
            return (
              <Table.Tr
                key={invoice.id}
                data-testid={`invoice-row-${invoice.number ?? invoice.id}`}
                data-invoice-id={invoice.id}
                data-kind={invoice.kind}
                data-state={invoice.paymentState}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component={Link}
                    to={`${linkBase}/${invoice.id}`}
                    fw={600}
                    size="sm"
                    data-testid="invoice-link"
                  >
                    {label(invoice)}
                  </Anchor>
                  {invoice.contractNumber && (
                    <Text size="xs" c="dimmed">
                      {t('invoice.contractRef', { number: invoice.contractNumber })}
                    </Text>
                  )}
                </Table.Td>
                {showClient && <Table.Td>{invoice.clientName}</Table.Td>}
                <Table.Td>
                  <InvoiceStateBadge state={invoice.paymentState} testId="invoice-row-state" />
                </Table.Td>
                <Table.Td>{formatDate(invoice.issueDate)}</Table.Td>
                <Table.Td>{credit ? t('common.none') : formatDate(invoice.dueDate)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEur(credit ? -invoice.netCents : invoice.netCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600} data-testid="invoice-row-gross">
                  {formatEur(credit ? -invoice.grossCents : invoice.grossCents)}
                </Table.Td>
                <Table.Td
                  ta="right"
                  style={{ whiteSpace: 'nowrap' }}
                  fw={invoice.openCents > 0 ? 700 : 400}
                  data-testid="invoice-row-open"
                >
                  {credit || invoice.status === 'draft' ? t('common.none') : formatEur(invoice.openCents)}
                </Table.Td>
                <Table.Td
                  ta="right"
                  style={{ whiteSpace: 'nowrap' }}
                  c={late > 0 ? 'red.9' : undefined}
                  data-testid="invoice-row-late"
                >
                  {late > 0 ? formatEur(late) : t('common.none')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}
