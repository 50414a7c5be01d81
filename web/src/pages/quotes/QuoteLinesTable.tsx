import { Table, Text } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { formatDate, formatEur, formatPercent } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { ContractLine } from '../../types/contracts.ts';
import type { QuoteLine } from '../../types/quotes.ts';

/** A line of a quote, or of a contract (which adds the day a rental ends). */
type PricedLine = QuoteLine | ContractLine;

/** What a line prices: quantity × unit price, or the monthly rent (rent + maintenance) × months. */
function PriceCell({ line }: { line: PricedLine }) {
  const { t } = useI18n();
  if (line.kind !== 'rental')
    return (
      <>
        {t('lines.qtyTimesPrice', {
          quantity: line.quantity.replace('.', ','),
          price: formatEur(line.unitPriceCents ?? 0),
        })}
      </>
    );
  return (
    <>
      <Text size="sm">
        {t('lines.rentPerMonth', {
          quantity: line.quantity,
          rent: formatEur(line.monthlyRentCents ?? 0),
          months: line.rentalMonths ?? 0,
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('lines.rentSplit', { rent: formatEur(line.rentCents ?? 0), fee: formatEur(line.maintenanceFeeCents ?? 0) })}
      </Text>
    </>
  );
}

/**
 * The lines of a quote or contract as written (prices copied at creation, art. 9.1). Lines that
 * come without prices (a technician reading a contract, ADR 0015) show quantities only.
 */
export function QuoteLinesTable({
  lines,
  withRentalEnd = false,
}: {
  lines: readonly PricedLine[];
  withRentalEnd?: boolean;
}) {
  const { t } = useI18n();
  const prices = lines.every((line) => line.netCents !== undefined);
  return (
    <PhoneCards minWidth={760}>
      <Table verticalSpacing="xs" data-testid="lines-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('lines.col.item')}</Table.Th>
            <Table.Th>{t('lines.col.kind')}</Table.Th>
            {prices ? (
              <>
                <Table.Th>{t('lines.col.price')}</Table.Th>
                <Table.Th>{t('lines.col.discount')}</Table.Th>
                <Table.Th>{t('lines.col.vat')}</Table.Th>
              </>
            ) : (
              <Table.Th>{t('lines.col.quantity')}</Table.Th>
            )}
            {withRentalEnd && <Table.Th>{t('lines.col.rentalEnd')}</Table.Th>}
            {prices && <Table.Th ta="right">{t('lines.col.net')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id} data-testid={`line-row-${line.position}`} data-kind={line.kind}>
              <Table.Td>{line.position}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {line.label}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {line.sku ?? t('lines.freeText')}
                  {line.licensedUsers !== null && ` · ${t('lines.licensedUsers', { users: line.licensedUsers })}`}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`lines.kind.${line.kind}`)}</Table.Td>
              {prices ? (
                <>
                  <Table.Td>
                    <PriceCell line={line} />
                  </Table.Td>
                  <Table.Td>{line.discountPercent ? formatPercent(line.discountPercent) : t('common.none')}</Table.Td>
                  <Table.Td>{formatPercent(line.vatRatePercent ?? '0')}</Table.Td>
                </>
              ) : (
                <Table.Td data-testid="line-quantity">
                  {line.kind === 'rental'
                    ? t('lines.rentalQuantity', { quantity: line.quantity, months: line.rentalMonths ?? 0 })
                    : line.quantity.replace('.', ',')}
                </Table.Td>
              )}
              {withRentalEnd && (
                <Table.Td data-testid="line-rental-end">
                  {'rentalEndsOn' in line && line.rentalEndsOn
                    ? t('lines.rentalUntil', { months: line.rentalMonths ?? 0, date: formatDate(line.rentalEndsOn) })
                    : t('common.none')}
                </Table.Td>
              )}
              {prices && (
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="line-net">
                  {formatEur(line.netCents ?? 0)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}
