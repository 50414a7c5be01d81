import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { evidenceDocumentUrl } from '../../data/contracts.ts';
import { useSendQuote } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { EVIDENCE_READERS, useCan } from '../../roles.ts';

function SendForm({ quoteId, onClose }: { quoteId: string; onClose: () => void }) {
  const { t } = useI18n();
  const send = useSendQuote();
  const canReadEvidence = useCan(EVIDENCE_READERS);
  const [recipients, setRecipients] = useState('');
  const errors = send.error instanceof ApiError ? send.error.fieldErrors() : {};
  const toError = Object.entries(errors).find(([path]) => path.startsWith('to'))?.[1];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const to = recipients.split(/[,;\s]+/).filter(Boolean);
    send.mutate({ id: quoteId, ...(to.length > 0 ? { to } : {}) });
  };

  if (send.data) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" data-testid="quote-send-result">
          <Text size="sm">{t('send.done', { to: send.data.to.join(', ') })}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('send.kept')}{' '}
            {canReadEvidence && (
              <Anchor href={evidenceDocumentUrl(send.data.emlSha256)} target="_blank" rel="noopener" size="xs" data-testid="quote-send-eml">
                {t('send.eml')}
              </Anchor>
            )}
          </Text>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="quote-send-close">
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {send.isError && <ProblemAlert error={send.error} shownFields={Object.keys(errors)} testId="quote-send-error" />}
        <TextInput
          label={t('send.to')}
          description={t('send.toHint')}
          value={recipients}
          onChange={(event) => setRecipients(event.currentTarget.value)}
          error={toError}
          data-autofocus
          data-testid="quote-send-to"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={send.isPending} data-testid="quote-send-submit">
            {t('send.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Emails the issued quote with its PDF; the message is kept in the evidence log. */
export function QuoteSendModal({ quoteId, opened, onClose }: { quoteId: string; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('send.title')} data-testid="quote-send-modal">
      {opened && <SendForm quoteId={quoteId} onClose={onClose} />}
    </Modal>
  );
}
