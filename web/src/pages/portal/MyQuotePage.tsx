import { Stack } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { DecisionTimeline } from '../../components/DecisionTimeline.tsx';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { quotePdfUrl, useQuote } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { QuoteLinesTable } from '../quotes/QuoteLinesTable.tsx';
import { useQuoteLabel } from '../quotes/QuotesTable.tsx';
import { QuoteSummaryCard } from '../quotes/QuoteSummaryCard.tsx';
import { QuoteTotals } from '../quotes/QuoteTotals.tsx';
import { PortalAcceptForm } from './PortalAcceptForm.tsx';
import { PortalRefuse } from './PortalRefuse.tsx';

/** Portal: one quote, its PDF, and its acceptance without reservation. */
export function MyQuotePage() {
  const { t } = useI18n();
  const { id } = useParams();
  const detail = useQuote(id);
  const label = useQuoteLabel();
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="my-quote-error" />;
  const { quote, decisions } = detail.data;

  return (
    <Stack gap="md" data-testid="my-quote" data-status={quote.status} data-number={quote.number ?? ''}>
      <PageHeader
        title={t('quote.title', { label: label(quote) })}
        actions={
          quote.pdfSha256 && (
            <DocumentButton href={quotePdfUrl(quote.id)} variant="default" testId="my-quote-pdf">
              {t('quote.pdf')}
            </DocumentButton>
          )
        }
      />
      <QuoteSummaryCard quote={quote} portal />
      <Section title={t('quote.lines')} testId="my-quote-lines">
        <QuoteLinesTable lines={quote.lines} />
        <QuoteTotals totals={quote.totals} />
      </Section>
      <PortalAcceptForm key={quote.id} quote={quote} />
      <PortalRefuse key={`refuse-${quote.id}`} quote={quote} />
      {decisions.length > 0 && (
        <Section title={t('portal.decisions')} testId="my-quote-decisions">
          <DecisionTimeline decisions={decisions} evidence={[]} />
        </Section>
      )}
    </Stack>
  );
}
