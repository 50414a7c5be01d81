import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n.ts';
import { ProblemAlert } from './QueryState.tsx';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  loading?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  testId: string;
}

/** Asks before an action that cannot be undone (issue an invoice, delete a draft, reverse a payment). */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  color,
  loading = false,
  error,
  onConfirm,
  onClose,
  testId,
}: ConfirmModalProps) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered data-testid={testId}>
      <Stack gap="md">
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        {error ? <ProblemAlert error={error} testId={`${testId}-error`} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-testid={`${testId}-cancel`}>
            {t('common.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-testid={`${testId}-confirm`}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
