import { AppShell, Badge, Burger, Container, Divider, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router-dom';
import { useSession } from '../auth/session.ts';
import { useI18n } from '../i18n/i18n.ts';
import { visibleNav } from '../navigation.ts';
import type { NavGroup } from '../navigation.ts';
import { GlobalSearch } from './GlobalSearch.tsx';
import { LangSwitch } from './LangSwitch.tsx';
import { NavMenu } from './NavMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The signed-in frame: header (product, organisation, language, user) and role-filtered menu. */
export function AppLayout({ nav, portal = false }: { nav: readonly NavGroup[]; portal?: boolean }) {
  const { user, organisation } = useSession();
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  const groups = visibleNav(nav, user.role);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
      data-testid={portal ? 'portal-layout' : 'backoffice-layout'}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text fw={800} size="lg" c="indigo.7" data-testid="app-name">
              {t('app.name')}
            </Text>
            <Divider orientation="vertical" visibleFrom="xs" />
            <Text size="sm" c="dimmed" data-testid="org-name" visibleFrom="xs" truncate>
              {organisation.name}
            </Text>
            {portal && (
              <Badge variant="light" color="teal" visibleFrom="sm">
                {t('app.portal')}
              </Badge>
            )}
          </Group>
          <Group gap="md" wrap="nowrap">
            {!portal && <GlobalSearch />}
            <LangSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppShell.Section grow component={ScrollArea}>
          <NavMenu groups={groups} onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
