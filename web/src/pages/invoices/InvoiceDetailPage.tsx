import { Stack } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { DocumentMessages } from '../../components/DocumentMessages.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useInvoice } from '../../data/invoices.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { InvoiceActions } from './InvoiceActions.tsx';
import { useInvoiceLabel } from './InvoicesTable.tsx';
import { InvoiceView } from './InvoiceView.tsx';

/** One invoice or credit note in the back-office, with what can be done in its state. */
export function InvoiceDetailPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const detail = useInvoice(id);
  const label = useInvoiceLabel();
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="invoice-load-error" />;
  const { invoice } = detail.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t(invoice.kind === 'credit-note' ? 'invoice.titleCreditNote' : 'invoice.title', {
          label: label(invoice),
        })}
        subtitle={invoice.clientName}
        actions={<InvoiceActions invoice={invoice} />}
      />
      <InvoiceView detail={detail.data} />
      {invoice.status === 'issued' && <DocumentMessages type="invoice" id={invoice.id} />}
    </Stack>
  );
}
