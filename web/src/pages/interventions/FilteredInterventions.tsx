import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useInterventions } from '../../data/interventions.ts';
import { formatDate } from '../../format.ts';
import { type MessageKey, useI18n } from '../../i18n/i18n.ts';

/** The URL parameters that filter the interventions (passed to GET /api/interventions as they are). */
const FILTER_KEYS = ['status', 'confirmation', 'from', 'to'] as const;
const STATUSES = ['scheduled', 'to-reschedule', 'cancelled', 'completed', 'received'];
const CONFIRMATIONS = ['pending', 'guaranteed', 'not-guaranteed'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The filters in words ("Planifiée", "À confirmer", "à partir du 07/12/2026"): the title alone
 * would not say which interventions are shown. A value the server refuses gets no badge (its
 * error, naming the field, is shown below).
 */
function FilterBadges({ filter }: { filter: Record<string, string> }) {
  const { t } = useI18n();
  const words: string[] = [];
  if (filter.status && STATUSES.includes(filter.status))
    words.push(t(`interventions.status.${filter.status}` as MessageKey));
  if (filter.confirmation && CONFIRMATIONS.includes(filter.confirmation))
    words.push(t(`interventions.confirmation.${filter.confirmation}` as MessageKey));
  if (filter.from && DATE.test(filter.from))
    words.push(t('interventions.filtered.from', { date: formatDate(filter.from) }));
  if (filter.to && DATE.test(filter.to)) words.push(t('interventions.filtered.to', { date: formatDate(filter.to) }));
  return (
    <Group gap="xs" mb="sm" data-testid="interventions-filtered-filters">
      {words.map((w) => (
        <Badge key={w} variant="light">
          {w}
        </Badge>
      ))}
    </Group>
  );
}

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
      <FilterBadges filter={filter} />
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
