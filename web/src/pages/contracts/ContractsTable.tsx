import { Anchor, Badge, Table } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { Link } from 'react-router-dom';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { ContractSummary } from '../../types/contracts.ts';

interface ContractsTableProps {
  contracts: readonly ContractSummary[];
  /** '/contracts' in the back-office, '/portal/contracts' in the portal. */
  linkBase: string;
  showClient?: boolean;
  testId?: string;
}

/** Contracts with number, client, quote, dates, terms version and amounts. */
export function ContractsTable({
  contracts,
  linkBase,
  showClient = true,
  testId = 'contracts-table',
}: ContractsTableProps) {
  const { t, tx } = useI18n();
  // A technician's list comes without amounts (ADR 0015): the columns go with them.
  const prices = contracts.every((contract) => contract.grossCents !== undefined);
  return (
    <PhoneCards minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contract.col.number')}</Table.Th>
            {showClient && <Table.Th>{t('quote.col.client')}</Table.Th>}
            <Table.Th>{t('contract.col.quote')}</Table.Th>
            <Table.Th>{t('contract.col.status')}</Table.Th>
            <Table.Th>{t('contract.col.effectiveDate')}</Table.Th>
            <Table.Th>{t('contract.col.termsVersion')}</Table.Th>
            {prices && <Table.Th ta="right">{t('quote.col.gross')}</Table.Th>}
            {prices && <Table.Th ta="right">{t('totals.monthlyRent')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contracts.map((contract) => (
            <Table.Tr
              key={contract.id}
              data-testid={`contract-row-${contract.number}`}
              data-contract-id={contract.id}
              data-quote-id={contract.quoteId}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`${linkBase}/${contract.id}`}
                  fw={600}
                  size="sm"
                  data-testid="contract-link"
                >
                  {contract.number}
                </Anchor>
              </Table.Td>
              {showClient && <Table.Td>{contract.clientName}</Table.Td>}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {contract.quoteNumber ? `${contract.quoteNumber} v${contract.quoteVersion}` : t('common.none')}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={contract.status === 'active' ? 'teal' : 'gray'}>
                  {tx(`contract.status.${contract.status}`, contract.status)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(contract.effectiveDate)}</Table.Td>
              <Table.Td>{contract.termsVersion}</Table.Td>
              {prices && (
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
                  {formatEur(contract.grossCents ?? 0)}
                </Table.Td>
              )}
              {prices && (
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {contract.monthlyRentCents == null ? t('common.none') : formatEur(contract.monthlyRentCents)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}
