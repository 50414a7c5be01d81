import { Anchor, Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/session.ts';
import { usePageTitle } from '../components/PageHeader.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { PORTAL_NAV, navItems } from '../navigation.ts';

/** Welcome screen of the client portal. */
export function PortalHomePage() {
  const { user, organisation } = useSession();
  const { t } = useI18n();
  usePageTitle(t('nav.portalHome'));
  const items = navItems(PORTAL_NAV).filter((item) => item.descriptionKey);

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="xl" data-testid="portal-welcome">
        <Title order={2}>{t('portal.welcome', { name: user.name })}</Title>
        <Text mt="xs" c="dimmed">
          {t('portal.intro', { organisation: organisation.name })}
        </Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {items.map((item) => (
          <Card key={item.key} withBorder radius="md" padding="lg">
            <Anchor component={Link} to={item.path} fw={700}>
              {t(item.labelKey)}
            </Anchor>
            {item.descriptionKey && (
              <Text size="sm" c="dimmed" mt={4}>
                {t(item.descriptionKey)}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
