import { Alert, Anchor, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useStatement } from '../../data/payments.ts';
import { formatDate, formatEur, formatInteger } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { StatementInvoice } from '../../types/payments.ts';

/** A line of what is due: an invoice (with its late-payment figures) or a debit note. */
interface DueRow {
  id: string;
  testId: string;
  number: string;
  to: string;
  debitNote: boolean;
  dueDate: string | null;
  daysLate: number;
  openCents: number;
  invoice: StatementInvoice | null;
}

function Line({
  label,
  cents,
  testId,
  strong = false,
}: {
  label: string;
  cents: number;
  testId: string;
  strong?: boolean;
}) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 800 : 500} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {formatEur(cents)}
      </Text>
    </Group>
  );
}

/**
 * Portal: what the client owes today — invoices due or overdue (or payable at once after an
 * acceleration, art. 10.3), debit notes due, the late-payment interest and the EUR 40 recovery
 * indemnities not yet claimed, less the credit it holds.
 */
export function MyDuesPage() {
  const { t } = useI18n();
  const statement = useStatement(null);
  if (statement.isPending) return <Loading />;
  if (statement.isError)
    return <ProblemAlert error={statement.error} onRetry={() => void statement.refetch()} testId="my-dues-error" />;
  const { totals, invoices, debitNotes, asOf } = statement.data;
  const due = invoices.filter((i) => i.kind === 'invoice' && i.openCents > 0 && i.paymentState !== 'not-due');
  const notDue = invoices.filter((i) => i.kind === 'invoice' && i.openCents > 0 && i.paymentState === 'not-due');
  const dueNotes = debitNotes.filter((n) => n.openCents > 0 && n.dueDate <= asOf);
  const accelerated = invoices.find((i) => i.acceleratedOn && i.openCents > 0);
  const dueRows: DueRow[] = [
    ...due.map((inv) => ({
      id: inv.id,
      testId: `dues-invoice-${inv.number}`,
      number: inv.number,
      to: `/portal/invoices/${inv.id}`,
      debitNote: false,
      dueDate: inv.dueDate,
      daysLate: inv.daysLate,
      openCents: inv.openCents,
      invoice: inv,
    })),
    ...dueNotes.map((note) => ({
      id: note.id,
      testId: `dues-debit-note-${note.number}`,
      number: note.number,
      to: `/portal/debit-notes/${note.id}`,
      debitNote: true,
      dueDate: note.dueDate,
      daysLate: 0,
      openCents: note.openCents,
      invoice: null,
    })),
  ];
  const none = t('common.none');
  const dueColumns: Array<Column<DueRow>> = [
    {
      key: 'number',
      header: t('invoice.col.number'),
      cell: (row) => (
        <>
          <Anchor component={Link} to={row.to} size="sm" fw={600}>
            {row.number}
          </Anchor>
          {row.debitNote && (
            <Text size="xs" c="dimmed">
              {t('debitNote.label')}
            </Text>
          )}
        </>
      ),
    },
    { key: 'due', header: t('invoice.col.dueDate'), cell: (row) => formatDate(row.dueDate) },
    {
      key: 'daysLate',
      header: t('field.daysLate'),
      align: 'right',
      cell: (row) => (row.daysLate > 0 ? formatInteger(row.daysLate) : none),
    },
    {
      key: 'open',
      header: t('invoice.col.open'),
      align: 'right',
      nowrap: true,
      cell: (row) => formatEur(row.openCents),
      cellProps: () => ({ fw: 700, 'data-testid': 'dues-invoice-open' }),
    },
    {
      key: 'interest',
      header: t('invoice.lateInterest'),
      align: 'right',
      nowrap: true,
      cell: (row) => (row.invoice ? formatEur(row.invoice.lateInterestCents) : none),
      cellProps: () => ({ 'data-testid': 'dues-invoice-interest' }),
    },
    {
      key: 'indemnity',
      header: t('statement.indemnity'),
      align: 'right',
      nowrap: true,
      cell: (row) => (row.invoice ? formatEur(row.invoice.lateIndemnityCents) : none),
      cellProps: () => ({ 'data-testid': 'dues-invoice-indemnity' }),
    },
    {
      key: 'claim',
      header: '',
      cell: (row) => {
        const inv = row.invoice;
        if (!inv || inv.lateInterestCents + inv.lateIndemnityCents === 0) return null;
        return (
          <Text size="xs" c="dimmed" data-testid="dues-invoice-claim">
            {inv.unclaimedInterestCents + inv.unclaimedIndemnityCents === 0
              ? t('portal.dues.claimed')
              : t('portal.dues.unclaimed', {
                  amount: formatEur(inv.unclaimedInterestCents + inv.unclaimedIndemnityCents),
                })}
          </Text>
        );
      },
    },
  ];
  const upcomingColumns: Array<Column<StatementInvoice>> = [
    {
      key: 'number',
      header: t('invoice.col.number'),
      cell: (inv) => (
        <Anchor component={Link} to={`/portal/invoices/${inv.id}`} size="sm" fw={600}>
          {inv.number}
        </Anchor>
      ),
    },
    {
      key: 'due',
      header: t('invoice.col.dueDate'),
      cell: (inv) => t('portal.dues.dueOn', { date: formatDate(inv.dueDate) }),
    },
    {
      key: 'open',
      header: t('invoice.col.open'),
      align: 'right',
      cell: (inv) => formatEur(inv.openCents),
      cellProps: () => ({ fw: 600 }),
    },
  ];

  return (
    <Stack gap="md" data-testid="my-dues" data-as-of={asOf}>
      <PageHeader title={t('nav.myDues')} subtitle={t('portal.dues.subtitle', { date: formatDate(asOf) })} />
      <Paper withBorder radius="md" p="lg" maw={560}>
        <Stack gap={6}>
          <Line label={t('portal.dues.invoices')} cents={totals.dueInvoicesCents} testId="dues-invoices" />
          <Line label={t('portal.dues.debitNotes')} cents={totals.dueDebitNotesCents} testId="dues-debit-notes" />
          <Line label={t('portal.dues.interest')} cents={totals.accruedInterestCents} testId="dues-interest" />
          <Line
            label={t('portal.dues.indemnities')}
            cents={totals.unclaimedIndemnitiesCents}
            testId="dues-indemnities"
          />
          {totals.unallocatedCreditCents > 0 && (
            <Line label={t('portal.dues.credit')} cents={-totals.unallocatedCreditCents} testId="dues-credit" />
          )}
          <Divider my={4} />
          <Line label={t('portal.dues.total')} cents={totals.owedTodayCents} testId="dues-total" strong />
        </Stack>
      </Paper>
      {accelerated && (
        <Alert color="orange" variant="light" data-testid="dues-accelerated">
          {t('invoice.accelerated', { date: formatDate(accelerated.acceleratedOn) })}
        </Alert>
      )}
      <Section title={t('portal.dues.dueInvoices')} hint={t('invoice.lateHint')} testId="dues-due">
        {due.length === 0 && dueNotes.length === 0 ? (
          <Empty title={t('portal.dues.nothingDue')} testId="dues-nothing" />
        ) : (
          <DataTable
            rows={dueRows}
            rowKey={(row) => row.id}
            rowProps={(row) => ({ 'data-testid': row.testId })}
            columns={dueColumns}
            empty={{ title: t('portal.dues.nothingDue') }}
            testId="dues-table"
            minWidth={760}
            verticalSpacing="xs"
          />
        )}
        <Text size="xs" c="dimmed">
          {t('portal.dues.claimedHint')}
        </Text>
      </Section>
      {notDue.length > 0 && (
        <Section title={t('portal.dues.upcoming')} testId="dues-upcoming">
          <DataTable
            rows={notDue}
            rowKey={(inv) => inv.id}
            columns={upcomingColumns}
            empty={{ title: t('portal.dues.nothingDue') }}
            testId="dues-upcoming-table"
            minWidth={360}
            verticalSpacing="xs"
          />
        </Section>
      )}
    </Stack>
  );
}
