import { useState } from 'react';
import { Alert, Badge, Button, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { Facts } from '../../components/Facts.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useCatalogueItem, useSetItemActive } from '../../data/catalogue.ts';
import { formatDateTime, formatEur, formatPercent } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { CATALOGUE_WRITERS, useCan } from '../../roles.ts';
import { CatalogueItemFormModal } from './CatalogueItemFormModal.tsx';

const eur = (cents: number | null) => (cents === null ? null : formatEur(cents));

/** One catalogue item; administrators edit it or withdraw it (never deleted). */
export function CatalogueItemPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const query = useCatalogueItem(id);
  const toggle = useSetItemActive(id ?? '');
  const canWrite = useCan(CATALOGUE_WRITERS);
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <Loading />;
  if (query.isError)
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="item-load-error" />;
  const item = query.data;
  const product = item.kind === 'product';

  return (
    <Stack gap="md" data-testid="catalogue-item" data-active={item.active}>
      <PageHeader
        title={item.name}
        subtitle={[item.manufacturer, item.sku].filter(Boolean).join(' · ')}
        actions={
          canWrite && (
            <>
              <Button variant="default" onClick={() => setEditing(true)} data-testid="catalogue-edit">
                {t('common.edit')}
              </Button>
              <Button
                variant="light"
                color={item.active ? 'red' : 'teal'}
                loading={toggle.isPending}
                onClick={() => toggle.mutate(!item.active)}
                data-testid="catalogue-toggle-active"
              >
                {item.active ? t('catalogue.deactivate') : t('catalogue.reactivate')}
              </Button>
            </>
          )
        }
      />
      {toggle.isError && <ProblemAlert error={toggle.error} testId="catalogue-toggle-error" />}
      <Alert variant="light" color="indigo" data-testid="catalogue-indicative-note">
        <Text size="sm">{t('catalogue.indicativeNote')}</Text>
      </Alert>
      <Section
        title={t('catalogue.item')}
        actions={
          <Badge variant="light" color={item.active ? 'teal' : 'gray'}>
            {item.active ? t('catalogue.active') : t('catalogue.inactive')}
          </Badge>
        }
      >
        <Facts
          items={[
            {
              label: t('catalogue.col.kind'),
              value: product ? t(`catalogue.solution.${item.solutionKind ?? 'hardware'}`) : t('catalogue.kind.service'),
            },
            { label: t('catalogue.col.offer'), value: item.offerLine ? t(`catalogue.offer.${item.offerLine}`) : null },
            { label: t('catalogue.category'), value: item.category },
            {
              label: t('catalogue.indicativePrice'),
              value: formatEur(item.indicativePriceCents),
              testId: 'catalogue-item-price',
            },
            { label: t('catalogue.col.vat'), value: formatPercent(item.vatRatePercent) },
            {
              label: t('catalogue.rentable'),
              value: item.rentable ? t('common.yes') : t('common.no'),
              hidden: !product,
            },
            { label: t('catalogue.monthlyRent'), value: eur(item.monthlyRentCents), hidden: !item.rentable },
            { label: t('catalogue.maintenanceFee'), value: eur(item.maintenanceFeeCents), hidden: !item.rentable },
            { label: t('catalogue.warrantyMonths'), value: item.warrantyMonths, hidden: !product },
            {
              label: t('catalogue.licenceUsers'),
              value: item.licenceUsers,
              hidden: item.solutionKind !== 'virtualized',
            },
            {
              label: t('catalogue.lateCancellationIndemnity'),
              value: eur(item.lateCancellationIndemnityCents),
              hidden: product,
            },
            {
              label: t('catalogue.offHoursSurcharge'),
              value: item.offHoursSurchargePercent ? formatPercent(item.offHoursSurchargePercent) : null,
              hidden: product,
            },
            { label: t('catalogue.updatedAt'), value: formatDateTime(item.updatedAt) },
          ]}
        />
        {item.description && <Text size="sm">{item.description}</Text>}
      </Section>
      <CatalogueItemFormModal opened={editing} item={item} onClose={() => setEditing(false)} />
    </Stack>
  );
}
