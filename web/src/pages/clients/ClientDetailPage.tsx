import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useClient } from '../../data/clients.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { CLIENT_WRITERS, QUOTE_WRITERS, useCan } from '../../roles.ts';
import { ClientContactsCard } from './ClientContactsCard.tsx';
import { ClientDealsCard } from './ClientDealsCard.tsx';
import { ClientEnforcementCard } from './ClientEnforcementCard.tsx';
import { ClientObligationsCard } from './ClientObligationsCard.tsx';
import { ClientFinancialCard } from './ClientFinancialCard.tsx';
import { ClientFormModal } from './ClientFormModal.tsx';
import { ClientIdentityCard } from './ClientIdentityCard.tsx';
import { ClientMandatesCard } from './ClientMandatesCard.tsx';

/** One client: identity, payment, financial status, contacts and correspondent, quotes and contracts. */
export function ClientDetailPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const client = useClient(id);
  const canWrite = useCan(CLIENT_WRITERS);
  const canQuote = useCan(QUOTE_WRITERS);
  const [editing, setEditing] = useState(false);
  if (client.isPending) return <Loading />;
  if (client.isError)
    return <ProblemAlert error={client.error} onRetry={() => void client.refetch()} testId="client-load-error" />;
  const data = client.data;

  return (
    <Stack gap="md" data-testid="client-detail" data-client-id={data.id}>
      <PageHeader
        title={data.legalName}
        subtitle={t('client.sirenLine', { siren: data.siren })}
        actions={
          <>
            {canQuote && !data.anonymisedAt && (
              <Button
                component={Link}
                to={`/quotes/new?clientId=${encodeURIComponent(data.id)}`}
                data-testid="client-new-quote"
              >
                {t('quotes.new')}
              </Button>
            )}
            {canWrite && !data.anonymisedAt && (
              <Button variant="default" onClick={() => setEditing(true)} data-testid="client-edit">
                {t('common.edit')}
              </Button>
            )}
          </>
        }
      />
      <ClientIdentityCard client={data} />
      <ClientFinancialCard client={data} />
      <ClientMandatesCard clientId={data.id} />
      <ClientContactsCard client={data} />
      <ClientDealsCard clientId={data.id} />
      <ClientEnforcementCard clientId={data.id} />
      <ClientObligationsCard clientId={data.id} />
      <ClientFormModal opened={editing} client={data} onClose={() => setEditing(false)} />
    </Stack>
  );
}
