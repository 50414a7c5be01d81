import { Anchor, Table, Text } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { Link } from 'react-router-dom';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { QuoteSummary } from '../../types/quotes.ts';
import { QuoteStatusBadge } from './QuoteStatusBadge.tsx';

/** "D-2026-00001 v2", or "Brouillon" before issue. */
export function useQuoteLabel() {
  const { t } = useI18n();
  return (quote: Pick<QuoteSummary, 'number' | 'version'>) =>
    quote.number ? `${quote.number} v${quote.version}` : t('quote.draftLabel');
}

interface QuotesTableProps {
  quotes: readonly QuoteSummary[];
  /** '/quotes' in the back-office, '/portal/quotes' in the portal. */
  linkBase: string;
  showClient?: boolean;
  testId?: string;
}

/** Quotes with number, client, status, dates and amounts; each links to its detail. */
export function QuotesTable({ quotes, linkBase, showClient = true, testId = 'quotes-table' }: QuotesTableProps) {
  const { t } = useI18n();
  const label = useQuoteLabel();
  return (
    <PhoneCards minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quote.col.number')}</Table.Th>
            {showClient && <Table.Th>{t('quote.col.client')}</Table.Th>}
            <Table.Th>{t('quote.col.subject')}</Table.Th>
            <Table.Th>{t('quote.col.status')}</Table.Th>
            <Table.Th>{t('quote.col.issueDate')}</Table.Th>
            <Table.Th>{t('quote.col.expiresOn')}</Table.Th>
            <Table.Th ta="right">{t('quote.col.net')}</Table.Th>
            <Table.Th ta="right">{t('quote.col.gross')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quotes.map((quote) => (
            <Table.Tr
              key={quote.id}
              data-testid={`quote-row-${quote.number ?? quote.id}`}
              data-quote-id={quote.id}
              data-status={quote.status}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`${linkBase}/${quote.id}`} fw={600} size="sm" data-testid="quote-link">
                  {label(quote)}
                </Anchor>
              </Table.Td>
              {showClient && <Table.Td>{quote.clientName}</Table.Td>}
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {quote.subject ?? t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <QuoteStatusBadge status={quote.status} testId="quote-row-status" />
              </Table.Td>
              <Table.Td>{formatDate(quote.issueDate)}</Table.Td>
              <Table.Td>{formatDate(quote.expiresOn)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatEur(quote.netCents)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
                {formatEur(quote.grossCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}
