import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { FINANCIAL_STATUS_WRITERS, useCan } from '../../roles.ts';
import type { ClientDetail } from '../../types/clients.ts';
import { FinancialStatusBadge } from './FinancialStatusBadge.tsx';
import { FinancialStatusModal } from './FinancialStatusModal.tsx';

/** The financial status (art. 10.1, 15.2) and every change with its reason, newest first. */
export function ClientFinancialCard({ client }: { client: ClientDetail }) {
  const { t } = useI18n();
  const canChange = useCan(FINANCIAL_STATUS_WRITERS);
  const [changing, setChanging] = useState(false);
  if (!client.financialStatus) return null;
  return (
    <Section
      title={t('client.financialStatus')}
      hint={t('client.financialHint')}
      testId="client-financial"
      actions={
        <>
          <FinancialStatusBadge status={client.financialStatus} />
          {canChange && (
            <Button size="xs" variant="light" onClick={() => setChanging(true)} data-testid="financial-status-change">
              {t('client.changeFinancialStatus')}
            </Button>
          )}
        </>
      }
    >
      {client.financialStatusHistory.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('client.noFinancialHistory')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="financial-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('client.history.at')}</Table.Th>
              <Table.Th>{t('client.history.change')}</Table.Th>
              <Table.Th>{t('client.history.reason')}</Table.Th>
              <Table.Th>{t('client.history.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {client.financialStatusHistory.map((change) => (
              <Table.Tr key={change.at}>
                <Table.Td>{formatDateTime(change.at)}</Table.Td>
                <Table.Td>
                  {t(`client.financial.${change.from}`)} → {t(`client.financial.${change.to}`)}
                </Table.Td>
                <Table.Td>{change.reason}</Table.Td>
                <Table.Td>{change.changedBy.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <FinancialStatusModal client={client} opened={changing} onClose={() => setChanging(false)} />
    </Section>
  );
}
