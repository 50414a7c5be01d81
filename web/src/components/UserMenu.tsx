import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLogout, useSession } from '../auth/session.ts';
import { useI18n } from '../i18n/i18n.ts';
import { PasswordModal } from './PasswordModal.tsx';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    parts
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase() ?? '')
      .join('') || '?'
  );
}

/** Header menu with the signed-in user's name and role, and sign-out. */
export function UserMenu() {
  const { user } = useSession();
  const { t } = useI18n();
  const logout = useLogout();
  const navigate = useNavigate();
  const roleLabel = t(`role.${user.role}`);
  const [changingPassword, setChangingPassword] = useState(false);

  const signOut = () => {
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
  };

  return (
    <>
      <Menu position="bottom-end" width={260} withinPortal>
        <Menu.Target>
          <UnstyledButton data-testid="user-menu">
            <Group gap="xs" wrap="nowrap">
              <Avatar color="indigo" radius="xl" size="sm">
                {initials(user.name)}
              </Avatar>
              <div style={{ lineHeight: 1.1 }}>
                <Text size="sm" fw={600} data-testid="user-menu-name">
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" data-testid="user-menu-role" visibleFrom="sm">
                  {roleLabel}
                </Text>
                {/* The button's name starts with what it shows (axe-core label-content-name-mismatch). */}
                <VisuallyHidden>{t('userMenu.label')}</VisuallyHidden>
              </div>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('userMenu.signedInAs')}</Menu.Label>
          <div style={{ padding: '0 12px 8px' }}>
            <Text size="sm" fw={600}>
              {user.name}
            </Text>
            <Text size="xs" c="dimmed">
              {user.email}
            </Text>
            <Text size="xs" c="dimmed">
              {roleLabel}
            </Text>
          </div>
          <Menu.Divider />
          <Menu.Item onClick={() => setChangingPassword(true)} data-testid="password-open">
            {t('password.open')}
          </Menu.Item>
          <Menu.Item color="red" onClick={signOut} disabled={logout.isPending} data-testid="logout">
            {t('userMenu.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <PasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
