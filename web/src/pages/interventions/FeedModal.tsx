import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useFeed } from '../../data/interventions.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** The secret URL of a technician's iCalendar feed (RFC 5545): shown once when made; revocable. */
export function FeedModal({ technicianId, onClose }: { technicianId: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const feed = useFeed();
  const close = () => {
    feed.reset();
    onClose();
  };
  const made = feed.data && 'path' in feed.data ? `${window.location.origin}${feed.data.path}` : null;
  return (
    <Modal
      opened={technicianId !== null}
      onClose={close}
      title={t('interventions.feed.title')}
      centered
      data-testid="feed-modal"
    >
      <Stack gap="sm">
        <Text size="sm">{t('interventions.feed.text')}</Text>
        {made && (
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }} data-testid="feed-url">
            {made}
          </Text>
        )}
        {feed.isSuccess && !made && (
          <Text size="sm" c="green" data-testid="feed-revoked">
            {t('interventions.feed.revoked')}
          </Text>
        )}
        {feed.isError && <ProblemAlert error={feed.error} testId="feed-error" />}
        <Group justify="flex-end">
          <Button
            variant="default"
            color="red"
            loading={feed.isPending}
            onClick={() => technicianId && feed.mutate({ technicianId, revoke: true })}
            data-testid="feed-revoke"
          >
            {t('interventions.feed.revoke')}
          </Button>
          <Button
            loading={feed.isPending}
            onClick={() => technicianId && feed.mutate({ technicianId, revoke: false })}
            data-testid="feed-create"
          >
            {t('interventions.feed.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
