import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { usePrivacyRequests } from '../../data/privacy.ts';
import { formatDate } from '../../format.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';

/** Dashboard card (admin, data protection officer): the data-subject requests due within 7 days. */
export function PrivacyDueCard() {
  const { t } = useI18n();
  const soon = usePrivacyRequests(true);
  if (soon.isPending || soon.isError) return null;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="dashboard-privacy-due">
      <Anchor component={Link} to="/privacy" fw={700}>
        {t('privacy.dueSoon')}
      </Anchor>
      {soon.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('privacy.noneDueSoon')}
        </Text>
      ) : (
        <Stack gap={4} mt="xs">
          {soon.data.items.map((r) => (
            <Group key={r.id} gap="xs">
              <Text size="sm">
                {formatDate(r.effectiveDueOn)} — {t(`privacy.kind.${r.kind}` as MessageKey)} — {r.subjectEmail}
              </Text>
              {r.overdue && <Badge color="red">{t('privacy.overdue')}</Badge>}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
