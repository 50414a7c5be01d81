import { Anchor, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { DecisionTimeline } from '../../components/DecisionTimeline.tsx';
import { Facts } from '../../components/Facts.tsx';
import { Empty } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { type InvoiceDetail, latePaymentOf } from '../../types/invoices.ts';
import { QuoteTotals } from '../quotes/QuoteTotals.tsx';
import { InvoiceDebitNotes } from './InvoiceDebitNotes.tsx';
import { InvoiceLinesTable } from './InvoiceLinesTable.tsx';
import { InvoicePayments } from './InvoicePayments.tsx';
import { InvoiceLatePayment, InvoiceSettlement } from './InvoiceSettlement.tsx';
import { InvoiceStateBadge } from './InvoiceStateBadge.tsx';
import { InvoicesTable } from './InvoicesTable.tsx';

/**
 * An invoice or credit note: header, lines, VAT per rate and totals, what is paid, credited and
 * open, the late-payment figures (art. 10.3), credit notes, payments and the timeline. The same
 * view serves the back-office and the client portal (`portal`: links stay in the portal, no evidence).
 */
export function InvoiceView({
  detail,
  portal = false,
  extra,
}: {
  detail: InvoiceDetail;
  portal?: boolean;
  extra?: ReactNode;
}) {
  const { t, tx } = useI18n();
  const { invoice, creditNotes, payments, decisions, evidence } = detail;
  const base = portal ? '/portal' : '';
  const isInvoice = invoice.kind === 'invoice';
  const issued = invoice.status === 'issued';
  return (
    <Stack
      gap="md"
      data-testid="invoice-detail"
      data-invoice-id={invoice.id}
      data-status={invoice.status}
      data-kind={invoice.kind}
      data-number={invoice.number ?? ''}
      data-state={invoice.paymentState}
    >
      <Section
        title={t(isInvoice ? 'invoice.summary' : 'invoice.summaryCreditNote')}
        testId="invoice-summary"
        actions={<InvoiceStateBadge state={invoice.paymentState} />}
      >
        <Facts
          items={[
            {
              label: t('invoice.col.number'),
              value: invoice.number ?? t('invoice.noNumber'),
              testId: 'invoice-number',
            },
            {
              label: t('quote.col.client'),
              value: portal ? (
                invoice.clientName
              ) : (
                <Anchor component={Link} to={`/clients/${invoice.clientId}`} size="sm">
                  {invoice.clientName}
                </Anchor>
              ),
            },
            {
              label: t('invoice.contract'),
              value: invoice.contractId && (
                <Anchor
                  component={Link}
                  to={`${base}/contracts/${invoice.contractId}`}
                  size="sm"
                  data-testid="invoice-contract-link"
                >
                  {invoice.contractNumber}
                </Anchor>
              ),
              hidden: !invoice.contractId,
            },
            {
              label: t('invoice.corrects'),
              value: invoice.correctsInvoiceId && (
                <Anchor
                  component={Link}
                  to={`${base}/invoices/${invoice.correctsInvoiceId}`}
                  size="sm"
                  data-testid="invoice-corrects-link"
                >
                  {t('invoice.correctsLink')}
                </Anchor>
              ),
              hidden: !invoice.correctsInvoiceId,
            },
            { label: t('invoice.col.issueDate'), value: formatDate(invoice.issueDate), testId: 'invoice-issue-date' },
            {
              label: t('invoice.col.dueDate'),
              value: formatDate(invoice.dueDate),
              testId: 'invoice-due-date',
              hidden: !isInvoice,
            },
            {
              label: t('invoice.operationDate'),
              value: formatDate(invoice.operationDate),
              hidden: !invoice.operationDate,
            },
            {
              label: t('invoice.periodLabel'),
              value: t('invoice.period', { from: formatDate(invoice.periodStart), to: formatDate(invoice.periodEnd) }),
              hidden: !invoice.periodStart,
            },
            { label: t('invoice.origin'), value: tx(`invoice.origin.${invoice.origin}`, invoice.origin) },
            {
              label: t('acceptance.poReference'),
              value: invoice.purchaseOrderReference,
              hidden: !invoice.purchaseOrderReference,
            },
            { label: t('contract.col.termsVersion'), value: invoice.termsVersion, hidden: !invoice.termsVersion },
            { label: t('invoice.vatOnDebits'), value: t('invoice.vatOnDebitsYes'), hidden: !invoice.vatOnDebits },
            { label: t('invoice.reason'), value: invoice.reason, testId: 'invoice-reason', hidden: !invoice.reason },
            { label: t('invoice.issuedAt'), value: formatDateTime(invoice.issuedAt), hidden: !invoice.issuedAt },
          ]}
        />
        {invoice.notes.length > 0 && (
          <List size="sm">
            {invoice.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        )}
        {!issued && (
          <Text size="sm" c="dimmed" data-testid="invoice-draft-hint">
            {t('invoice.draftHint')}
          </Text>
        )}
      </Section>
      <Section title={t('invoice.lines')} testId="invoice-lines-section">
        <InvoiceLinesTable lines={invoice.lines} />
        <QuoteTotals
          totals={{
            netCents: invoice.netCents,
            vatCents: invoice.vatCents,
            grossCents: invoice.grossCents,
            monthlyRentCents: null,
            vatBreakdown: invoice.vatBreakdown,
          }}
          testId="invoice-totals"
        />
      </Section>
      {isInvoice && issued && <InvoiceSettlement invoice={invoice} />}
      {isInvoice && issued && <InvoiceLatePayment invoice={invoice} />}
      {isInvoice && issued && (invoice.lateAsOf || latePaymentOf(invoice)) && (
        <InvoiceDebitNotes invoice={invoice} portal={portal} />
      )}
      {extra}
      {isInvoice && (
        <Section title={t('invoice.creditNotes')} hint={t('invoice.creditNotesHint')} testId="invoice-credit-notes">
          {creditNotes.length === 0 ? (
            <Empty title={t('invoice.noCreditNotes')} testId="invoice-credit-notes-empty" />
          ) : (
            <InvoicesTable
              invoices={creditNotes}
              linkBase={`${base}/invoices`}
              showClient={false}
              testId="invoice-credit-notes-table"
            />
          )}
        </Section>
      )}
      {isInvoice && issued && (
        <Section title={t('invoice.payments')} testId="invoice-payments-section">
          <InvoicePayments payments={payments} />
        </Section>
      )}
      {(!portal || decisions.length > 0) && (
        <Section
          title={portal ? t('portal.decisions') : t('timeline.title')}
          hint={portal ? undefined : t('timeline.hint')}
          testId="invoice-timeline"
        >
          <DecisionTimeline decisions={decisions} evidence={portal ? [] : evidence} />
        </Section>
      )}
    </Stack>
  );
}
