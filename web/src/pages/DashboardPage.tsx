import { Anchor, Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/session.ts';
import { usePageTitle } from '../components/PageHeader.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { BACK_OFFICE_NAV, visibleNav } from '../navigation.ts';
import { PrivacyDueCard } from './privacy/PrivacyDueCard.tsx';

/** Welcome screen of the back-office, with the sections the user's role opens. */
export function DashboardPage() {
  const { user, organisation } = useSession();
  const { t } = useI18n();
  usePageTitle(t('nav.dashboard'));
  const groups = visibleNav(BACK_OFFICE_NAV, user.role).filter((group) => group.labelKey);

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="xl" data-testid="dashboard-welcome">
        <Title order={2}>{t('dashboard.welcome', { name: user.name })}</Title>
        <Text mt="xs" data-testid="dashboard-role">
          {t('dashboard.roleLine', { role: t(`role.${user.role}`), organisation: organisation.name })}
        </Text>
        <Text mt="xs" c="dimmed" size="sm">
          {t('dashboard.intro')}
        </Text>
      </Paper>
      {(user.role === 'admin' || user.role === 'dpo') && <PrivacyDueCard />}
      <Title order={3} size="h4">
        {t('dashboard.shortcuts')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {groups.map((group) => (
          <Card key={group.key} withBorder radius="md" padding="lg">
            <Text fw={700} mb="xs">
              {group.labelKey ? t(group.labelKey) : null}
            </Text>
            <Stack gap={4}>
              {group.items.map((item) => (
                <Anchor key={item.key} component={Link} to={item.path} size="sm">
                  {t(item.labelKey)}
                </Anchor>
              ))}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
