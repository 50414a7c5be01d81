import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatEur, formatPercent } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { CatalogueItem } from '../../types/catalogue.ts';

/** Products and services with offer line, manufacturer, indicative price, VAT and rental terms. */
export function CatalogueTable({ items }: { items: readonly CatalogueItem[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="catalogue-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogue.col.name')}</Table.Th>
            <Table.Th>{t('catalogue.col.kind')}</Table.Th>
            <Table.Th>{t('catalogue.col.offer')}</Table.Th>
            <Table.Th ta="right">{t('catalogue.col.price')}</Table.Th>
            <Table.Th>{t('catalogue.col.vat')}</Table.Th>
            <Table.Th>{t('catalogue.col.rental')}</Table.Th>
            <Table.Th>{t('catalogue.col.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid={`catalogue-row-${item.sku}`} data-active={item.active}>
              <Table.Td>
                <Anchor component={Link} to={`/catalogue/${item.id}`} fw={600} size="sm" data-testid="catalogue-link">
                  {item.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[item.manufacturer, item.sku].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>{item.kind === 'service' ? t('catalogue.kind.service') : t(`catalogue.solution.${item.solutionKind ?? 'hardware'}`)}</Table.Td>
              <Table.Td>{item.offerLine ? t(`catalogue.offer.${item.offerLine}`) : t('common.none')}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatEur(item.indicativePriceCents)}</Table.Td>
              <Table.Td>{formatPercent(item.vatRatePercent)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.rentable && item.monthlyRentCents !== null
                  ? t('catalogue.rentPerMonth', { rent: formatEur(item.monthlyRentCents + (item.maintenanceFeeCents ?? 0)) })
                  : t('common.none')}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={item.active ? 'teal' : 'gray'}>
                  {item.active ? t('catalogue.active') : t('catalogue.inactive')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
