import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { DebitNoteSummary } from '../../types/collection.ts';

/** Debit notes: number, client, dates, amount claimed, paid and open; who issued it (a user or the sweep). */
export function DebitNotesTable({
  notes,
  linkBase,
  showClient = true,
  testId = 'debit-notes-table',
}: {
  notes: readonly DebitNoteSummary[];
  linkBase: string;
  showClient?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoice.col.number')}</Table.Th>
            {showClient && <Table.Th>{t('quote.col.client')}</Table.Th>}
            <Table.Th>{t('invoice.col.issueDate')}</Table.Th>
            <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('debitNote.total')}</Table.Th>
            <Table.Th ta="right">{t('invoice.paid')}</Table.Th>
            <Table.Th ta="right">{t('invoice.col.open')}</Table.Th>
            <Table.Th>{t('debitNote.issuedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {notes.map((note) => (
            <Table.Tr key={note.id} data-testid={`debit-note-row-${note.number}`} data-debit-note-id={note.id}>
              <Table.Td>
                <Anchor component={Link} to={`${linkBase}/${note.id}`} fw={600} size="sm" data-testid="debit-note-link">
                  {note.number}
                </Anchor>
              </Table.Td>
              {showClient && <Table.Td>{note.clientName}</Table.Td>}
              <Table.Td>{formatDate(note.issueDate)}</Table.Td>
              <Table.Td>{formatDate(note.dueDate)}</Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="debit-note-row-total">
                {formatEur(note.totalCents)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatEur(note.paidCents)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={note.openCents > 0 ? 700 : 400}>
                {formatEur(note.openCents)}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={note.createdBy === 'system:sweep' ? 'grape' : 'gray'} size="sm">
                  {note.createdBy === 'system:sweep' ? t('debitNote.bySweep') : t('debitNote.byUser')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
