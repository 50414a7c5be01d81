import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ProblemAlert, QueryContent } from '../../components/QueryState.tsx';
import { useMarkRead, useNotifications, useNotificationSettings, useSetNotificationSettings } from '../../data/mail.ts';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

const OBJECT_PATHS: Record<string, string> = {
  quote: '/quotes/',
  contract: '/contracts/',
  invoice: '/invoices/',
  'debit-note': '/debit-notes/',
};

/** The signed-in staff user's notifications, and whether they also come by e-mail. */
export function NotificationsPage() {
  const { t, pick } = useI18n();
  const list = useNotifications();
  const settings = useNotificationSettings();
  const setSettings = useSetNotificationSettings();
  const markRead = useMarkRead();
  // The switch follows the click at once (a controlled input); the server's answer settles it.
  const [optIn, setOptIn] = useState<boolean | null>(null);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        actions={
          (list.data?.unread ?? 0) > 0 && (
            <Button
              size="xs"
              variant="light"
              onClick={() => markRead.mutate(null)}
              data-testid="notifications-read-all"
            >
              {t('notifications.markAllRead')}
            </Button>
          )
        }
      />
      <Switch
        label={t('notifications.emailOptIn')}
        checked={optIn ?? settings.data?.emailOptIn ?? false}
        disabled={settings.isPending}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setOptIn(on);
          setSettings.mutate(on, { onSettled: () => setOptIn(null) });
        }}
        data-testid="notifications-email-opt-in"
      />
      {setSettings.isError && <ProblemAlert error={setSettings.error} />}
      <Paper withBorder radius="md" p="md">
        <QueryContent
          query={list}
          isEmpty={(d) => d.items.length === 0}
          emptyTitle={t('notifications.empty')}
          testId="notifications"
        >
          {({ items, unread }) => (
            <Stack gap="sm" data-testid="notifications-list">
              <Text size="sm" c="dimmed">
                {t('notifications.unread', { count: unread })}
              </Text>
              {items.map((n) => {
                const base = OBJECT_PATHS[n.objectType];
                return (
                  <Group
                    key={n.id}
                    justify="space-between"
                    wrap="nowrap"
                    align="flex-start"
                    data-testid={`notification-${n.kind}`}
                    data-read={n.readAt ? 'true' : 'false'}
                  >
                    <div>
                      <Group gap="xs">
                        {!n.readAt && (
                          <Badge size="xs" color="blue">
                            •
                          </Badge>
                        )}
                        <Text size="sm" fw={n.readAt ? 400 : 600}>
                          {pick(n.text)}
                        </Text>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(n.createdAt)}
                        {base && (
                          <>
                            {' — '}
                            <Anchor
                              component={Link}
                              to={`${base}${encodeURIComponent(n.objectId)}`}
                              size="xs"
                              underline="always"
                            >
                              {t('notifications.open')}
                            </Anchor>
                          </>
                        )}
                      </Text>
                    </div>
                    {!n.readAt && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => markRead.mutate(n.id)}
                        data-testid="notification-read"
                      >
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </Group>
                );
              })}
            </Stack>
          )}
        </QueryContent>
      </Paper>
    </Stack>
  );
}
