import { Anchor, Badge, Group, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { TermsSummary } from '../../api-types.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** Status badge of a terms version (draft / published, and "in force"). */
export function TermsStatusBadges({
  terms,
  inForce,
  wrap = false,
}: {
  terms: TermsSummary;
  inForce: boolean;
  wrap?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap={wrap ? 'wrap' : 'nowrap'}>
      <Badge variant="light" color={terms.status === 'published' ? 'blue' : 'gray'} data-testid="terms-status">
        {t(`terms.status.${terms.status}`)}
      </Badge>
      {inForce && (
        <Badge variant="filled" color="teal" data-testid="terms-in-force">
          {t('terms.inForce')}
        </Badge>
      )}
    </Group>
  );
}

interface TermsListProps {
  items: readonly TermsSummary[];
  selected: string | undefined;
  inForce: string | undefined;
}

/** Versions of the terms, most recent first; each links to its detail. */
export function TermsList({ items, selected, inForce }: TermsListProps) {
  const { t } = useI18n();
  const sorted = [...items].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <Table highlightOnHover verticalSpacing="xs" data-testid="terms-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('terms.col.version')}</Table.Th>
          <Table.Th>{t('terms.col.effectiveFrom')}</Table.Th>
          <Table.Th>{t('terms.col.status')}</Table.Th>
          <Table.Th>{t('terms.col.publishedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((terms) => (
          <Table.Tr
            key={terms.version}
            data-testid={`terms-row-${terms.version}`}
            bg={terms.version === selected ? 'var(--mantine-color-indigo-light)' : undefined}
            aria-selected={terms.version === selected}
          >
            <Table.Td>
              <Anchor
                component={Link}
                to={`/terms/${encodeURIComponent(terms.version)}`}
                fw={600}
                size="sm"
                // Darker on the selected row's tinted background, for contrast.
                c={terms.version === selected ? 'indigo.9' : undefined}
                style={{ whiteSpace: 'nowrap' }}
              >
                {terms.version}
              </Anchor>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(terms.effectiveFrom)}</Table.Td>
            <Table.Td>
              <TermsStatusBadges terms={terms} inForce={terms.version === inForce} wrap />
            </Table.Td>
            <Table.Td>{terms.publishedAt ? formatDateTime(terms.publishedAt) : t('common.none')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
