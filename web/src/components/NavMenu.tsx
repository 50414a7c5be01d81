import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/i18n.ts';
import type { NavGroup } from '../navigation.ts';
import { UnreadBadge } from './UnreadBadge.tsx';

function matches(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`);
}

/** The grouped side menu; the longest matching entry is marked as the current page. */
export function NavMenu({ groups, onNavigate }: { groups: readonly NavGroup[]; onNavigate?: () => void }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const activePath = groups
    .flatMap((group) => group.items.map((item) => item.path))
    .filter((path) => matches(pathname, path))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <Stack gap="md">
      {groups.map((group) => (
        <div key={group.key} role="group" aria-label={group.labelKey ? t(group.labelKey) : undefined}>
          {group.labelKey && (
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} style={{ letterSpacing: 0.5 }}>
              {t(group.labelKey)}
            </Text>
          )}
          {group.items.map((item) => {
            const active = item.path === activePath;
            return (
              <NavLink
                key={item.key}
                component={Link}
                to={item.path}
                label={t(item.labelKey)}
                rightSection={item.key === 'notifications' ? <UnreadBadge /> : undefined}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={onNavigate}
                data-testid={`nav-${item.key}`}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            );
          })}
        </div>
      ))}
    </Stack>
  );
}
