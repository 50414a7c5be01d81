import { Alert, Anchor, Divider, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useStatement } from '../../data/payments.ts';
import { formatDate, formatEur, formatInteger } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

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
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" data-testid="dues-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invoice.col.number')}</Table.Th>
                  <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
                  <Table.Th ta="right">{t('field.daysLate')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.col.open')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.lateInterest')}</Table.Th>
                  <Table.Th ta="right">{t('statement.indemnity')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {due.map((inv) => (
                  <Table.Tr key={inv.id} data-testid={`dues-invoice-${inv.number}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/portal/invoices/${inv.id}`} size="sm" fw={600}>
                        {inv.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDate(inv.dueDate)}</Table.Td>
                    <Table.Td ta="right">{inv.daysLate > 0 ? formatInteger(inv.daysLate) : t('common.none')}</Table.Td>
                    <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="dues-invoice-open">
                      {formatEur(inv.openCents)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="dues-invoice-interest">
                      {formatEur(inv.lateInterestCents)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="dues-invoice-indemnity">
                      {formatEur(inv.lateIndemnityCents)}
                    </Table.Td>
                    <Table.Td>
                      {inv.lateInterestCents + inv.lateIndemnityCents > 0 && (
                        <Text size="xs" c="dimmed" data-testid="dues-invoice-claim">
                          {inv.unclaimedInterestCents + inv.unclaimedIndemnityCents === 0
                            ? t('portal.dues.claimed')
                            : t('portal.dues.unclaimed', {
                                amount: formatEur(inv.unclaimedInterestCents + inv.unclaimedIndemnityCents),
                              })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {dueNotes.map((note) => (
                  <Table.Tr key={note.id} data-testid={`dues-debit-note-${note.number}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/portal/debit-notes/${note.id}`} size="sm" fw={600}>
                        {note.number}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t('debitNote.label')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDate(note.dueDate)}</Table.Td>
                    <Table.Td />
                    <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {formatEur(note.openCents)}
                    </Table.Td>
                    <Table.Td />
                    <Table.Td />
                    <Table.Td />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="xs" c="dimmed">
          {t('portal.dues.claimedHint')}
        </Text>
      </Section>
      {notDue.length > 0 && (
        <Section title={t('portal.dues.upcoming')} testId="dues-upcoming">
          <Table striped verticalSpacing="xs" data-testid="dues-upcoming-table">
            <Table.Tbody>
              {notDue.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/portal/invoices/${inv.id}`} size="sm" fw={600}>
                      {inv.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t('portal.dues.dueOn', { date: formatDate(inv.dueDate) })}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatEur(inv.openCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}
    </Stack>
  );
}
