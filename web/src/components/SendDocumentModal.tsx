import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ApiError } from '../api.ts';
import { evidenceDocumentUrl } from '../data/contracts.ts';
import { useMessagesOf, useSendDocument, type RelatedType } from '../data/mail.ts';
import { useI18n } from '../i18n/i18n.ts';
import { EVIDENCE_READERS, useCan } from '../roles.ts';
import { MessageStatus } from './MessageStatus.tsx';
import { ProblemAlert } from './QueryState.tsx';

export interface SendDocumentProps {
  /** POST path: /api/quotes/:id/send, /api/invoices/:id/send… */
  path: string;
  related: { type: RelatedType; id: string };
  /** The address the server uses by default (designated contact, billing address), pre-filled. */
  defaultTo: string | null;
  title: string;
  opened: boolean;
  onClose: () => void;
  testId: string;
}

function SendForm({ path, related, defaultTo, onClose, testId }: Omit<SendDocumentProps, 'title' | 'opened'>) {
  const { t } = useI18n();
  const send = useSendDocument(path);
  const canReadEvidence = useCan(EVIDENCE_READERS);
  const [recipients, setRecipients] = useState(defaultTo ?? '');
  const messages = useMessagesOf(related.type, related.id, Boolean(send.data));
  const errors = send.error instanceof ApiError ? send.error.fieldErrors() : {};
  const toError = Object.entries(errors).find(([p]) => p.startsWith('to'))?.[1];
  const message = messages.data?.items.find((m) => m.id === send.data?.messageId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const to = recipients.split(/[,;\s]+/).filter(Boolean);
    send.mutate(to.length > 0 ? to : undefined);
  };

  if (send.data) {
    return (
      <Stack gap="md">
        <Alert
          color={message?.status === 'failed' ? 'red' : message?.status === 'sent' ? 'teal' : 'blue'}
          variant="light"
          data-testid={`${testId}-result`}
        >
          <Stack gap={6}>
            <Text size="sm">{t('send.queued', { to: send.data.to.join(', ') })}</Text>
            {/* The status as the outbox tells it: queued until the mail server accepted it. */}
            {message ? (
              <MessageStatus message={message} />
            ) : (
              <MessageStatus message={{ ...pendingMessage(send.data.messageId), to: send.data.to }} />
            )}
            <Text size="xs" c="dimmed">
              {t('send.kept')}{' '}
              {canReadEvidence && (
                <Anchor
                  href={evidenceDocumentUrl(send.data.emlSha256)}
                  target="_blank"
                  rel="noopener"
                  size="xs"
                  data-testid={`${testId}-eml`}
                >
                  {t('send.eml')}
                </Anchor>
              )}
            </Text>
          </Stack>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid={`${testId}-close`}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {send.isError && (
          <ProblemAlert error={send.error} shownFields={Object.keys(errors)} testId={`${testId}-error`} />
        )}
        <TextInput
          label={t('send.to')}
          description={defaultTo ? t('send.toDefault', { to: defaultTo }) : t('send.toHint')}
          value={recipients}
          onChange={(event) => setRecipients(event.currentTarget.value)}
          error={toError}
          data-autofocus
          data-testid={`${testId}-to`}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={send.isPending} data-testid={`${testId}-submit`}>
            {t('send.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A message just queued, before the outbox list has it. */
function pendingMessage(id: string) {
  return {
    id,
    to: [],
    cc: [],
    subject: '',
    status: 'queued' as const,
    attempts: 0,
    lastError: null,
    nextAttemptAt: null,
    createdAt: '',
    sentAt: null,
    failedAt: null,
    cancelledAt: null,
    transport: null,
    related: null,
    attachments: [],
  };
}

/** Emails a document (queued in the outbox, kept in the evidence log) and follows its delivery. */
export function SendDocumentModal(props: SendDocumentProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} data-testid={`${props.testId}-modal`}>
      {props.opened && (
        <SendForm
          path={props.path}
          related={props.related}
          defaultTo={props.defaultTo}
          onClose={props.onClose}
          testId={props.testId}
        />
      )}
    </Modal>
  );
}
