import { Stack } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { BillingSendButton } from '../../components/BillingSendButton.tsx';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { DocumentMessages } from '../../components/DocumentMessages.tsx';
import { PAYMENT_WRITERS, useCan } from '../../roles.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { debitNotePdfUrl, useDebitNote } from '../../data/collection.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { DebitNoteView } from './DebitNoteView.tsx';

/** One debit note, back-office or portal (`portal`), with its PDF. */
export function DebitNoteDetailPage({ portal = false }: { portal?: boolean }) {
  const { t } = useI18n();
  const { id } = useParams();
  const detail = useDebitNote(id);
  const canSend = useCan(PAYMENT_WRITERS) && !portal;
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="debit-note-load-error" />;
  const note = detail.data.debitNote;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('debitNote.title', { number: note.number })}
        subtitle={portal ? undefined : note.clientName}
        actions={
          <>
            <DocumentButton href={debitNotePdfUrl(note.id)} testId="debit-note-pdf">
              {t('debitNote.pdf')}
            </DocumentButton>
            {canSend && (
              <BillingSendButton
                path={`/api/debit-notes/${encodeURIComponent(note.id)}/send`}
                related={{ type: 'debit-note', id: note.id }}
                clientId={note.clientId}
                label={t('debitNote.send')}
                title={t('send.debitNoteTitle')}
                testId="debit-note-send"
              />
            )}
          </>
        }
      />
      <DebitNoteView note={note} portal={portal} />
      {!portal && <DocumentMessages type="debit-note" id={note.id} />}
    </Stack>
  );
}

/** Portal route of a debit note. */
export function MyDebitNotePage() {
  return <DebitNoteDetailPage portal />;
}
