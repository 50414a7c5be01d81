import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.ts';
import { ProblemAlert } from './QueryState.tsx';

/**
 * The signed-in user changes its own password: the current one is required (the server checks
 * it), the new one typed twice (checked here, with the server's own rule of 10 characters).
 */
export function PasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post<void>('/api/me/password', body),
  });
  const errors = change.error instanceof ApiError ? change.error.fieldErrors() : {};
  const close = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setMismatch(false);
    change.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(next !== repeat);
    if (next !== repeat) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('password.title')} centered data-testid="password-modal">
      {change.isSuccess ? (
        <Stack gap="md">
          <Alert color="teal" data-testid="password-done">
            {t('password.done')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-testid="password-form">
          <Stack gap="sm">
            {change.isError && (
              <ProblemAlert
                error={change.error}
                shownFields={['currentPassword', 'newPassword']}
                testId="password-error"
              />
            )}
            <PasswordInput
              label={t('password.current')}
              autoComplete="current-password"
              withAsterisk
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={errors.currentPassword}
              data-testid="password-current"
            />
            <PasswordInput
              label={t('password.new')}
              description={t('password.newHint')}
              autoComplete="new-password"
              withAsterisk
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              error={errors.newPassword}
              data-testid="password-new"
            />
            <PasswordInput
              label={t('password.repeat')}
              autoComplete="new-password"
              withAsterisk
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              error={mismatch ? t('password.mismatch') : undefined}
              data-testid="password-repeat"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={change.isPending} data-testid="password-submit">
                {t('password.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
