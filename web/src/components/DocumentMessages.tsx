import { Group, Stack, Text } from '@mantine/core';
import { useMessagesOf, type RelatedType } from '../data/mail.ts';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { MessageStatus } from './MessageStatus.tsx';
import { ProblemAlert } from './QueryState.tsx';
import { Section } from './Section.tsx';

/** The e-mails of a document with their true delivery status (refreshed while one is queued). */
export function DocumentMessages({ type, id }: { type: RelatedType; id: string }) {
  const { t } = useI18n();
  const messages = useMessagesOf(type, id);
  const items = messages.data?.items ?? [];
  if (messages.isSuccess && items.length === 0) return null;
  return (
    <Section title={t('mail.messages')} hint={t('mail.messagesHint')} testId="document-messages">
      {messages.isError && <ProblemAlert error={messages.error} onRetry={() => void messages.refetch()} />}
      <Stack gap="xs">
        {items.map((m) => (
          <Group
            key={m.id}
            justify="space-between"
            align="flex-start"
            wrap="nowrap"
            data-testid={`document-message-${m.id}`}
          >
            <div>
              <Text size="sm" fw={600}>
                {m.subject}
              </Text>
              <Text size="xs" c="dimmed">
                {t('mail.to', { to: m.to.join(', ') })} — {formatDateTime(m.createdAt)}
              </Text>
            </div>
            <MessageStatus message={m} />
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
