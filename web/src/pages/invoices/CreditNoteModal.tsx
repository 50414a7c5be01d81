import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { GuardedCancel, GuardedModal } from '../../components/GuardedModal.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useCreateCreditNote } from '../../data/invoices.ts';
import { formatEur, formatPercent } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Invoice } from '../../types/invoices.ts';
import { creditNoteBody, initialCreditNote, validateCreditNote } from './credit-note-form.ts';
import type { CreditMode, CreditNoteDraft } from './credit-note-form.ts';

const SHOWN = ['reason', 'invoiceLineIds', 'lines.0.label', 'lines.0.unitPriceCents', 'lines.0.vatRatePercent'];

/** Drafts a credit note correcting an issued invoice: chosen lines, or an amount, and the reason. */
export function CreditNoteModal({
  invoice,
  opened,
  onClose,
}: {
  invoice: Invoice;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateCreditNote(invoice.id);
  const [pristine] = useState<CreditNoteDraft>(() => initialCreditNote(invoice, t('creditNote.defaultLabel')));
  const [draft, setDraft] = useState<CreditNoteDraft>(pristine);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  const errorOf = (path: string) =>
    local[path] ? t(`creditNote.error.${local[path]}` as 'creditNote.error.required') : server[path];
  const set = (changes: Partial<CreditNoteDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const rates = [
    ...new Set([
      ...invoice.vatBreakdown.map((row) => row.ratePercent),
      ...invoice.lines.map((line) => line.vatRatePercent),
    ]),
  ];

  const submit = () => {
    const errors = validateCreditNote(draft);
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(creditNoteBody(draft, invoice), {
      onSuccess: (detail) => {
        onClose();
        void navigate(`/invoices/${detail.invoice.id}`);
      },
    });
  };

  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      dirty={draft !== pristine && !create.isSuccess}
      title={t('creditNote.title', { number: invoice.number ?? '' })}
      size="lg"
      data-testid="credit-note-modal"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('creditNote.hint', { open: formatEur(invoice.openCents) })}
        </Text>
        <Textarea
          label={t('creditNote.reason')}
          required
          autosize
          minRows={2}
          value={draft.reason}
          onChange={(event) => set({ reason: event.currentTarget.value })}
          error={errorOf('reason')}
          data-testid="credit-note-reason"
        />
        <SegmentedControl
          value={draft.mode}
          onChange={(value) => set({ mode: value as CreditMode })}
          data={[
            { value: 'lines', label: t('creditNote.mode.lines') },
            { value: 'amount', label: t('creditNote.mode.amount') },
          ]}
          data-testid="credit-note-mode"
        />
        {draft.mode === 'lines' ? (
          <Checkbox.Group
            value={draft.lineIds}
            onChange={(lineIds) => set({ lineIds })}
            error={errorOf('invoiceLineIds')}
            label={t('creditNote.lines')}
          >
            <Stack gap={6} mt={6}>
              {invoice.lines.map((line) => (
                <Checkbox
                  key={line.id}
                  value={line.id}
                  label={`${line.position}. ${line.label} — ${formatEur(line.netCents)} HT (${formatPercent(line.vatRatePercent)})`}
                  data-testid={`credit-note-line-${line.position}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Stack gap="sm">
            <TextInput
              label={t('creditNote.label')}
              value={draft.label}
              onChange={(event) => set({ label: event.currentTarget.value })}
              error={errorOf('lines.0.label')}
              data-testid="credit-note-label"
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('creditNote.amount')}
                inputMode="decimal"
                rightSection="€"
                value={draft.amount}
                onChange={(event) => set({ amount: event.currentTarget.value })}
                error={errorOf('lines.0.unitPriceCents')}
                data-testid="credit-note-amount"
              />
              <NativeSelect
                label={t('lines.col.vat')}
                value={draft.vatRatePercent}
                onChange={(event) => set({ vatRatePercent: event.currentTarget.value })}
                data={rates.map((rate) => ({ value: rate, label: formatPercent(rate) }))}
                error={errorOf('lines.0.vatRatePercent')}
                data-testid="credit-note-vat"
              />
            </Group>
          </Stack>
        )}
        {create.isError && <ProblemAlert error={create.error} shownFields={SHOWN} testId="credit-note-error" />}
        <Group justify="flex-end" gap="xs">
          <GuardedCancel label={t('common.cancel')} testId="credit-note-cancel" />
          <Button loading={create.isPending} onClick={submit} data-testid="credit-note-submit">
            {t('creditNote.submit')}
          </Button>
        </Group>
      </Stack>
    </GuardedModal>
  );
}
