import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import type { ClientRow } from '../../types/clients.ts';
import { FinancialStatusBadge } from './FinancialStatusBadge.tsx';

/** Clients with SIREN, town, payment method, correspondent and financial status (or the empty state); a row opens the client. */
export function ClientsTable({ clients }: { clients: readonly ClientRow[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const columns: Array<Column<ClientRow>> = [
    {
      key: 'legalName',
      header: t('client.legalName'),
      cell: (client) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/clients/${client.id}`} fw={600} size="sm" data-testid="client-link">
            {client.legalName}
          </Anchor>
          {client.publicBuyer && (
            <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
              {t('client.publicBuyerShort')}
            </Badge>
          )}
          {client.relationshipEndedOn && (
            <Badge size="xs" color="gray" style={{ flexShrink: 0 }}>
              {t('client.ended')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'siren',
      header: t('client.siren'),
      cell: (client) => client.siren,
      cellProps: () => ({ ff: 'monospace', fz: 'sm' }),
    },
    {
      key: 'city',
      header: t('client.address.city'),
      cell: (client) => (
        <>
          {client.postalCode} {client.city}
        </>
      ),
    },
    { key: 'paymentMethod', header: t('client.paymentMethod'), cell: (client) => t(`value.${client.paymentMethod}`) },
    {
      key: 'correspondent',
      header: t('client.correspondent'),
      cell: (client) =>
        client.correspondentName ?? (
          <Text span c="orange" size="sm">
            {t('client.noCorrespondent')}
          </Text>
        ),
    },
    {
      key: 'financialStatus',
      header: t('client.financialStatus'),
      cell: (client) =>
        client.financialStatus && (
          <FinancialStatusBadge status={client.financialStatus} testId="client-row-financial-status" />
        ),
    },
  ];
  return (
    <DataTable
      rows={clients}
      columns={columns}
      rowKey={(client) => client.id}
      rowProps={(client) => ({ 'data-testid': `client-row-${client.siren}`, 'data-client-id': client.id })}
      onRowClick={(client) => void navigate(`/clients/${client.id}`)}
      empty={{ title: t('clients.empty') }}
      testId="clients-table"
      minWidth={860}
      verticalSpacing="xs"
    />
  );
}
