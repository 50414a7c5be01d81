import { Paper, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useTermsList, versionInForce } from '../../data/terms.ts';
import { todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { TermsDetail } from './TermsDetail.tsx';
import { TermsList } from './TermsList.tsx';

/** Terms versions; /terms shows the version in force, /terms/:version a chosen one. */
export function TermsPage() {
  const { t } = useI18n();
  const { version } = useParams();
  const list = useTermsList();
  const items = list.data?.items ?? [];
  const inForce = versionInForce(items, todayInParis())?.version;
  const selected = version ?? inForce ?? items[0]?.version;

  return (
    <>
      <PageHeader title={t('terms.title')} subtitle={t('terms.subtitle')} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} testId="terms-error" />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Empty title={t('terms.empty')} />
        </Paper>
      ) : (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="md">
            <Text fw={600} mb="sm">
              {t('terms.versions')}
            </Text>
            <TermsList items={items} selected={selected} inForce={inForce} />
          </Paper>
          {selected ? (
            <TermsDetail version={selected} inForce={selected === inForce} />
          ) : (
            <Text c="dimmed">{t('terms.select')}</Text>
          )}
        </Stack>
      )}
    </>
  );
}
