import { Stack } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { invoicePdfUrl, useInvoice } from '../../data/invoices.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useInvoiceLabel } from '../invoices/InvoicesTable.tsx';
import { InvoiceView } from '../invoices/InvoiceView.tsx';

/** Portal: one of the client's invoices or credit notes, with its PDF. */
export function MyInvoicePage() {
  const { t } = useI18n();
  const { id } = useParams();
  const detail = useInvoice(id);
  const label = useInvoiceLabel();
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="my-invoice-error" />;
  const { invoice } = detail.data;
  const creditNote = invoice.kind === 'credit-note';
  return (
    <Stack gap="md">
      <PageHeader
        title={t(creditNote ? 'invoice.titleCreditNote' : 'invoice.title', { label: label(invoice) })}
        actions={
          <DocumentButton href={invoicePdfUrl(invoice.id)} variant="default" testId="my-invoice-pdf">
            {t(creditNote ? 'invoice.pdfCreditNote' : 'invoice.pdf')}
          </DocumentButton>
        }
      />
      <InvoiceView detail={detail.data} portal />
    </Stack>
  );
}
