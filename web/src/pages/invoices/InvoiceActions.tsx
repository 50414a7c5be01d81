import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { BillingSendButton } from '../../components/BillingSendButton.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { invoicePdfUrl, useDeleteInvoice, useIssueInvoice } from '../../data/invoices.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { INVOICE_WRITERS, PAYMENT_WRITERS, useCan } from '../../roles.ts';
import type { Invoice } from '../../types/invoices.ts';
import { CreditNoteModal } from './CreditNoteModal.tsx';

/** A draft can be issued or deleted; an issued invoice has its PDF and is corrected by a credit note. */
export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const canWrite = useCan(INVOICE_WRITERS);
  const canPay = useCan(PAYMENT_WRITERS);
  const issue = useIssueInvoice();
  const remove = useDeleteInvoice();
  const [confirm, setConfirm] = useState<'issue' | 'delete' | null>(null);
  const [crediting, setCrediting] = useState(false);
  const draft = invoice.status === 'draft';
  const creditNote = invoice.kind === 'credit-note';

  return (
    <Group gap="xs">
      {invoice.status === 'issued' && (
        <DocumentButton href={invoicePdfUrl(invoice.id)} testId="invoice-pdf">
          {t(creditNote ? 'invoice.pdfCreditNote' : 'invoice.pdf')}
        </DocumentButton>
      )}
      {canWrite && invoice.status === 'issued' && (
        <BillingSendButton
          path={`/api/invoices/${encodeURIComponent(invoice.id)}/send`}
          related={{ type: 'invoice', id: invoice.id }}
          clientId={invoice.clientId}
          label={t('invoice.send')}
          title={t(creditNote ? 'send.creditNoteTitle' : 'send.invoiceTitle')}
          testId="invoice-send"
        />
      )}
      {canWrite && draft && (
        <>
          <Button
            size="xs"
            color="red"
            variant="subtle"
            onClick={() => setConfirm('delete')}
            data-testid="invoice-delete"
          >
            {t('invoice.delete')}
          </Button>
          <Button size="xs" onClick={() => setConfirm('issue')} data-testid="invoice-issue">
            {t(creditNote ? 'invoice.issueCreditNote' : 'invoice.issue')}
          </Button>
        </>
      )}
      {canPay && !draft && !creditNote && invoice.openCents > 0 && (
        <Button
          size="xs"
          variant="light"
          component={Link}
          to={`/payments/new?clientId=${encodeURIComponent(invoice.clientId)}&invoiceId=${encodeURIComponent(invoice.id)}`}
          data-testid="invoice-record-payment"
        >
          {t('payment.forInvoice')}
        </Button>
      )}
      {canWrite && !draft && !creditNote && invoice.grossCents - invoice.creditedCents > 0 && (
        <Button size="xs" variant="default" onClick={() => setCrediting(true)} data-testid="invoice-credit">
          {t('invoice.credit')}
        </Button>
      )}
      <ConfirmModal
        opened={confirm === 'issue'}
        title={t(creditNote ? 'invoice.issueCreditNote' : 'invoice.issue')}
        confirmLabel={t('invoice.issueConfirm')}
        loading={issue.isPending}
        error={issue.error}
        onClose={() => setConfirm(null)}
        onConfirm={() => issue.mutate(invoice.id, { onSuccess: () => setConfirm(null) })}
        testId="invoice-issue-modal"
      >
        {t('invoice.issueWarning')}
      </ConfirmModal>
      <ConfirmModal
        opened={confirm === 'delete'}
        title={t('invoice.delete')}
        confirmLabel={t('invoice.deleteConfirm')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          remove.mutate(invoice.id, {
            onSuccess: () => void navigate(invoice.contractId ? `/contracts/${invoice.contractId}` : '/invoices'),
          })
        }
        testId="invoice-delete-modal"
      >
        {t('invoice.deleteWarning')}
      </ConfirmModal>
      {crediting && <CreditNoteModal invoice={invoice} opened={crediting} onClose={() => setCrediting(false)} />}
    </Group>
  );
}
