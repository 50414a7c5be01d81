import { Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import type { UserRow } from '../../api-types.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

interface UsersTableProps {
  users: readonly UserRow[];
  currentUserId: string;
  /** Id of the user whose status is being changed. */
  pendingId: string | null;
  onEdit: (user: UserRow) => void;
  onToggle: (user: UserRow) => void;
}

/** Users with their role (in words), client, status and actions. */
export function UsersTable({ users, currentUserId, pendingId, onEdit, onToggle }: UsersTableProps) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.col.email')}</Table.Th>
            <Table.Th>{t('users.col.name')}</Table.Th>
            <Table.Th>{t('users.col.role')}</Table.Th>
            <Table.Th>{t('users.col.client')}</Table.Th>
            <Table.Th>{t('users.col.status')}</Table.Th>
            <Table.Th>{t('users.col.createdAt')}</Table.Th>
            <Table.Th ta="right">{t('users.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            const toggle = (
              <Button
                size="xs"
                variant="light"
                color={user.disabled ? 'teal' : 'red'}
                disabled={self}
                loading={pendingId === user.id}
                onClick={() => onToggle(user)}
                data-testid="user-toggle"
              >
                {user.disabled ? t('users.enable') : t('users.disable')}
              </Button>
            );
            return (
              <Table.Tr key={user.id} data-testid={`user-row-${user.email}`} data-user-id={user.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {user.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {user.name}
                  {self && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('users.you')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-testid="user-cell-role" data-role={user.role}>
                  {t(`role.${user.role}`)}
                </Table.Td>
                <Table.Td data-testid="user-cell-client">{user.clientName ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={user.disabled ? 'gray' : 'teal'}
                    data-testid="user-cell-status"
                    data-status={user.disabled ? 'disabled' : 'active'}
                  >
                    {user.disabled ? t('users.status.disabled') : t('users.status.active')}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDate(user.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => onEdit(user)} data-testid="user-edit">
                      {t('users.edit')}
                    </Button>
                    {self ? <Tooltip label={t('users.cannotDisableSelf')}>{<span>{toggle}</span>}</Tooltip> : toggle}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
