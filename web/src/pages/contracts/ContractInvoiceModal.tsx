import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useInvoiceFromContract } from '../../data/invoices.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { CONTRACT_EVENTS } from '../../types/invoices.ts';
import type { ContractEvent } from '../../types/invoices.ts';

/** "Facturer": drafts the invoice of a contract event (order, delivery, completion; art. 10.1). */
export function ContractInvoiceModal({
  contractId,
  opened,
  onClose,
}: {
  contractId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const draft = useInvoiceFromContract();
  const [event, setEvent] = useState<ContractEvent>('order');
  const [operationDate, setOperationDate] = useState('');
  const fieldErrors = draft.error instanceof ApiError ? draft.error.fieldErrors() : {};

  const submit = () =>
    draft.mutate(
      { contractId, event, ...(operationDate ? { operationDate } : {}) },
      {
        onSuccess: (detail) => {
          onClose();
          void navigate(`/invoices/${detail.invoice.id}`);
        },
      },
    );

  return (
    <Modal opened={opened} onClose={onClose} title={t('contract.invoice.title')} data-testid="contract-invoice-modal">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('contract.invoice.hint')}
        </Text>
        <Radio.Group
          value={event}
          onChange={(value) => setEvent(value as ContractEvent)}
          label={t('contract.invoice.event')}
          error={fieldErrors.event}
        >
          <Stack gap={8} mt={6}>
            {CONTRACT_EVENTS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`contract.invoice.event.${value}`)}
                description={t(`contract.invoice.eventHint.${value}`)}
                data-testid={`contract-invoice-event-${value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          type="date"
          label={<OptionalLabel>{t('invoice.operationDate')}</OptionalLabel>}
          description={t('contract.invoice.operationDateHint')}
          value={operationDate}
          onChange={(e) => setOperationDate(e.currentTarget.value)}
          error={fieldErrors.operationDate}
          data-testid="contract-invoice-date"
        />
        {draft.isError && (
          <ProblemAlert error={draft.error} shownFields={['event', 'operationDate']} testId="contract-invoice-error" />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={draft.isPending} onClick={submit} data-testid="contract-invoice-submit">
            {t('contract.invoice.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
