import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { DecisionCard } from '../../components/DecisionCard.tsx';
import { Facts } from '../../components/Facts.tsx';
import { PeriodsTable, isPeriod } from '../../components/PeriodsTable.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime, formatEur, formatInteger } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { DebitNote } from '../../types/collection.ts';

/**
 * A debit note (note de débit): the late-payment interest and EUR 40 indemnities it claims, per
 * invoice, each with the decision of art. 10.3 it claims from. No VAT (damages, not a supply).
 */
export function DebitNoteView({ note, portal = false }: { note: DebitNote; portal?: boolean }) {
  const { t, pick } = useI18n();
  const base = portal ? '/portal' : '';
  const interest = note.rows.reduce((sum, row) => sum + row.interestCents, 0);
  const indemnity = note.rows.reduce((sum, row) => sum + row.indemnityCents, 0);
  return (
    <Stack gap="md" data-testid="debit-note-detail" data-debit-note-id={note.id} data-number={note.number}>
      <Section title={t('debitNote.label')} hint={t('debitNote.hint')} testId="debit-note-summary">
        <Facts
          cols={4}
          items={[
            { label: t('invoice.col.number'), value: note.number, testId: 'debit-note-number' },
            {
              label: t('quote.col.client'),
              value: portal ? (
                note.clientName
              ) : (
                <Anchor component={Link} to={`/clients/${note.clientId}`} size="sm">
                  {note.clientName}
                </Anchor>
              ),
            },
            { label: t('invoice.col.issueDate'), value: formatDate(note.issueDate), testId: 'debit-note-issue-date' },
            { label: t('invoice.col.dueDate'), value: formatDate(note.dueDate) },
            { label: t('invoice.lateInterest'), value: formatEur(interest), testId: 'debit-note-interest' },
            { label: t('statement.indemnity'), value: formatEur(indemnity), testId: 'debit-note-indemnity' },
            {
              label: t('debitNote.total'),
              value: (
                <Text fw={700} size="sm" span>
                  {formatEur(note.totalCents)}
                </Text>
              ),
              testId: 'debit-note-total',
            },
            { label: t('invoice.open'), value: formatEur(note.openCents), testId: 'debit-note-open' },
            { label: t('contract.col.termsVersion'), value: note.termsVersion },
            {
              label: t('debitNote.issuedBy'),
              value: note.createdBy === 'system:sweep' ? t('debitNote.bySweep') : t('debitNote.byUser'),
            },
            { label: t('invoice.issuedAt'), value: formatDateTime(note.createdAt) },
          ]}
        />
      </Section>
      <Section title={t('debitNote.rows')} testId="debit-note-rows">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" data-testid="debit-note-rows-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('debitNote.invoice')}</Table.Th>
                <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
                <Table.Th>{t('debitNote.computedUntil')}</Table.Th>
                <Table.Th ta="right">{t('field.daysLate')}</Table.Th>
                <Table.Th ta="right">{t('invoice.lateInterest')}</Table.Th>
                <Table.Th ta="right">{t('statement.indemnity')}</Table.Th>
                <Table.Th>{t('invoice.col.article')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {note.rows.map((row) => (
                <Table.Tr key={row.invoiceId} data-testid={`debit-note-row-${row.invoiceNumber ?? row.invoiceId}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`${base}/invoices/${row.invoiceId}`} size="sm" fw={600}>
                      {row.invoiceNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(row.invoiceDueDate)}</Table.Td>
                  <Table.Td>{formatDate(row.computedUntil)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(row.daysLate)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="debit-note-row-interest">
                    {formatEur(row.interestCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="debit-note-row-indemnity">
                    {formatEur(row.indemnityCents)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} title={pick(row.explanation)}>
                    {t('decision.citation', { article: row.article, version: row.termsVersion })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
      {note.rows.map((row) => {
        const periods = Array.isArray(row.decision.periods) ? row.decision.periods.filter(isPeriod) : [];
        return (
          <Section
            key={row.invoiceId}
            title={t('debitNote.decisionFor', { number: row.invoiceNumber ?? '' })}
            testId="debit-note-decision"
          >
            <DecisionCard decision={row.decision} testId="debit-note-decision-card" />
            {periods.length > 0 && (
              <PeriodsTable periods={periods} totalCents={row.decision.interestCents} testId="debit-note-periods" />
            )}
          </Section>
        );
      })}
    </Stack>
  );
}
