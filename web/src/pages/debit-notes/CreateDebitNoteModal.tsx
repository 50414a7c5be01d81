import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { ClientPicker } from '../../components/ClientPicker.tsx';
import { useCreateDebitNote, useDebitNotePreview } from '../../data/collection.ts';
import { formatDate, formatEur, formatInteger } from '../../format.ts';
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
  const create = useCreateDebitNote();
  const [clientId, setClientId] = useState(fixedClient ?? '');
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  const body = { clientId, ...(invoiceIds ? { invoiceIds } : {}) };
  const preview = useDebitNotePreview(body, Boolean(clientId));
  const nothing = preview.error instanceof ApiError && preview.error.status === 409;
  const claimable = Boolean(preview.data && preview.data.rows.length > 0);
  return (
    <Modal opened onClose={onClose} title={t('debitNote.create')} data-testid="debit-note-create-modal">
      <Stack gap="md">
        <Text size="sm">{t('debitNote.createHint')}</Text>
        {!fixedClient && (
          <ClientPicker value={clientId} onChange={setClientId} error={errors.clientId} testId="debit-note-client" />
        )}
        {clientId && preview.isPending && <Loading />}
        {nothing && (
          <Alert color="gray" data-testid="debit-note-preview-nothing">
            {t('debitNote.previewNothing')}
          </Alert>
        )}
        {preview.isError && !nothing && <ProblemAlert error={preview.error} testId="debit-note-preview-error" />}
        {preview.data && (
          <Stack gap={6} data-testid="debit-note-preview">
            <Text size="sm" fw={600}>
              {t('debitNote.preview', { date: formatDate(preview.data.issueDate) })}{' '}
              {t('debitNote.previewInvoices', { count: preview.data.rows.length })}
            </Text>
            <Table withTableBorder verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('debitNote.invoice')}</Table.Th>
                  <Table.Th ta="right">{t('field.daysLate')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.lateInterest')}</Table.Th>
                  <Table.Th ta="right">{t('statement.indemnity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.data.rows.map((row) => (
                  <Table.Tr key={row.invoiceId} data-testid={`debit-note-preview-${row.invoiceNumber}`}>
                    <Table.Td>{row.invoiceNumber}</Table.Td>
                    <Table.Td ta="right">{formatInteger(row.daysLate)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatEur(row.interestCents)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatEur(row.indemnityCents)}
                    </Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td colSpan={3} fw={700}>
                    {t('debitNote.previewTotal')}
                  </Table.Td>
                  <Table.Td ta="right" fw={700} data-testid="debit-note-preview-total" style={{ whiteSpace: 'nowrap' }}>
                    {formatEur(preview.data.totalCents)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Stack>
        )}
        {create.isError && (
          <ProblemAlert error={create.error} shownFields={['clientId']} testId="debit-note-create-error" />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!clientId || !claimable}
            loading={create.isPending}
            onClick={() =>
              create.mutate(body, {
                onSuccess: ({ debitNote }) => (stay ? onClose() : void navigate(`/debit-notes/${debitNote.id}`)),
              })
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
