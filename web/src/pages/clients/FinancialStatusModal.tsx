import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useChangeFinancialStatus } from '../../data/clients.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { FINANCIAL_STATUSES } from '../../types/clients.ts';
import type { ClientDetail, FinancialStatus } from '../../types/clients.ts';

function StatusForm({ client, onDone }: { client: ClientDetail; onDone: () => void }) {
  const { t } = useI18n();
  const change = useChangeFinancialStatus(client.id);
  const [status, setStatus] = useState<FinancialStatus>(client.financialStatus ?? 'normal');
  const [reason, setReason] = useState('');
  const errors = change.error instanceof ApiError ? change.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ status, reason: reason.trim() }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {change.isError && (
          <ProblemAlert error={change.error} shownFields={['status', 'reason']} testId="financial-status-error" />
        )}
        <NativeSelect
          label={t('client.financialStatus')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as FinancialStatus)}
          data={FINANCIAL_STATUSES.map((value) => ({ value, label: t(`client.financial.${value}`) }))}
          error={errors.status}
          data-testid="financial-status-select"
        />
        <Textarea
          label={t('client.financialReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          autosize
          minRows={2}
          withAsterisk
          data-testid="financial-status-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending} data-testid="financial-status-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Accounting changes a client's financial status, with its reason (kept in the evidence log). */
export function FinancialStatusModal({
  client,
  opened,
  onClose,
}: {
  client: ClientDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('client.changeFinancialStatus')}
      data-testid="financial-status-modal"
    >
      {opened && <StatusForm client={client} onDone={onClose} />}
    </Modal>
  );
}
