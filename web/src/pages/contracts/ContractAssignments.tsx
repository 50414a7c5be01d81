import { Anchor, Table } from '@mantine/core';
import { Empty } from '../../components/QueryState.tsx';
import { evidenceDocumentUrl } from '../../data/contracts.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Assignment } from '../../types/contracts.ts';

/**
 * Assignments recorded on a contract: by the client with ALLEO's consent, by ALLEO after notice (19.1).
 * With `documentLinks` (readers of the evidence log), the consent received or the notice letter opens.
 */
export function ContractAssignments({
  assignments,
  documentLinks = false,
}: {
  assignments: readonly Assignment[];
  documentLinks?: boolean;
}) {
  const { t } = useI18n();
  if (assignments.length === 0) return <Empty title={t('assignments.empty')} testId="assignments-empty" />;
  return (
    <Table verticalSpacing="xs" data-testid="assignments-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('assignments.col.by')}</Table.Th>
          <Table.Th>{t('assignments.col.assignee')}</Table.Th>
          <Table.Th>{t('assignments.col.effectiveOn')}</Table.Th>
          <Table.Th>{t('assignments.col.recordedAt')}</Table.Th>
          <Table.Th>{t('assignments.col.document')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {assignments.map((a) => (
          <Table.Tr key={a.id} data-testid="assignment-row" data-by={a.by}>
            <Table.Td>{t(`assignments.by.${a.by}`)}</Table.Td>
            <Table.Td>
              {a.assigneeName}
              {a.assigneeSiren && ` — SIREN ${a.assigneeSiren}`}
            </Table.Td>
            <Table.Td>{formatDate(a.effectiveOn)}</Table.Td>
            <Table.Td>{formatDateTime(a.recordedAt)}</Table.Td>
            <Table.Td ff="monospace" fz="xs">
              {documentLinks && (
                <Anchor
                  href={evidenceDocumentUrl(a.documentSha256)}
                  target="_blank"
                  rel="noopener"
                  size="xs"
                  ff="sans-serif"
                  mr={6}
                  data-testid="assignment-row-document"
                >
                  {t(a.by === 'alleo' ? 'assignments.noticeLetter' : 'assignments.consent')}
                </Anchor>
              )}
              SHA-256 {a.documentSha256.slice(0, 12)}…
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
