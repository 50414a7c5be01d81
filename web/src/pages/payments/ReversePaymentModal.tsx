import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useReversePayment } from '../../data/payments.ts';
import { formatDate, formatEur, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Payment } from '../../types/payments.ts';

/** Reverses a payment the bank took back (bounced direct debit, recalled transfer): its invoices reopen. */
export function ReversePaymentModal({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const { t } = useI18n();
  const reverse = useReversePayment();
  const [reason, setReason] = useState('');
  const [reversedOn, setReversedOn] = useState(todayInParis());
  const errors = reverse.error instanceof ApiError ? reverse.error.fieldErrors() : {};
  return (
    <Modal opened onClose={onClose} title={t('payment.reverseTitle')} data-testid="payment-reverse-modal">
      <Stack gap="md">
        <Text size="sm">
          {t('payment.reverseHint', {
            amount: formatEur(payment.amountCents),
            date: formatDate(payment.receivedOn),
            client: payment.clientName,
          })}
        </Text>
        <Textarea
          label={t('payment.reverseReason')}
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          data-testid="payment-reverse-reason"
        />
        <TextInput
          type="date"
          label={t('payment.reversedOn')}
          withAsterisk
          value={reversedOn}
          onChange={(e) => setReversedOn(e.currentTarget.value)}
          error={errors.reversedOn}
          data-testid="payment-reverse-date"
        />
        {reverse.isError && (
          <ProblemAlert error={reverse.error} shownFields={['reason', 'reversedOn']} testId="payment-reverse-error" />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={reverse.isPending}
            onClick={() =>
              reverse.mutate({ id: payment.id, reason: reason.trim(), reversedOn }, { onSuccess: onClose })
            }
            data-testid="payment-reverse-submit"
          >
            {t('payment.reverse')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
