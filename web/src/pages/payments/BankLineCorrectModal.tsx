import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { ClientPicker } from '../../components/ClientPicker.tsx';
import { useConfirmBankLine } from '../../data/payments.ts';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { BankLine } from '../../types/payments.ts';
import { AllocationTable } from './AllocationTable.tsx';
import { allocationErrorsById, autoAllocate, summarize } from './allocation-form.ts';
import { useOpenDocuments } from './useOpenDocuments.ts';

/** Corrects the match of a bank line: the client who paid and where the money goes; the rest is credit. */
export function BankLineCorrectModal({
  importId,
  line,
  onClose,
}: {
  importId: string;
  line: BankLine;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const confirm = useConfirmBankLine(importId);
  const [clientId, setClientId] = useState(line.proposal?.clientId ?? line.clientId ?? '');
  const [inputs, setInputs] = useState<Record<string, string> | null>(null);
  const { documents, query } = useOpenDocuments(clientId);
  const shown = inputs ?? autoAllocate(documents, line.amountCents);
  const summary = summarize(documents, shown, line.amountCents);
  const serverErrors = confirm.error instanceof ApiError ? confirm.error.fieldErrors() : {};

  return (
    <Modal opened onClose={onClose} size="xl" title={t('bankLine.correctTitle')} data-testid="bank-line-correct-modal">
      <Stack gap="md">
        <Text size="sm">
          {t('bankLine.correctHint', {
            date: formatDate(line.bookedOn),
            amount: formatEur(line.amountCents),
            label: line.label,
          })}
        </Text>
        <ClientPicker
          value={clientId}
          onChange={(id) => {
            setClientId(id);
            setInputs(null);
          }}
          error={serverErrors.clientId}
          testId="bank-line-client"
        />
        {clientId &&
          (query.isPending ? (
            <Loading />
          ) : documents.length === 0 ? (
            <Empty title={t('payment.noOpenDocuments')} />
          ) : (
            <AllocationTable
              documents={documents}
              inputs={shown}
              summary={summary}
              serverErrors={allocationErrorsById(serverErrors, summary.allocations)}
              onChange={(id, value) => setInputs({ ...shown, [id]: value })}
            />
          ))}
        <Group justify="flex-end" gap="xl">
          <Text size="sm">
            {t('payment.allocatedTotal')} : <b>{formatEur(summary.allocatedCents)}</b>
          </Text>
          <Text size="sm">
            {t('payment.remainingCredit')} : <b>{formatEur(summary.remainingCents)}</b>
          </Text>
        </Group>
        {summary.overAllocated && (
          <Alert color="red" variant="light">
            {t('payment.overAllocated')}
          </Alert>
        )}
        {confirm.isError && (
          <ProblemAlert
            error={confirm.error}
            shownFields={Object.keys(serverErrors).filter((p) => p.startsWith('allocations.') || p === 'clientId')}
            testId="bank-line-correct-error"
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!clientId || summary.overAllocated || Object.keys(summary.errors).length > 0}
            loading={confirm.isPending}
            onClick={() =>
              confirm.mutate(
                { lineId: line.id, body: { clientId, allocations: summary.allocations } },
                { onSuccess: onClose },
              )
            }
            data-testid="bank-line-correct-submit"
          >
            {t('bankLine.confirmCorrected')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
