import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../components/PageHeader.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { findArticle, useTermsDetail, useTermsList, versionInForce } from '../data/terms.ts';
import { todayInParis } from '../format.ts';
import type { NavItem } from '../navigation.ts';

/** Placeholder of a capability still to come, with the articles of the terms it will apply. */
export function ComingSoonPage({ item, withTermsTitles = true }: { item: NavItem; withTermsTitles?: boolean }) {
  const { t, pick } = useI18n();
  usePageTitle(t(item.labelKey));
  const terms = useTermsList(withTermsTitles && item.articles.length > 0);
  const current = terms.data ? versionInForce(terms.data.items, todayInParis()) : undefined;
  const detail = useTermsDetail(current?.version);
  const articles = detail.data?.articles ?? [];

  return (
    <Paper withBorder radius="md" p="xl" data-testid="coming-soon">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} data-testid="page-title">
            {t(item.labelKey)}
          </Title>
          <Badge variant="light" color="gray" data-testid="coming-soon-badge">
            {t('soon.badge')}
          </Badge>
        </Group>
        {item.descriptionKey && <Text>{t(item.descriptionKey)}</Text>}
        <Text c="dimmed" size="sm">
          {t('soon.intro')}
        </Text>
        {item.articles.length > 0 && (
          <div>
            <Text fw={600} size="sm" mb="xs">
              {t('soon.articles')}
            </Text>
            <Stack gap={6} data-testid="coming-soon-articles">
              {item.articles.map((number) => {
                const article = findArticle(articles, number);
                return (
                  <Group key={number} gap="sm" wrap="nowrap" align="baseline">
                    <Badge variant="outline" radius="sm" style={{ flexShrink: 0 }}>
                      {t('common.article', { number })}
                    </Badge>
                    {article && <Text size="sm">{pick(article.title)}</Text>}
                  </Group>
                );
              })}
            </Stack>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
