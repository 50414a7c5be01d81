import { useEffect, useRef, useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { quotePdfUrl, useDeleteQuote, useIssueQuote, useReviseQuote } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { QUOTE_WRITERS, useCan } from '../../roles.ts';
import type { Quote } from '../../types/quotes.ts';
import { QuoteSendModal } from './QuoteSendModal.tsx';

/** What can be done with a quote in its state: edit and issue a draft; PDF, send, revise an issued one. */
export function QuoteActions({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const canWrite = useCan(QUOTE_WRITERS);
  const issue = useIssueQuote();
  const revise = useReviseQuote();
  const remove = useDeleteQuote();
  const [sending, setSending] = useState(false);
  // Issuing and deleting cannot be undone: each asks first, stating what follows.
  const [confirm, setConfirm] = useState<null | 'issue' | 'delete'>(null);
  const error = revise.error;
  // Once issued, the issue button is gone: the focus goes to the next step (send) instead of being lost.
  const sendRef = useRef<HTMLButtonElement>(null);
  const [focusSend, setFocusSend] = useState(false);
  useEffect(() => {
    if (!focusSend || !sendRef.current) return;
    sendRef.current.focus();
    setFocusSend(false);
  }, [focusSend, quote.status]);

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {quote.pdfSha256 && (
          <DocumentButton href={quotePdfUrl(quote.id)} testId="quote-pdf">
            {t('quote.pdf')}
          </DocumentButton>
        )}
        {canWrite && quote.status === 'draft' && (
          <>
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={`/quotes/${quote.id}/edit`}
              data-testid="quote-edit"
            >
              {t('quote.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              onClick={() => setConfirm('delete')}
              data-testid="quote-delete"
            >
              {t('quote.delete')}
            </Button>
            <Button size="xs" onClick={() => setConfirm('issue')} data-testid="quote-issue">
              {t('quote.issue')}
            </Button>
          </>
        )}
        {canWrite && quote.status === 'issued' && (
          <Button ref={sendRef} size="xs" variant="light" onClick={() => setSending(true)} data-testid="quote-send">
            {t('quote.send')}
          </Button>
        )}
        {canWrite && ['issued', 'refused', 'expired'].includes(quote.status) && (
          <Button
            size="xs"
            variant="default"
            loading={revise.isPending}
            onClick={() =>
              revise.mutate(quote.id, { onSuccess: ({ quote: next }) => void navigate(`/quotes/${next.id}/edit`) })
            }
            data-testid="quote-revise"
          >
            {t('quote.revise')}
          </Button>
        )}
      </Group>
      {error && <ProblemAlert error={error} testId="quote-action-error" />}
      <ConfirmModal
        opened={confirm === 'issue'}
        title={t('quote.issue')}
        confirmLabel={t('quote.issueConfirm')}
        loading={issue.isPending}
        error={issue.error}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          issue.mutate(quote.id, {
            onSuccess: () => {
              setConfirm(null);
              setFocusSend(true);
            },
          })
        }
        testId="quote-issue-modal"
      >
        {t('quote.issueWarning')}
      </ConfirmModal>
      <ConfirmModal
        opened={confirm === 'delete'}
        title={t('quote.delete')}
        confirmLabel={t('quote.deleteConfirm')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setConfirm(null)}
        onConfirm={() => remove.mutate(quote.id, { onSuccess: () => void navigate('/quotes') })}
        testId="quote-delete-modal"
      >
        {t('quote.deleteWarning')}
      </ConfirmModal>
      <QuoteSendModal quoteId={quote.id} clientId={quote.clientId} opened={sending} onClose={() => setSending(false)} />
    </Stack>
  );
}
