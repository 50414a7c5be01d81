import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useDebitNotes } from '../../data/collection.ts';
import { useInvoices } from '../../data/invoices.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { DebitNotesTable } from '../debit-notes/DebitNotesTable.tsx';
import { InvoiceListTotals } from '../invoices/InvoiceListTotals.tsx';
import { InvoicesTable } from '../invoices/InvoicesTable.tsx';

/** Portal: the client's issued invoices and credit notes, what is open, the late charges and the debit notes claiming them. */
export function MyInvoicesPage() {
  const { t } = useI18n();
  const invoices = useInvoices();
  const debitNotes = useDebitNotes();
  const notes = debitNotes.data?.items ?? [];
  const items = invoices.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.myInvoices')} subtitle={t('portal.invoices.subtitle')} />
      <Paper withBorder radius="md" p="md">
        {invoices.isPending ? (
          <Loading />
        ) : invoices.isError ? (
          <ProblemAlert error={invoices.error} onRetry={() => void invoices.refetch()} testId="my-invoices-error" />
        ) : items.length === 0 ? (
          <Empty title={t('portal.invoices.empty')} testId="my-invoices-empty" />
        ) : (
          <Stack gap="md">
            <InvoicesTable invoices={items} linkBase="/portal/invoices" showClient={false} testId="my-invoices-table" />
            <InvoiceListTotals invoices={items} testId="my-invoices-totals" />
          </Stack>
        )}
      </Paper>
      {notes.length > 0 && (
        <Section title={t('debitNotes.title')} hint={t('debitNote.hint')} testId="my-debit-notes">
          <DebitNotesTable
            notes={notes}
            linkBase="/portal/debit-notes"
            showClient={false}
            testId="my-debit-notes-table"
          />
        </Section>
      )}
    </Stack>
  );
}
