import { Alert } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { rateOfOrderDate } from '../../../../src/kernel/vat-rates-in-force.ts';
import { useCatalogue, useVatRates } from '../../data/catalogue.ts';
import { useLessors } from '../../data/lessors.ts';
import { useQuote } from '../../data/quotes.ts';
import { todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { emptyDraft, fromQuote } from './draft.ts';
import { QuoteEditorForm } from './QuoteEditorForm.tsx';

/** /quotes/new (optionally ?clientId=) and /quotes/:id/edit (drafts only: an issued quote never changes). */
export function QuoteEditorPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const [params] = useSearchParams();
  const quote = useQuote(id);
  const catalogue = useCatalogue({ active: 'true' });
  const lessors = useLessors();
  const vatRates = useVatRates();
  const title = id ? t('editor.editTitle') : t('editor.newTitle');

  const failed = [quote, catalogue].find((query) => query.isError);
  if (failed) {
    return (
      <>
        <PageHeader title={title} />
        <ProblemAlert error={failed.error} onRetry={() => void failed.refetch()} testId="quote-editor-load-error" />
      </>
    );
  }
  if ((id && quote.isPending) || catalogue.isPending) return <Loading />;
  const existing = quote.data?.quote;
  if (existing && existing.status !== 'draft') {
    return (
      <>
        <PageHeader title={title} />
        <Alert color="orange" variant="light" data-testid="quote-editor-not-draft">
          {t('editor.notDraft')}
        </Alert>
      </>
    );
  }
  // Priced like the server does (art. 9.2): after a change of rate by law, an item stored at the
  // old rate takes its category's rate of today, so the live totals match the saved draft.
  const today = todayInParis();
  const rates = vatRates.data?.items ?? [];
  const items = (catalogue.data?.items ?? []).map((item) => ({
    ...item,
    vatRatePercent: rateOfOrderDate(rates, item.vatRatePercent, today)?.rate.ratePercent ?? item.vatRatePercent,
  }));
  return (
    <>
      <PageHeader title={title} subtitle={t('editor.subtitle')} />
      <QuoteEditorForm
        key={existing?.id ?? 'new'}
        quoteId={existing?.id}
        initial={existing ? fromQuote(existing) : emptyDraft(params.get('clientId') ?? '')}
        items={items}
        lessors={lessors.data?.items ?? []}
      />
    </>
  );
}
