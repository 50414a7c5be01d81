import { Table, Text } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { formatDate, formatEur, formatPercent } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { InvoiceLine } from '../../types/invoices.ts';

/** The lines of an invoice or credit note as issued: quantity × unit price, discount, VAT rate, net. */
export function InvoiceLinesTable({ lines }: { lines: readonly InvoiceLine[] }) {
  const { t } = useI18n();
  return (
    <PhoneCards minWidth={760}>
      <Table verticalSpacing="xs" data-testid="invoice-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('lines.col.item')}</Table.Th>
            <Table.Th>{t('lines.col.kind')}</Table.Th>
            <Table.Th>{t('lines.col.price')}</Table.Th>
            <Table.Th>{t('lines.col.discount')}</Table.Th>
            <Table.Th>{t('lines.col.vat')}</Table.Th>
            <Table.Th ta="right">{t('lines.col.net')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id} data-testid={`invoice-line-${line.position}`} data-line-id={line.id}>
              <Table.Td>{line.position}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {line.label}
                </Text>
                {line.sku && (
                  <Text size="xs" c="dimmed">
                    {line.sku}
                  </Text>
                )}
                {line.periodStart && line.periodEnd && (
                  <Text size="xs" c="dimmed">
                    {t('invoice.period', { from: formatDate(line.periodStart), to: formatDate(line.periodEnd) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`lines.kind.${line.kind}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('lines.qtyTimesPrice', {
                  quantity: line.quantity.replace('.', ','),
                  price: formatEur(line.unitPriceCents),
                })}
              </Table.Td>
              <Table.Td>{line.discountPercent ? formatPercent(line.discountPercent) : t('common.none')}</Table.Td>
              <Table.Td>{formatPercent(line.vatRatePercent)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600} data-testid="invoice-line-net">
                {formatEur(line.netCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}
