import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { CATALOGUE_WRITERS, useCan } from '../../roles.ts';
import { ITEM_KINDS, OFFER_LINES } from '../../types/catalogue.ts';
import type { CatalogueItem } from '../../types/catalogue.ts';
import { ListFooter, ListSort } from '../../lists/ListControls.tsx';
import { ListSearch } from '../../lists/ListSearch.tsx';
import { useServerList } from '../../lists/useServerList.ts';

const SORTS = ['name', 'reference', 'kind', 'price'] as const;
const FILTER_KEYS = ['q', 'kind', 'offerLine', 'active'];
import { CatalogueItemFormModal } from './CatalogueItemFormModal.tsx';
import { CatalogueTable } from './CatalogueTable.tsx';

/** The catalogue: filter by kind, offer line, status or text; prices are indicative (art. 9.1). */
export function CataloguePage() {
  const { t } = useI18n();
  const canWrite = useCan(CATALOGUE_WRITERS);
  const [creating, setCreating] = useState(false);
  const server = useServerList<CatalogueItem>({
    path: '/api/catalogue',
    queryKey: ['catalogue', 'list'],
    filterKeys: FILTER_KEYS,
    sorts: SORTS,
    defaultSort: 'name',
    defaultDir: 'asc',
  });
  const f = server.state.filters;
  const list = server.result as typeof server.result & { data?: { total?: number } };
  const items = server.items;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('catalogue.title')}
        subtitle={t('catalogue.subtitle')}
        actions={
          canWrite && (
            <Button onClick={() => setCreating(true)} data-testid="catalogue-new">
              {t('catalogue.new')}
            </Button>
          )
        }
      />
      <Alert variant="light" color="indigo" data-testid="catalogue-indicative-note">
        <Text size="sm">{t('catalogue.indicativeNote')}</Text>
      </Alert>
      <Paper withBorder radius="md" p="md">
        <Group mb="md" align="flex-end">
          <ListSearch list={server} placeholder={t('catalogue.searchPlaceholder')} testId="catalogue-search" />
          <NativeSelect
            label={t('catalogue.col.kind')}
            value={f.kind ?? ''}
            onChange={(e) => server.setFilter('kind', e.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...ITEM_KINDS.map((value) => ({ value, label: t(`catalogue.kind.${value}`) })),
            ]}
            data-testid="catalogue-kind"
          />
          <NativeSelect
            label={t('catalogue.col.offer')}
            value={f.offerLine ?? ''}
            onChange={(e) => server.setFilter('offerLine', e.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...OFFER_LINES.map((value) => ({ value, label: t(`catalogue.offer.${value}`) })),
            ]}
            data-testid="catalogue-offer"
          />
          <NativeSelect
            label={t('catalogue.col.status')}
            value={f.active ?? ''}
            onChange={(e) => server.setFilter('active', e.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              { value: 'true', label: t('catalogue.active') },
              { value: 'false', label: t('catalogue.inactive') },
            ]}
            data-testid="catalogue-active"
          />
          <ListSort
            list={server}
            sorts={Object.fromEntries(SORTS.map((s) => [s, t(`catalogue.sort.${s}`)]))}
            testId="catalogue"
          />
          <Text size="sm" c="dimmed" ml="auto" data-testid="catalogue-total">
            {t('catalogue.total', { total: list.data?.total ?? 0 })}
          </Text>
        </Group>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => void list.refetch()} testId="catalogue-error" />
        ) : (
          <CatalogueTable items={items} />
        )}
        <ListFooter list={server} testId="catalogue" />
      </Paper>
      <CatalogueItemFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
