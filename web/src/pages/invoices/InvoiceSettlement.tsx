import { Alert, Stack, Text } from '@mantine/core';
import { DecisionCard } from '../../components/DecisionCard.tsx';
import { Facts } from '../../components/Facts.tsx';
import { PeriodsTable, isPeriod } from '../../components/PeriodsTable.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatEur, formatInteger } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { type Invoice, latePaymentOf } from '../../types/invoices.ts';

/** What was paid and credited on the invoice and what remains open (art. 10.1, 10.2). */
export function InvoiceSettlement({ invoice }: { invoice: Invoice }) {
  const { t, tx } = useI18n();
  return (
    <Section title={t('invoice.settlement')} hint={t('invoice.settlementHint')} testId="invoice-settlement">
      <Facts
        cols={4}
        items={[
          { label: t('totals.gross'), value: formatEur(invoice.grossCents), testId: 'invoice-gross' },
          { label: t('invoice.paid'), value: formatEur(invoice.paidCents), testId: 'invoice-paid' },
          { label: t('invoice.credited'), value: formatEur(invoice.creditedCents), testId: 'invoice-credited' },
          {
            label: t('invoice.open'),
            value: (
              <Text fw={700} size="sm" span>
                {formatEur(invoice.openCents)}
              </Text>
            ),
            testId: 'invoice-open',
          },
          {
            label: t('invoice.settledOn'),
            value: formatDate(invoice.settledOn),
            testId: 'invoice-settled-on',
            hidden: !invoice.settledOn,
          },
          { label: t('invoice.paymentMeans'), value: tx(`value.${invoice.paymentMeans}`, invoice.paymentMeans) },
        ]}
      />
      {invoice.acceleratedOn && (
        <Alert color="orange" variant="light" data-testid="invoice-accelerated">
          <Text size="sm">{t('invoice.accelerated', { date: formatDate(invoice.acceleratedOn) })}</Text>
        </Alert>
      )}
    </Section>
  );
}

/**
 * Late payment (art. 10.3): the interest and the recovery indemnity as last computed by the daily
 * sweep, with the decision, its article and the periods of the computation.
 */
export function InvoiceLatePayment({ invoice }: { invoice: Invoice }) {
  const { t } = useI18n();
  const decision = latePaymentOf(invoice);
  const periods = decision && Array.isArray(decision.periods) ? decision.periods.filter(isPeriod) : [];
  const charged = invoice.lateInterestCents + invoice.lateIndemnityCents > 0;
  return (
    <Section title={t('invoice.late')} hint={t('invoice.lateHint')} testId="invoice-late">
      {!invoice.lateAsOf && !decision ? (
        <Text size="sm" c="dimmed" data-testid="invoice-late-none">
          {t('invoice.lateNone')}
        </Text>
      ) : (
        <Stack gap="md">
          <Facts
            cols={4}
            items={[
              {
                label: t('invoice.lateInterest'),
                value: formatEur(invoice.lateInterestCents),
                testId: 'invoice-late-interest',
              },
              {
                label: t('invoice.lateIndemnity'),
                value: formatEur(invoice.lateIndemnityCents),
                testId: 'invoice-late-indemnity',
              },
              { label: t('invoice.lateAsOf'), value: formatDate(invoice.lateAsOf), testId: 'invoice-late-as-of' },
              {
                label: t('field.daysLate'),
                value: decision ? formatInteger(decision.daysLate) : t('common.none'),
                testId: 'invoice-days-late',
              },
            ]}
          />
          {charged && (
            <Text size="sm" c="dimmed">
              {t('invoice.lateClaimHint')}
            </Text>
          )}
          {decision && <DecisionCard decision={decision} testId="invoice-late-decision" />}
          {periods.length > 0 && (
            <PeriodsTable periods={periods} totalCents={decision?.interestCents} testId="invoice-late-periods" />
          )}
        </Stack>
      )}
    </Section>
  );
}
