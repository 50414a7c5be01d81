import { Badge, Table, Text } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Unit } from '../../data/equipment.ts';

/** Units of the register: serial, site, status, owner (derived from payments, art. 4.1.4 / 4.2.5). */
export function EquipmentTable({ units, testId = 'equipment-table' }: { units: readonly Unit[]; testId?: string }) {
  const { t } = useI18n();
  return (
    <PhoneCards minWidth={800}>
      <Table striped verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('equipment.col.serial')}</Table.Th>
            <Table.Th>{t('equipment.col.product')}</Table.Th>
            <Table.Th>{t('equipment.col.client')}</Table.Th>
            <Table.Th>{t('equipment.col.site')}</Table.Th>
            <Table.Th>{t('equipment.col.status')}</Table.Th>
            <Table.Th>{t('equipment.col.owner')}</Table.Th>
            <Table.Th>{t('equipment.col.dates')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.id} data-testid={`unit-${u.serial}`} data-owner={u.owner} data-status={u.status}>
              <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                {u.serial}
              </Table.Td>
              <Table.Td>
                {u.label}
                <Text size="xs" c="dimmed">
                  {u.sku} · {t(`equipment.kind.${u.kind}`)} · {u.contractNumber ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>{u.clientName ?? ''}</Table.Td>
              <Table.Td>{u.site ?? t('common.none')}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`equipment.status.${u.status}` as 'equipment.status.rented')}</Badge>
              </Table.Td>
              <Table.Td data-testid="unit-owner">
                {u.owner === 'client'
                  ? t('equipment.owner.client', { date: formatDate(u.ownerSince ?? null) })
                  : t('equipment.owner.alleo')}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('equipment.deliveredOn', { date: formatDate(u.deliveredOn) })}
                {u.returnDueOn && (
                  <Text size="xs" c="dimmed">
                    {u.returnedOn
                      ? t('equipment.returnedOn', { date: formatDate(u.returnedOn) })
                      : t('equipment.dueOn', { date: formatDate(u.returnDueOn) })}
                  </Text>
                )}
                {u.lateDays > 0 && !u.returnedOn && (
                  <Text size="xs" c="red.7" data-testid="unit-late">
                    {t('equipment.lateAccruing', { days: u.lateDays, amount: formatEur(u.lateIndemnityCents) })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}
