import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useCatalogue } from '../../data/catalogue.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { CATALOGUE_WRITERS, useCan } from '../../roles.ts';
import { ITEM_KINDS, OFFER_LINES } from '../../types/catalogue.ts';
import type { CatalogueFilter, ItemKind, OfferLine } from '../../types/catalogue.ts';
import { CatalogueItemFormModal } from './CatalogueItemFormModal.tsx';
import { CatalogueTable } from './CatalogueTable.tsx';

/** The catalogue: filter by kind, offer line, status or text; prices are indicative (art. 9.1). */
export function CataloguePage() {
  const { t } = useI18n();
  const canWrite = useCan(CATALOGUE_WRITERS);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [kind, setKind] = useState<ItemKind | ''>('');
  const [offerLine, setOfferLine] = useState<OfferLine | ''>('');
  const [active, setActive] = useState<'true' | 'false' | ''>('true');
  const [creating, setCreating] = useState(false);
  const filter: CatalogueFilter = {
    ...(q ? { q } : {}),
    ...(kind ? { kind } : {}),
    ...(offerLine ? { offerLine } : {}),
    ...(active ? { active } : {}),
  };
  const list = useCatalogue(filter);
  const items = list.data?.items ?? [];

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
          <TextInput
            label={t('catalogue.search')}
            placeholder={t('catalogue.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
            data-testid="catalogue-search"
          />
          <NativeSelect
            label={t('catalogue.col.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ItemKind | '')}
            data={[
              { value: '', label: t('common.all') },
              ...ITEM_KINDS.map((value) => ({ value, label: t(`catalogue.kind.${value}`) })),
            ]}
            data-testid="catalogue-kind"
          />
          <NativeSelect
            label={t('catalogue.col.offer')}
            value={offerLine}
            onChange={(e) => setOfferLine(e.currentTarget.value as OfferLine | '')}
            data={[
              { value: '', label: t('common.all') },
              ...OFFER_LINES.map((value) => ({ value, label: t(`catalogue.offer.${value}`) })),
            ]}
            data-testid="catalogue-offer"
          />
          <NativeSelect
            label={t('catalogue.col.status')}
            value={active}
            onChange={(e) => setActive(e.currentTarget.value as 'true' | 'false' | '')}
            data={[
              { value: 'true', label: t('catalogue.active') },
              { value: 'false', label: t('catalogue.inactive') },
              { value: '', label: t('common.all') },
            ]}
            data-testid="catalogue-active"
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
      </Paper>
      <CatalogueItemFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
