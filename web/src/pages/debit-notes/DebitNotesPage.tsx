import { useState } from 'react';
import { Button, Paper, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useDebitNotes } from '../../data/collection.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { PAYMENT_WRITERS, useCan } from '../../roles.ts';
import { CreateDebitNoteModal } from './CreateDebitNoteModal.tsx';
import { DebitNotesTable } from './DebitNotesTable.tsx';

/** Debit notes claiming late-payment interest and the EUR 40 recovery indemnity (art. 10.3). */
export function DebitNotesPage() {
  const { t } = useI18n();
  const canWrite = useCan(PAYMENT_WRITERS);
  const [params] = useSearchParams();
  const clientId = params.get('clientId') ?? undefined;
  const notes = useDebitNotes(clientId ? { clientId } : {});
  const [creating, setCreating] = useState(false);
  const items = notes.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('debitNotes.title')}
        subtitle={t('debitNotes.subtitle')}
        actions={
          canWrite && (
            <Button onClick={() => setCreating(true)} data-testid="debit-notes-create">
              {t('debitNote.create')}
            </Button>
          )
        }
      />
      <Paper withBorder radius="md" p="md">
        {notes.isPending ? (
          <Loading />
        ) : notes.isError ? (
          <ProblemAlert error={notes.error} onRetry={() => void notes.refetch()} testId="debit-notes-error" />
        ) : items.length === 0 ? (
          <Empty title={t('debitNotes.empty')} testId="debit-notes-empty" />
        ) : (
          <DebitNotesTable notes={items} linkBase="/debit-notes" />
        )}
      </Paper>
      {creating && <CreateDebitNoteModal {...(clientId ? { clientId } : {})} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
