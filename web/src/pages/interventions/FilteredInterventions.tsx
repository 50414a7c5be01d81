import { Anchor, Button, Table } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useInterventions } from '../../data/interventions.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** The URL parameters that filter the interventions (passed to GET /api/interventions as they are). */
const FILTER_KEYS = ['status', 'confirmation', 'from', 'to'] as const;

/**
 * The interventions matching the filters of the URL, e.g. the dashboard's "to confirm"
 * (`?status=scheduled&confirmation=pending&from=<today>`), over any period (the board shows one
 * week). Nothing is drawn without a filter in the URL.
 */
export function FilteredInterventions() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  const active = Object.keys(filter).length > 0;
  const list = useInterventions(filter, active);
  if (!active) return null;
  const items = list.data?.items ?? [];
  return (
    <Section
      title={t('interventions.filtered.title')}
      hint={t('interventions.filtered.hint')}
      testId="interventions-filtered"
      actions={
        <Button variant="subtle" size="xs" onClick={() => setParams({})} data-testid="interventions-filtered-clear">
          {t('interventions.filtered.clear')}
        </Button>
      }
    >
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Empty title={t('interventions.filtered.empty')} testId="interventions-filtered-empty" />
      ) : (
        <Table striped verticalSpacing="xs" data-testid="interventions-filtered-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('interventions.filtered.col.date')}</Table.Th>
              <Table.Th>{t('interventions.filtered.col.client')}</Table.Th>
              <Table.Th>{t('interventions.filtered.col.label')}</Table.Th>
              <Table.Th>{t('interventions.filtered.col.confirmation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.id} data-testid={`intervention-filtered-${i.id}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(i.date)} {i.start}–{i.end}
                </Table.Td>
                <Table.Td>{i.clientName}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/interventions/${encodeURIComponent(i.id)}`} size="sm">
                    {i.label}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`interventions.confirmation.${i.confirmation}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
