import { Anchor, Button, Table } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useRentalContracts } from '../../data/equipment.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/**
 * `?insurance=missing` (the dashboard's link): the active rentals without an all-risk certificate
 * valid today, the very contracts the dashboard counts. Nothing is drawn without the filter.
 */
export function MissingInsurance() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const active = params.get('insurance') === 'missing';
  const list = useRentalContracts({ insurance: 'missing' }, active);
  if (!active) return null;
  const clear = () => {
    const next = new URLSearchParams(params);
    next.delete('insurance');
    setParams(next);
  };
  const items = list.data?.items ?? [];
  return (
    <Section
      title={t('rentals.insuranceMissing.title')}
      hint={t('rentals.insuranceMissing.hint')}
      testId="rentals-insurance-missing"
      actions={
        <Button variant="subtle" size="xs" onClick={clear} data-testid="rentals-insurance-clear">
          {t('rentals.insuranceMissing.clear')}
        </Button>
      }
    >
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Empty title={t('rentals.insuranceMissing.empty')} testId="rentals-insurance-empty" />
      ) : (
        <Table striped verticalSpacing="xs" data-testid="rentals-insurance-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rentals.insuranceMissing.col.contract')}</Table.Th>
              <Table.Th>{t('rentals.insuranceMissing.col.client')}</Table.Th>
              <Table.Th>{t('rentals.insuranceMissing.col.orderDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.contractId} data-testid={`rental-missing-${r.contractNumber}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/contracts/${encodeURIComponent(r.contractId)}`} size="sm">
                    {r.contractNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.clientName}</Table.Td>
                <Table.Td>{formatDate(r.orderDate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
