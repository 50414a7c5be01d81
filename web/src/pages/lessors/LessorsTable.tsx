import { Button, Group, Text } from '@mantine/core';
import { ActiveBadge } from '../../components/ActiveBadge.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import type { Lessor } from '../../types/lessors.ts';

interface LessorsTableProps {
  lessors: readonly Lessor[];
  /** Order administration: edit, deactivate, reactivate. */
  canWrite: boolean;
  /** Id of the lessor being reactivated. */
  pendingId: string | null;
  onEdit: (lessor: Lessor) => void;
  onToggle: (lessor: Lessor) => void;
}

/** Financing partners with their identity, status and actions (or the empty state). */
export function LessorsTable({ lessors, canWrite, pendingId, onEdit, onToggle }: LessorsTableProps) {
  const { t } = useI18n();
  const columns: Array<Column<Lessor> | false> = [
    {
      key: 'name',
      header: t('lessor.name'),
      cell: (lessor) => (
        <Text size="sm" fw={500} data-testid="lessor-cell-name">
          {lessor.name}
        </Text>
      ),
    },
    {
      key: 'siren',
      header: t('lessor.siren'),
      cell: (lessor) => lessor.siren ?? t('common.none'),
      cellProps: () => ({ 'data-testid': 'lessor-cell-siren' }),
    },
    {
      key: 'address',
      header: t('lessors.col.address'),
      cell: (lessor) => (
        <>
          {lessor.addressLine}, {lessor.postalCode} {lessor.city}
          {lessor.country !== 'FR' && ` (${lessor.country})`}
        </>
      ),
      cellProps: () => ({ 'data-testid': 'lessor-cell-address' }),
    },
    {
      key: 'email',
      header: t('lessor.email'),
      cell: (lessor) => lessor.email ?? t('common.none'),
      cellProps: () => ({ 'data-testid': 'lessor-cell-email' }),
    },
    {
      key: 'status',
      header: t('lessors.col.status'),
      cell: (lessor) => (
        <ActiveBadge
          active={lessor.active}
          label={lessor.active ? t('lessors.status.active') : t('lessors.status.inactive')}
          testId="lessor-cell-status"
          status={lessor.active ? 'active' : 'inactive'}
        />
      ),
    },
    canWrite && {
      key: 'actions',
      header: t('lessors.col.actions'),
      align: 'right',
      cell: (lessor) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => onEdit(lessor)} data-testid="lessor-edit">
            {t('lessors.edit')}
          </Button>
          <Button
            size="xs"
            variant="light"
            color={lessor.active ? 'red' : 'teal'}
            loading={pendingId === lessor.id}
            onClick={() => onToggle(lessor)}
            data-testid="lessor-toggle"
          >
            {lessor.active ? t('lessors.deactivate') : t('lessors.reactivate')}
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <DataTable
      rows={lessors}
      columns={columns}
      rowKey={(lessor) => lessor.id}
      rowProps={(lessor) => ({
        'data-testid': 'lessor-row',
        'data-lessor-id': lessor.id,
        'data-name': lessor.name,
        'data-active': lessor.active,
      })}
      empty={{ title: t('lessors.empty'), testId: 'lessors-empty' }}
      testId="lessors-table"
      minWidth={820}
    />
  );
}
