import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n.ts';
import type { ClientRow } from '../../types/clients.ts';
import { FinancialStatusBadge } from './FinancialStatusBadge.tsx';

/** Clients with SIREN, town, payment method, correspondent and financial status. */
export function ClientsTable({ clients }: { clients: readonly ClientRow[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="clients-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('client.legalName')}</Table.Th>
            <Table.Th>{t('client.siren')}</Table.Th>
            <Table.Th>{t('client.address.city')}</Table.Th>
            <Table.Th>{t('client.paymentMethod')}</Table.Th>
            <Table.Th>{t('client.correspondent')}</Table.Th>
            <Table.Th>{t('client.financialStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id} data-testid={`client-row-${client.siren}`} data-client-id={client.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={`/clients/${client.id}`} fw={600} size="sm" data-testid="client-link">
                    {client.legalName}
                  </Anchor>
                  {client.publicBuyer && <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>{t('client.publicBuyerShort')}</Badge>}
                  {client.relationshipEndedOn && <Badge size="xs" color="gray" style={{ flexShrink: 0 }}>{t('client.ended')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td ff="monospace" fz="sm">{client.siren}</Table.Td>
              <Table.Td>
                {client.postalCode} {client.city}
              </Table.Td>
              <Table.Td>{t(`value.${client.paymentMethod}`)}</Table.Td>
              <Table.Td>{client.correspondentName ?? <Text span c="orange" size="sm">{t('client.noCorrespondent')}</Text>}</Table.Td>
              <Table.Td>{client.financialStatus && <FinancialStatusBadge status={client.financialStatus} testId="client-row-financial-status" />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
