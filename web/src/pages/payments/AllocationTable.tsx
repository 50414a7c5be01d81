import { Anchor, Table, TextInput } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { AllocationSummary, OpenDocument } from './allocation-form.ts';

interface AllocationTableProps {
  documents: readonly OpenDocument[];
  inputs: Record<string, string>;
  summary: AllocationSummary;
  /** Server errors by document id. */
  serverErrors: Record<string, string>;
  onChange: (id: string, value: string) => void;
}

/** The client's open invoices and debit notes with the amount of the payment put against each. */
export function AllocationTable({ documents, inputs, summary, serverErrors, onChange }: AllocationTableProps) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing="xs" data-testid="payment-allocations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoice.col.number')}</Table.Th>
            <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('invoice.col.open')}</Table.Th>
            <Table.Th w={200}>{t('payment.col.allocated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((doc) => {
            const local = summary.errors[doc.id];
            return (
              <Table.Tr key={doc.id} data-testid={`allocation-row-${doc.number}`} data-kind={doc.kind}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={doc.kind === 'invoice' ? `/invoices/${doc.id}` : `/debit-notes/${doc.id}`}
                    size="sm"
                    fw={600}
                  >
                    {doc.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDate(doc.dueDate)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEur(doc.openCents)}
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    inputMode="decimal"
                    rightSection="€"
                    aria-label={t('payment.allocationFor', { number: doc.number })}
                    value={inputs[doc.id] ?? ''}
                    onChange={(e) => onChange(doc.id, e.currentTarget.value)}
                    error={serverErrors[doc.id] ?? (local ? t(`payment.error.${local}`) : undefined)}
                    data-testid={`allocation-${doc.number}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
