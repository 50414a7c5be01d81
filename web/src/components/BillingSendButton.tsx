import { useState } from 'react';
import { Button } from '@mantine/core';
import { useClient } from '../data/clients.ts';
import type { RelatedType } from '../data/mail.ts';
import { SendDocumentModal } from './SendDocumentModal.tsx';

/** "Send by e-mail" for an invoice, credit note or debit note: pre-filled with the client's billing address. */
export function BillingSendButton({
  path,
  related,
  clientId,
  label,
  title,
  testId,
}: {
  path: string;
  related: { type: RelatedType; id: string };
  clientId: string;
  label: string;
  title: string;
  testId: string;
}) {
  const [opened, setOpened] = useState(false);
  const client = useClient(opened ? clientId : undefined);
  const defaultTo = client.data ? (client.data.email ?? client.data.correspondent?.email ?? null) : null;
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)} data-testid={testId}>
        {label}
      </Button>
      {(!opened || !client.isPending) && (
        <SendDocumentModal
          path={path}
          related={related}
          defaultTo={defaultTo}
          title={title}
          opened={opened}
          onClose={() => setOpened(false)}
          testId={`${testId}-dialog`}
        />
      )}
    </>
  );
}
