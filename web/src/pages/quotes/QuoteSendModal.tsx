import { SendDocumentModal } from '../../components/SendDocumentModal.tsx';
import { useClient } from '../../data/clients.ts';
import { seg } from '../../data/query-string.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** Emails the issued quote with its PDF and the CGV, pre-filled with the client's designated contact. */
export function QuoteSendModal({
  quoteId,
  clientId,
  opened,
  onClose,
}: {
  quoteId: string;
  clientId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const client = useClient(opened ? clientId : undefined);
  const defaultTo = client.data ? (client.data.correspondent?.email ?? client.data.email ?? null) : null;
  if (opened && client.isPending) return null;
  return (
    <SendDocumentModal
      path={`/api/quotes/${seg(quoteId)}/send`}
      related={{ type: 'quote', id: quoteId }}
      defaultTo={defaultTo}
      title={t('send.title')}
      opened={opened}
      onClose={onClose}
      testId="quote-send"
    />
  );
}
