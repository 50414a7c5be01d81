import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useClientList } from '../../data/clients.ts';
import { useCreateDebitNote } from '../../data/collection.ts';
import { useI18n } from '../../i18n/i18n.ts';

/**
 * Claims on a debit note what has accrued today on a client's late invoices: the interest not yet
 * claimed and the EUR 40 once per invoice (art. 10.3). `clientId` fixes the client; `invoiceIds`
 * limits the claim to some invoices; `stay` closes the modal instead of opening the new note.
 */
export function CreateDebitNoteModal({
  clientId: fixedClient,
  invoiceIds,
  onClose,
  stay = false,
}: {
  clientId?: string;
  invoiceIds?: string[];
  onClose: () => void;
  stay?: boolean;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const clients = useClientList({ limit: 500 });
  const create = useCreateDebitNote();
  const [clientId, setClientId] = useState(fixedClient ?? '');
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  return (
    <Modal opened onClose={onClose} title={t('debitNote.create')} data-testid="debit-note-create-modal">
      <Stack gap="md">
        <Text size="sm">{t('debitNote.createHint')}</Text>
        {!fixedClient && (
          <Select
            label={t('quote.col.client')}
            searchable
            value={clientId || null}
            onChange={(value) => setClientId(value ?? '')}
            data={(clients.data?.items ?? [])
              .filter((c) => !c.anonymised)
              .map((c) => ({ value: c.id, label: `${c.legalName} — ${c.city}` }))}
            error={errors.clientId}
            data-testid="debit-note-client"
          />
        )}
        {create.isError && (
          <ProblemAlert error={create.error} shownFields={['clientId']} testId="debit-note-create-error" />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!clientId}
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { clientId, ...(invoiceIds ? { invoiceIds } : {}) },
                { onSuccess: ({ debitNote }) => (stay ? onClose() : void navigate(`/debit-notes/${debitNote.id}`)) },
              )
            }
            data-testid="debit-note-create-submit"
          >
            {t('debitNote.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
