import { Badge, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { OutboxMessage } from '../types/mail.ts';

const COLORS = { queued: 'blue', sent: 'teal', failed: 'red', cancelled: 'gray' } as const;

/**
 * The true status of an e-mail: "En file d'attente" until the transport accepted it, "Envoyé le …"
 * from then on, "Échec : …" once given up — never "sent" before it left.
 */
export function MessageStatus({ message }: { message: OutboxMessage }) {
  const { t } = useI18n();
  const label =
    message.status === 'sent'
      ? t('mail.status.sent', { date: formatDateTime(message.sentAt) })
      : message.status === 'failed'
        ? t('mail.status.failed', { error: message.lastError ?? '' })
        : message.status === 'cancelled'
          ? t('mail.status.cancelled', { date: formatDateTime(message.cancelledAt) })
          : t('mail.status.queued');
  return (
    <Stack gap={2} data-testid="mail-status" data-status={message.status}>
      {message.status === 'failed' ? (
        // Plain text, not a badge (which never wraps): a transport's error is read in full and does
        // not push the row's actions (retry, cancel) off the right of the outbox.
        <Text size="sm" fw={600} c="red.9">
          {label}
        </Text>
      ) : (
        <Badge variant="light" color={COLORS[message.status]} style={{ textTransform: 'none' }}>
          {label}
        </Badge>
      )}
      {message.status === 'queued' && message.lastError && (
        <Text size="xs" c="orange.8">
          {t('mail.status.retrying', {
            attempts: message.attempts,
            error: message.lastError,
            date: formatDateTime(message.nextAttemptAt),
          })}
        </Text>
      )}
    </Stack>
  );
}
