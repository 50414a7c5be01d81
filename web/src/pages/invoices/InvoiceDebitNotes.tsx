import { useState } from 'react';
import { Button } from '@mantine/core';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useDebitNotesOfInvoice } from '../../data/collection.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { PAYMENT_WRITERS, useCan } from '../../roles.ts';
import type { Invoice } from '../../types/invoices.ts';
import { CreateDebitNoteModal } from '../debit-notes/CreateDebitNoteModal.tsx';
import { DebitNotesTable } from '../debit-notes/DebitNotesTable.tsx';

/** The debit notes claiming this invoice's late charges; accounting can claim what has accrued. */
export function InvoiceDebitNotes({ invoice, portal = false }: { invoice: Invoice; portal?: boolean }) {
  const { t } = useI18n();
  const canClaim = useCan(PAYMENT_WRITERS) && !portal;
  const { notes, isPending, error } = useDebitNotesOfInvoice(invoice.clientId, invoice.id);
  const [claiming, setClaiming] = useState(false);
  const charged = invoice.lateInterestCents + invoice.lateIndemnityCents > 0;
  return (
    <Section
      title={t('invoice.debitNotes')}
      hint={t('invoice.debitNotesHint')}
      testId="invoice-debit-notes"
      actions={
        canClaim &&
        charged && (
          <Button size="xs" variant="light" onClick={() => setClaiming(true)} data-testid="invoice-claim-debit-note">
            {t('invoice.claimDebitNote')}
          </Button>
        )
      }
    >
      {isPending ? (
        <Loading />
      ) : error ? (
        <ProblemAlert error={error} testId="invoice-debit-notes-error" />
      ) : notes.length === 0 ? (
        <Empty title={t('invoice.noDebitNotes')} testId="invoice-debit-notes-empty" />
      ) : (
        <DebitNotesTable
          notes={notes}
          linkBase={portal ? '/portal/debit-notes' : '/debit-notes'}
          showClient={false}
          testId="invoice-debit-notes-table"
        />
      )}
      {claiming && (
        <CreateDebitNoteModal
          clientId={invoice.clientId}
          invoiceIds={[invoice.id]}
          stay
          onClose={() => setClaiming(false)}
        />
      )}
    </Section>
  );
}
