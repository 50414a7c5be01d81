import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { Empty } from '../../components/QueryState.tsx';
import { statementPdfUrl } from '../../data/payments.ts';
import { formatDate, formatEur, formatInteger } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Statement } from '../../types/payments.ts';
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
        <Table withTableBorder verticalSpacing={6} data-testid="statement-ageing">
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right">{t('statement.ageing.notDue')}</Table.Th>
              <Table.Th ta="right">{t('statement.ageing.1to30')}</Table.Th>
              <Table.Th ta="right">{t('statement.ageing.31to60')}</Table.Th>
              <Table.Th ta="right">{t('statement.ageing.61to90')}</Table.Th>
              <Table.Th ta="right">{t('statement.ageing.over90')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td ta="right">{formatEur(ageing.notDueCents)}</Table.Td>
              <Table.Td ta="right">{formatEur(ageing.days1To30Cents)}</Table.Td>
              <Table.Td ta="right">{formatEur(ageing.days31To60Cents)}</Table.Td>
              <Table.Td ta="right">{formatEur(ageing.days61To90Cents)}</Table.Td>
              <Table.Td ta="right">{formatEur(ageing.over90Cents)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </div>

      <div>
        <Text fw={600} size="sm" mb={6}>
          {t('statement.invoices')}
        </Text>
        {statement.invoices.length === 0 ? (
          <Empty title={t('invoices.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={1000}>
            <Table striped verticalSpacing={6} data-testid="statement-invoices">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invoice.col.number')}</Table.Th>
                  <Table.Th>{t('invoice.col.issueDate')}</Table.Th>
                  <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.col.gross')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.paid')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.credited')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.col.open')}</Table.Th>
                  <Table.Th ta="right">{t('field.daysLate')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.lateInterest')}</Table.Th>
                  <Table.Th ta="right">{t('statement.indemnity')}</Table.Th>
                  <Table.Th>{t('invoice.col.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {statement.invoices.map((inv) => {
                  const credit = inv.kind === 'credit-note';
                  return (
                    <Table.Tr
                      key={inv.id}
                      data-testid={`statement-invoice-${inv.number}`}
                      data-state={inv.paymentState}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`${base}/invoices/${inv.id}`} size="sm" fw={600}>
                          {inv.number}
                        </Anchor>
                        {inv.correctsNumber && (
                          <Text size="xs" c="dimmed">
                            {t('statement.corrects', { number: inv.correctsNumber })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{formatDate(inv.issueDate)}</Table.Td>
                      <Table.Td>{credit ? t('common.none') : formatDate(inv.dueDate)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatEur(credit ? -inv.grossCents : inv.grossCents)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {credit ? t('common.none') : formatEur(inv.paidCents)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {credit ? t('common.none') : formatEur(inv.creditedCents)}
                      </Table.Td>
                      <Table.Td
                        ta="right"
                        style={{ whiteSpace: 'nowrap' }}
                        fw={700}
                        data-testid="statement-invoice-open"
                      >
                        {credit ? t('common.none') : formatEur(inv.openCents)}
                      </Table.Td>
                      <Table.Td ta="right" data-testid="statement-invoice-days-late">
                        {inv.daysLate > 0 ? formatInteger(inv.daysLate) : t('common.none')}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="statement-invoice-interest">
                        {inv.lateInterestCents > 0 ? formatEur(inv.lateInterestCents) : t('common.none')}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="statement-invoice-indemnity">
                        {inv.lateIndemnityCents > 0 ? formatEur(inv.lateIndemnityCents) : t('common.none')}
                      </Table.Td>
                      <Table.Td>
                        <InvoiceStateBadge state={inv.paymentState} testId="statement-invoice-state" />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>

      {statement.debitNotes.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={6}>
            {t('statement.debitNotes')}
          </Text>
          <Table striped verticalSpacing={6} data-testid="statement-debit-notes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoice.col.number')}</Table.Th>
                <Table.Th>{t('invoice.col.issueDate')}</Table.Th>
                <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('debitNote.total')}</Table.Th>
                <Table.Th ta="right">{t('invoice.paid')}</Table.Th>
                <Table.Th ta="right">{t('invoice.col.open')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statement.debitNotes.map((note) => (
                <Table.Tr key={note.id} data-testid={`statement-debit-note-${note.number}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`${base}/debit-notes/${note.id}`} size="sm" fw={600}>
                      {note.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(note.issueDate)}</Table.Td>
                  <Table.Td>{formatDate(note.dueDate)}</Table.Td>
                  <Table.Td ta="right">{formatEur(note.totalCents)}</Table.Td>
                  <Table.Td ta="right">{formatEur(note.paidCents)}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {formatEur(note.openCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}

      <div>
        <Text fw={600} size="sm" mb={6}>
          {t('statement.payments')}
        </Text>
        {statement.payments.length === 0 ? (
          <Empty title={t('invoice.noPayments')} />
        ) : (
          <Table striped verticalSpacing={6} data-testid="statement-payments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payment.col.receivedOn')}</Table.Th>
                <Table.Th>{t('payment.col.means')}</Table.Th>
                <Table.Th>{t('payment.reference')}</Table.Th>
                <Table.Th ta="right">{t('payment.amount')}</Table.Th>
                <Table.Th>{t('payment.col.to')}</Table.Th>
                <Table.Th ta="right">{t('payment.col.credit')}</Table.Th>
                <Table.Th>{t('payment.col.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statement.payments.map((p) => (
                <Table.Tr key={p.id} data-testid="statement-payment" data-status={p.status}>
                  <Table.Td>{formatDate(p.receivedOn)}</Table.Td>
                  <Table.Td>{tx(`value.${p.means}`, p.means)}</Table.Td>
                  <Table.Td>{p.reference ?? t('common.none')}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatEur(p.amountCents)}
                  </Table.Td>
                  <Table.Td>
                    {p.allocations.map((a, i) => (
                      <Text key={`${a.invoiceId ?? a.debitNoteId}-${i}`} size="xs" style={{ whiteSpace: 'nowrap' }}>
                        {a.invoiceNumber ?? a.debitNoteNumber} {formatEur(a.amountCents)}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {p.unallocatedCents > 0 ? formatEur(p.unallocatedCents) : t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={p.status === 'reversed' ? 'red' : 'teal'} c="dark.8">
                      {t(`payment.status.${p.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
    </Stack>
  );
}
