import { Badge, Button, Group, Table, Text } from '@mantine/core';
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

/** Financing partners with their identity, status and actions. */
export function LessorsTable({ lessors, canWrite, pendingId, onEdit, onToggle }: LessorsTableProps) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="lessors-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lessor.name')}</Table.Th>
            <Table.Th>{t('lessor.siren')}</Table.Th>
            <Table.Th>{t('lessors.col.address')}</Table.Th>
            <Table.Th>{t('lessor.email')}</Table.Th>
            <Table.Th>{t('lessors.col.status')}</Table.Th>
            {canWrite && <Table.Th ta="right">{t('lessors.col.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lessors.map((lessor) => (
            <Table.Tr key={lessor.id} data-testid="lessor-row" data-lessor-id={lessor.id} data-name={lessor.name} data-active={lessor.active}>
              <Table.Td>
                <Text size="sm" fw={500} data-testid="lessor-cell-name">
                  {lessor.name}
                </Text>
              </Table.Td>
              <Table.Td data-testid="lessor-cell-siren">{lessor.siren ?? t('common.none')}</Table.Td>
              <Table.Td data-testid="lessor-cell-address">
                {lessor.addressLine}, {lessor.postalCode} {lessor.city}
                {lessor.country !== 'FR' && ` (${lessor.country})`}
              </Table.Td>
              <Table.Td data-testid="lessor-cell-email">{lessor.email ?? t('common.none')}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={lessor.active ? 'teal' : 'gray'} data-testid="lessor-cell-status" data-status={lessor.active ? 'active' : 'inactive'}>
                  {lessor.active ? t('lessors.status.active') : t('lessors.status.inactive')}
                </Badge>
              </Table.Td>
              {canWrite && (
                <Table.Td>
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
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
