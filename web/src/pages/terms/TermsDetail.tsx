import { Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import type { TermsDetail as TermsDetailData } from '../../api-types.ts';
import { useArticleLabel, useFormatValue } from '../../components/formatValue.ts';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useTermsDetail } from '../../data/terms.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { TermsStatusBadges } from './TermsList.tsx';

function ParametersTable({ terms }: { terms: TermsDetailData }) {
  const { t, pick } = useI18n();
  const format = useFormatValue();
  const articleLabel = useArticleLabel();
  if (terms.parameters.length === 0) return <Empty title={t('terms.noParameters')} />;
  return (
    <Table striped verticalSpacing="xs" data-testid="terms-parameters">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('terms.param.label')}</Table.Th>
          <Table.Th>{t('terms.param.value')}</Table.Th>
          <Table.Th w={100}>{t('terms.param.article')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {terms.parameters.map((parameter) => (
          <Table.Tr key={parameter.key} data-testid={`terms-param-${parameter.key}`}>
            <Table.Td>
              <Text size="sm">{pick(parameter.label) || parameter.key}</Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {parameter.key}
              </Text>
            </Table.Td>
            <Table.Td fw={500}>{format(parameter.key, parameter.value)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm" fw={600} c="indigo.7">
                {articleLabel(parameter.article)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ArticlesTable({ terms }: { terms: TermsDetailData }) {
  const { t, pick } = useI18n();
  const articleLabel = useArticleLabel();
  if (terms.articles.length === 0) return <Empty title={t('terms.noArticles')} />;
  return (
    <Table verticalSpacing="sm" data-testid="terms-articles">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={100}>{t('terms.article.number')}</Table.Th>
          <Table.Th w={240}>{t('terms.article.title')}</Table.Th>
          <Table.Th>{t('terms.article.summary')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {terms.articles.map((article) => (
          <Table.Tr key={article.number} data-testid={`terms-article-${article.number}`}>
            <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
              {articleLabel(article.number)}
            </Table.Td>
            <Table.Td fw={500}>{pick(article.title)}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {pick(article.summary)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One terms version: dates, status, parameters and articles. */
export function TermsDetail({ version, inForce }: { version: string; inForce: boolean }) {
  const { t } = useI18n();
  const detail = useTermsDetail(version);
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="terms-detail-error" />;
  const terms = detail.data;

  return (
    <Paper withBorder radius="md" p="lg" data-testid="terms-detail">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3}>{t('terms.detailTitle', { version: terms.version })}</Title>
            <Text size="sm" c="dimmed">
              {t('terms.col.effectiveFrom')} {formatDate(terms.effectiveFrom)}
              {terms.publishedAt && ` · ${t('terms.col.publishedAt')} ${formatDateTime(terms.publishedAt)}`}
            </Text>
          </div>
          <TermsStatusBadges terms={terms} inForce={inForce} />
        </Group>
        <Tabs defaultValue="parameters" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="parameters" data-testid="terms-tab-parameters">
              {t('terms.parameters')} ({terms.parameters.length})
            </Tabs.Tab>
            <Tabs.Tab value="articles" data-testid="terms-tab-articles">
              {t('terms.articles')} ({terms.articles.length})
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="parameters" pt="md">
            <ParametersTable terms={terms} />
          </Tabs.Panel>
          <Tabs.Panel value="articles" pt="md">
            <ArticlesTable terms={terms} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
