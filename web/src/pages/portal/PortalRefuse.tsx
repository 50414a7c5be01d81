import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { usePortalRefuse } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Quote } from '../../types/quotes.ts';

/**
 * The client declines an issued quote in the portal, with an optional reason. It asks first and
 * states the consequence (art. 3.1: no contract; only a new version can follow).
 */
export function PortalRefuse({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const refuse = usePortalRefuse(quote.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const errors = refuse.error instanceof ApiError ? refuse.error.fieldErrors() : {};
  if (refuse.isSuccess)
    return (
      <Alert color="gray" data-testid="portal-refuse-done">
        {t('portalRefuse.done')}
      </Alert>
    );
  if (quote.status !== 'issued') return null;
  return (
    <>
      <Group justify="flex-end">
        <Button variant="default" color="red" onClick={() => setOpen(true)} data-testid="portal-refuse-open">
          {t('portalRefuse.open')}
        </Button>
      </Group>
      <ConfirmModal
        opened={open}
        title={t('portalRefuse.title')}
        confirmLabel={t('portalRefuse.confirm')}
        color="red"
        loading={refuse.isPending}
        error={refuse.error}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          refuse.mutate(reason.trim() ? { reason: reason.trim() } : {}, { onSuccess: () => setOpen(false) })
        }
        testId="portal-refuse"
      >
        <Stack gap="sm">
          <Text size="sm">{t('portalRefuse.warning')}</Text>
          <Textarea
            label={t('portalRefuse.reason')}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            data-testid="portal-refuse-reason"
          />
        </Stack>
      </ConfirmModal>
    </>
  );
}
