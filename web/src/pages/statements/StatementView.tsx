import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { statementPdfUrl } from '../../data/payments.ts';
import { formatDate, formatEur, formatInteger } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import type { Statement, StatementDebitNote, StatementInvoice, StatementPayment } from '../../types/payments.ts';

/** The ageing buckets, in order, with their labels. */
const AGEING: ReadonlyArray<[keyof Statement['ageing'], MessageKey]> = [
  ['notDueCents', 'statement.ageing.notDue'],
  ['days1To30Cents', 'statement.ageing.1to30'],
  ['days31To60Cents', 'statement.ageing.31to60'],
  ['days61To90Cents', 'statement.ageing.61to90'],
  ['over90Cents', 'statement.ageing.over90'],
];
import { InvoiceStateBadge } from '../invoices/InvoiceStateBadge.tsx';

function Figure({
  label,
  cents,
  testId,
  strong = false,
  hint,
}: {
  label: string;
  cents: number;
  testId: string;
  strong?: boolean;
  hint?: string;
}) {
  return (
    <Paper withBorder radius="sm" p="sm">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size={strong ? 'xl' : 'lg'} fw={strong ? 800 : 600} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {formatEur(cents)}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/**
 * A client's account statement (relevé de compte) as of a date: balance, what is owed today,
 * ageing, then its invoices and credit notes, debit notes and payments. `portal`: links stay in
 * the portal, and the PDF is the portal's.
 */
export function StatementView({ statement, portal = false }: { statement: Statement; portal?: boolean }) {
  const { t, tx } = useI18n();
  const { totals, ageing } = statement;
  const base = portal ? '/portal' : '';
  const none = t('common.none');
  const amount = { align: 'right' as const, nowrap: true };
  const invoiceColumns: Array<Column<StatementInvoice>> = [
    {
      key: 'number',
      header: t('invoice.col.number'),
      nowrap: true,
      cell: (inv) => (
        <>
          <Anchor component={Link} to={`${base}/invoices/${inv.id}`} size="sm" fw={600}>
            {inv.number}
          </Anchor>
          {inv.correctsNumber && (
            <Text size="xs" c="dimmed">
              {t('statement.corrects', { number: inv.correctsNumber })}
            </Text>
          )}
        </>
      ),
    },
    { key: 'issued', header: t('invoice.col.issueDate'), cell: (inv) => formatDate(inv.issueDate) },
    {
      key: 'due',
      header: t('invoice.col.dueDate'),
      cell: (inv) => (inv.kind === 'credit-note' ? none : formatDate(inv.dueDate)),
    },
    {
      key: 'gross',
      header: t('invoice.col.gross'),
      ...amount,
      cell: (inv) => formatEur(inv.kind === 'credit-note' ? -inv.grossCents : inv.grossCents),
    },
    {
      key: 'paid',
      header: t('invoice.paid'),
      ...amount,
      cell: (inv) => (inv.kind === 'credit-note' ? none : formatEur(inv.paidCents)),
    },
    {
      key: 'credited',
      header: t('invoice.credited'),
      ...amount,
      cell: (inv) => (inv.kind === 'credit-note' ? none : formatEur(inv.creditedCents)),
    },
    {
      key: 'open',
      header: t('invoice.col.open'),
      ...amount,
      cell: (inv) => (inv.kind === 'credit-note' ? none : formatEur(inv.openCents)),
      cellProps: () => ({ fw: 700, 'data-testid': 'statement-invoice-open' }),
    },
    {
      key: 'daysLate',
      header: t('field.daysLate'),
      align: 'right',
      cell: (inv) => (inv.daysLate > 0 ? formatInteger(inv.daysLate) : none),
      cellProps: () => ({ 'data-testid': 'statement-invoice-days-late' }),
    },
    {
      key: 'interest',
      header: t('invoice.lateInterest'),
      ...amount,
      cell: (inv) => (inv.lateInterestCents > 0 ? formatEur(inv.lateInterestCents) : none),
      cellProps: () => ({ 'data-testid': 'statement-invoice-interest' }),
    },
    {
      key: 'indemnity',
      header: t('statement.indemnity'),
      ...amount,
      cell: (inv) => (inv.lateIndemnityCents > 0 ? formatEur(inv.lateIndemnityCents) : none),
      cellProps: () => ({ 'data-testid': 'statement-invoice-indemnity' }),
    },
    {
      key: 'state',
      header: t('invoice.col.state'),
      cell: (inv) => <InvoiceStateBadge state={inv.paymentState} testId="statement-invoice-state" />,
    },
  ];
  const debitNoteColumns: Array<Column<StatementDebitNote>> = [
    {
      key: 'number',
      header: t('invoice.col.number'),
      cell: (note) => (
        <Anchor component={Link} to={`${base}/debit-notes/${note.id}`} size="sm" fw={600}>
          {note.number}
        </Anchor>
      ),
    },
    { key: 'issued', header: t('invoice.col.issueDate'), cell: (note) => formatDate(note.issueDate) },
    { key: 'due', header: t('invoice.col.dueDate'), cell: (note) => formatDate(note.dueDate) },
    { key: 'total', header: t('debitNote.total'), ...amount, cell: (note) => formatEur(note.totalCents) },
    { key: 'paid', header: t('invoice.paid'), ...amount, cell: (note) => formatEur(note.paidCents) },
    {
      key: 'open',
      header: t('invoice.col.open'),
      ...amount,
      cell: (note) => formatEur(note.openCents),
      cellProps: () => ({ fw: 700 }),
    },
  ];
  const paymentColumns: Array<Column<StatementPayment>> = [
    { key: 'received', header: t('payment.col.receivedOn'), cell: (p) => formatDate(p.receivedOn) },
    { key: 'means', header: t('payment.col.means'), cell: (p) => tx(`value.${p.means}`, p.means) },
    { key: 'reference', header: t('payment.reference'), cell: (p) => p.reference ?? none },
    { key: 'amount', header: t('payment.amount'), ...amount, cell: (p) => formatEur(p.amountCents) },
    {
      key: 'to',
      header: t('payment.col.to'),
      cell: (p) =>
        p.allocations.map((a, i) => (
          <Text key={`${a.invoiceId ?? a.debitNoteId}-${i}`} size="xs" style={{ whiteSpace: 'nowrap' }}>
            {a.invoiceNumber ?? a.debitNoteNumber} {formatEur(a.amountCents)}
          </Text>
        )),
    },
    {
      key: 'credit',
      header: t('payment.col.credit'),
      ...amount,
      cell: (p) => (p.unallocatedCents > 0 ? formatEur(p.unallocatedCents) : none),
    },
    {
      key: 'status',
      header: t('payment.col.status'),
      cell: (p) => (
        <Badge variant="light" color={p.status === 'reversed' ? 'red' : 'teal'} c="dark.8">
          {t(`payment.status.${p.status}`)}
        </Badge>
      ),
    },
  ];
  return (
    <Stack gap="md" data-testid="statement" data-as-of={statement.asOf}>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="statement-as-of">
          {t('statement.asOf', { date: formatDate(statement.asOf) })}
        </Text>
        <DocumentButton href={statementPdfUrl(portal ? null : statement.client.id)} testId="statement-pdf">
          {t('statement.pdf')}
        </DocumentButton>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Figure
          label={t('statement.balance')}
          cents={totals.balanceCents}
          testId="statement-balance"
          strong
          hint={t('statement.balanceHint')}
        />
        <Figure
          label={t('statement.owedToday')}
          cents={totals.owedTodayCents}
          testId="statement-owed-today"
          strong
          hint={t('statement.owedTodayHint')}
        />
        <Figure
          label={t('statement.accruedInterest')}
          cents={totals.accruedInterestCents}
          testId="statement-interest"
        />
        <Figure
          label={t('statement.unclaimedIndemnities')}
          cents={totals.unclaimedIndemnitiesCents}
          testId="statement-indemnities"
        />
        <Figure label={t('statement.openInvoices')} cents={totals.openInvoicesCents} testId="statement-open-invoices" />
        <Figure
          label={t('statement.openDebitNotes')}
          cents={totals.openDebitNotesCents}
          testId="statement-open-debit-notes"
        />
        <Figure
          label={t('statement.dueInvoices')}
          cents={totals.dueInvoicesCents + totals.dueDebitNotesCents}
          testId="statement-due"
        />
        <Figure label={t('statement.credit')} cents={totals.unallocatedCreditCents} testId="statement-credit" />
      </SimpleGrid>

      <div>
        <Text fw={600} size="sm" mb={6}>
          {t('statement.ageing')}
        </Text>
        {/* Five buckets: two per line on a phone, five in a row on a wide screen. */}
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" data-testid="statement-ageing">
          {AGEING.map(([key, label]) => (
            <Paper key={key} withBorder radius="sm" p="xs" ta="right">
              <Text size="xs" c="dimmed">
                {t(label)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatEur(ageing[key])}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </div>

      <div>
        <Text fw={600} size="sm" mb={6}>
          {t('statement.invoices')}
        </Text>
        <DataTable
          rows={statement.invoices}
          rowKey={(inv) => inv.id}
          rowProps={(inv) => ({ 'data-testid': `statement-invoice-${inv.number}`, 'data-state': inv.paymentState })}
          columns={invoiceColumns}
          empty={{ title: t('invoices.empty') }}
          testId="statement-invoices"
          minWidth={1000}
          verticalSpacing="xs"
        />
      </div>

      {statement.debitNotes.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={6}>
            {t('statement.debitNotes')}
          </Text>
          <DataTable
            rows={statement.debitNotes}
            rowKey={(note) => note.id}
            rowProps={(note) => ({ 'data-testid': `statement-debit-note-${note.number}` })}
            columns={debitNoteColumns}
            empty={{ title: t('debitNotes.empty') }}
            testId="statement-debit-notes"
            minWidth={640}
            verticalSpacing="xs"
          />
        </div>
      )}

      <div>
        <Text fw={600} size="sm" mb={6}>
          {t('statement.payments')}
        </Text>
        <DataTable
          rows={statement.payments}
          rowKey={(p) => p.id}
          rowProps={(p) => ({ 'data-testid': 'statement-payment', 'data-status': p.status })}
          columns={paymentColumns}
          empty={{ title: t('invoice.noPayments') }}
          testId="statement-payments"
          minWidth={800}
          verticalSpacing="xs"
        />
      </div>
    </Stack>
  );
}
