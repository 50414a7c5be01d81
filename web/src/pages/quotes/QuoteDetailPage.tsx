import { Stack } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { DecisionTimeline } from '../../components/DecisionTimeline.tsx';
import { DocumentMessages } from '../../components/DocumentMessages.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useQuote } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ACCEPTANCE_RECORDERS, RENTAL_FILE_READERS, useCan } from '../../roles.ts';
import { AcknowledgementCard } from './AcknowledgementCard.tsx';
import { QuoteActions } from './QuoteActions.tsx';
import { QuoteLinesTable } from './QuoteLinesTable.tsx';
import { useQuoteLabel } from './QuotesTable.tsx';
import { QuoteSummaryCard } from './QuoteSummaryCard.tsx';
import { QuoteTotals } from './QuoteTotals.tsx';
import { RentalFileCard } from './RentalFileCard.tsx';
import { StaffAcceptanceCard } from './StaffAcceptanceCard.tsx';

/** One quote in the back-office: state, lines and totals, acceptance, rental file, acknowledgement, timeline. */
export function QuoteDetailPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const detail = useQuote(id);
  const label = useQuoteLabel();
  const canRecord = useCan(ACCEPTANCE_RECORDERS);
  const canReadFile = useCan(RENTAL_FILE_READERS);
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="quote-load-error" />;
  const { quote, decisions, evidence } = detail.data;
  const hasRental = quote.lines.some((line) => line.kind === 'rental');
  const open = quote.status === 'issued' || quote.status === 'accepted';

  return (
    <Stack
      gap="md"
      data-testid="quote-detail"
      data-quote-id={quote.id}
      data-status={quote.status}
      data-number={quote.number ?? ''}
    >
      <PageHeader
        title={t('quote.title', { label: label(quote) })}
        subtitle={quote.clientName}
        actions={<QuoteActions quote={quote} />}
      />
      <QuoteSummaryCard quote={quote} />
      <Section title={t('quote.lines')} testId="quote-lines">
        <QuoteLinesTable lines={quote.lines} />
        <QuoteTotals totals={quote.totals} />
      </Section>
      {canRecord && <StaffAcceptanceCard key={quote.id} quote={quote} />}
      {hasRental && canReadFile && open && <RentalFileCard quote={quote} />}
      {quote.status === 'accepted' && <AcknowledgementCard quote={quote} />}
      {quote.status !== 'draft' && <DocumentMessages type="quote" id={quote.id} />}
      <Section title={t('timeline.title')} hint={t('timeline.hint')} testId="quote-timeline">
        <DecisionTimeline decisions={decisions} evidence={evidence} />
      </Section>
    </Stack>
  );
}
