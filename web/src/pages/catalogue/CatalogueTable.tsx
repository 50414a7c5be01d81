import { Anchor, Text } from '@mantine/core';
import { ActiveBadge } from '../../components/ActiveBadge.tsx';
import { Link, useNavigate } from 'react-router-dom';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { formatEur, formatPercent } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { CatalogueItem } from '../../types/catalogue.ts';

/** Products and services with offer line, manufacturer, indicative price, VAT and rental terms (or the empty state); a row opens the item. */
export function CatalogueTable({ items }: { items: readonly CatalogueItem[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const columns: Array<Column<CatalogueItem>> = [
    {
      key: 'name',
      header: t('catalogue.col.name'),
      cell: (item) => (
        <>
          <Anchor component={Link} to={`/catalogue/${item.id}`} fw={600} size="sm" data-testid="catalogue-link">
            {item.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[item.manufacturer, item.sku].filter(Boolean).join(' · ')}
          </Text>
        </>
      ),
    },
    {
      key: 'kind',
      header: t('catalogue.col.kind'),
      cell: (item) =>
        item.kind === 'service'
          ? t('catalogue.kind.service')
          : t(`catalogue.solution.${item.solutionKind ?? 'hardware'}`),
    },
    {
      key: 'offer',
      header: t('catalogue.col.offer'),
      cell: (item) => (item.offerLine ? t(`catalogue.offer.${item.offerLine}`) : t('common.none')),
    },
    {
      key: 'price',
      header: t('catalogue.col.price'),
      align: 'right',
      nowrap: true,
      cell: (item) => formatEur(item.indicativePriceCents),
    },
    { key: 'vat', header: t('catalogue.col.vat'), cell: (item) => formatPercent(item.vatRatePercent) },
    {
      key: 'rental',
      header: t('catalogue.col.rental'),
      nowrap: true,
      cell: (item) =>
        item.rentable && item.monthlyRentCents !== null
          ? t('catalogue.rentPerMonth', { rent: formatEur(item.monthlyRentCents + (item.maintenanceFeeCents ?? 0)) })
          : t('common.none'),
    },
    {
      key: 'status',
      header: t('catalogue.col.status'),
      cell: (item) => (
        <ActiveBadge active={item.active} label={item.active ? t('catalogue.active') : t('catalogue.inactive')} />
      ),
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      rowKey={(item) => item.id}
      rowProps={(item) => ({ 'data-testid': `catalogue-row-${item.sku}`, 'data-active': item.active })}
      onRowClick={(item) => void navigate(`/catalogue/${item.id}`)}
      empty={{ title: t('catalogue.empty') }}
      testId="catalogue-table"
      minWidth={900}
      verticalSpacing="xs"
    />
  );
}
