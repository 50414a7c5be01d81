import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { OptionalLabel, PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { ClientPicker, type PickedClient } from '../../components/ClientPicker.tsx';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import { useRecordPayment } from '../../data/payments.ts';
import { formatEur, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { eurosToCents, typedCents } from '../../parse-number.ts';
import { PAYMENT_MEANS } from '../../types/payments.ts';
import type { PaymentMeans } from '../../types/payments.ts';
import { AllocationTable } from './AllocationTable.tsx';
import { allocationErrorsById, autoAllocate, summarize } from './allocation-form.ts';
import { useOpenDocuments } from './useOpenDocuments.ts';

const SHOWN = ['clientId', 'receivedOn', 'amountCents', 'means', 'reference'];

/**
 * Records a payment as received (the date the funds reached ALLEO, art. 10.1) and puts it against
 * the client's open invoices, oldest due date first by default, amounts editable; what is not
 * allocated stays the client's credit. `?clientId=` preselects the client, `?invoiceId=` puts that
 * invoice first and comes back to it once recorded.
 */
export function PaymentEntryPage() {
  const { t, tx } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const focusInvoiceId = params.get('invoiceId');
  const record = useRecordPayment();
  const [clientId, setClientId] = useState(params.get('clientId') ?? '');
  const [receivedOn, setReceivedOn] = useState(todayInParis());
  const [amount, setAmount] = useState('');
  const [means, setMeans] = useState<PaymentMeans | ''>('');
  const [reference, setReference] = useState('');
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);
  const { documents, query: invoices } = useOpenDocuments(clientId, focusInvoiceId);
  const [client, setClient] = useState<PickedClient | null>(null);

  const amountCents = eurosToCents(amount);
  // Until the user edits an allocation, the table follows the amount (oldest due date first).
  const shownInputs = touched ? inputs : autoAllocate(documents, amountCents ?? 0);
  const summary = summarize(documents, shownInputs, amountCents);
  const serverErrors = record.error instanceof ApiError ? record.error.fieldErrors() : {};
  const rowErrors = allocationErrorsById(serverErrors, summary.allocations);
  // Leaving with a payment half typed asks first (the client alone, preselected or picked, is no work lost).
  useLeaveGuard(
    (amount.trim() !== '' || reference.trim() !== '' || means !== '' || touched) &&
      !record.isSuccess &&
      !record.isPending,
  );
  const effectiveMeans: PaymentMeans = means || (client?.paymentMethod as PaymentMeans | undefined) || 'bank-transfer';

  const submit = () => {
    record.mutate(
      {
        clientId,
        receivedOn,
        amountCents: typedCents(amount),
        means: effectiveMeans,
        ...(reference.trim() ? { reference: reference.trim() } : {}),
        allocations: summary.allocations,
      },
      { onSuccess: () => void navigate(focusInvoiceId ? `/invoices/${focusInvoiceId}` : '/payments') },
    );
  };

  return (
    <Stack gap="md" data-testid="payment-entry">
      <PageHeader title={t('payment.new')} subtitle={t('payment.newHint')} />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <ClientPicker
              value={clientId}
              onChange={(id) => {
                setClientId(id);
                setTouched(false);
                setInputs({});
              }}
              onPicked={setClient}
              error={serverErrors.clientId}
              required
              testId="payment-client"
            />
            <TextInput
              type="date"
              label={t('payment.receivedOn')}
              description={t('payment.receivedOnHint')}
              withAsterisk
              value={receivedOn}
              onChange={(e) => setReceivedOn(e.currentTarget.value)}
              error={serverErrors.receivedOn}
              data-testid="payment-received-on"
            />
            <TextInput
              label={t('payment.amount')}
              withAsterisk
              inputMode="decimal"
              rightSection="€"
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              error={
                serverErrors.amountCents ?? (amount && amountCents === null ? t('payment.error.amount') : undefined)
              }
              data-testid="payment-amount"
            />
            <NativeSelect
              label={t('payment.means')}
              value={effectiveMeans}
              onChange={(e) => setMeans(e.currentTarget.value as PaymentMeans)}
              data={PAYMENT_MEANS.map((value) => ({ value, label: tx(`value.${value}`, value) }))}
              error={serverErrors.means}
              data-testid="payment-means"
            />
            <TextInput
              label={<OptionalLabel>{t('payment.reference')}</OptionalLabel>}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              error={serverErrors.reference}
              data-testid="payment-reference"
            />
          </SimpleGrid>

          <Group justify="space-between" align="flex-end">
            <div>
              <Text fw={600}>{t('payment.allocations')}</Text>
              <Text size="sm" c="dimmed">
                {t('payment.allocationsHint')}
              </Text>
            </div>
            {documents.length > 0 && (
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setInputs(autoAllocate(documents, amountCents ?? 0));
                  setTouched(true);
                }}
                data-testid="payment-auto-allocate"
              >
                {t('payment.autoAllocate')}
              </Button>
            )}
          </Group>
          {!clientId ? (
            <Text size="sm" c="dimmed">
              {t('payment.chooseClient')}
            </Text>
          ) : invoices.isPending ? (
            <Loading />
          ) : invoices.isError ? (
            <ProblemAlert error={invoices.error} onRetry={() => void invoices.refetch()} />
          ) : documents.length === 0 ? (
            <Empty title={t('payment.noOpenDocuments')} testId="payment-no-open" />
          ) : (
            <AllocationTable
              documents={documents}
              inputs={shownInputs}
              summary={summary}
              serverErrors={rowErrors}
              onChange={(id, value) => {
                setInputs({ ...shownInputs, [id]: value });
                setTouched(true);
              }}
            />
          )}

          <Group justify="flex-end" gap="xl">
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('payment.allocatedTotal')}
              </Text>
              <Text fw={600} data-testid="payment-allocated-total">
                {formatEur(summary.allocatedCents)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('payment.remainingCredit')}
              </Text>
              <Text fw={700} c={summary.remainingCents < 0 ? 'red.7' : undefined} data-testid="payment-remaining">
                {formatEur(summary.remainingCents)}
              </Text>
            </div>
          </Group>
          {summary.overAllocated && (
            <Alert color="red" variant="light" data-testid="payment-over-allocated">
              {t('payment.overAllocated')}
            </Alert>
          )}
          {summary.remainingCents > 0 && !summary.overAllocated && (
            <Text size="sm" c="dimmed" ta="right" data-testid="payment-credit-note">
              {t('payment.creditKept', { amount: formatEur(summary.remainingCents) })}
            </Text>
          )}
          {serverErrors.allocations && (
            <Alert color="red" variant="light" data-testid="payment-allocations-error">
              {serverErrors.allocations}
            </Alert>
          )}
          {record.isError && (
            <ProblemAlert
              error={record.error}
              shownFields={[
                ...SHOWN,
                'allocations',
                ...Object.keys(serverErrors).filter((p) => p.startsWith('allocations.')),
              ]}
              testId="payment-error"
            />
          )}
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              component={Link}
              to={focusInvoiceId ? `/invoices/${focusInvoiceId}` : '/payments'}
            >
              {t('common.cancel')}
            </Button>
            <Button
              loading={record.isPending}
              disabled={!clientId || Object.keys(summary.errors).length > 0 || summary.overAllocated}
              onClick={submit}
              data-testid="payment-submit"
            >
              {t('payment.record')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
