import { useSearchParams } from 'react-router-dom';
import { Paper, Select, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useClientList } from '../../data/clients.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { TicketBalance } from './TicketBalance.tsx';

/** Maintenance ticket balances (art. 6.6, 11.2): one client at a time, with the purchase at the contract tariff. */
export function TicketsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const clientId = params.get('client');
  const clients = useClientList({});
  return (
    <Stack gap="md">
      <PageHeader title={t('interventions.tickets.title')} subtitle={t('interventions.tickets.hint')} />
      <Paper withBorder radius="md" p="md">
        <Select
          label={t('interventions.col.client')}
          data={(clients.data?.items ?? []).map((c) => ({ value: c.id, label: c.legalName }))}
          value={clientId}
          onChange={(v) => setParams(v ? { client: v } : {})}
          searchable
          data-testid="tickets-client"
        />
      </Paper>
      {clientId && <TicketBalance clientId={clientId} />}
    </Stack>
  );
}
