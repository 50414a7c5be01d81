import { Button, Group, Text, Tooltip } from '@mantine/core';
import type { UserRow } from '../../api-types.ts';
import { ActiveBadge } from '../../components/ActiveBadge.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
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

/** Users with their role (in words), client, status and actions (or the empty state). */
export function UsersTable({ users, currentUserId, pendingId, onEdit, onToggle }: UsersTableProps) {
  const { t } = useI18n();
  const actions = (user: UserRow) => {
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
      <Group gap="xs" justify="flex-end" wrap="nowrap">
        <Button size="xs" variant="default" onClick={() => onEdit(user)} data-testid="user-edit">
          {t('users.edit')}
        </Button>
        {self ? <Tooltip label={t('users.cannotDisableSelf')}>{<span>{toggle}</span>}</Tooltip> : toggle}
      </Group>
    );
  };
  const columns: Array<Column<UserRow>> = [
    {
      key: 'email',
      header: t('users.col.email'),
      cell: (user) => (
        <Text size="sm" fw={500}>
          {user.email}
        </Text>
      ),
    },
    {
      key: 'name',
      header: t('users.col.name'),
      cell: (user) => (
        <>
          {user.name}
          {user.id === currentUserId && (
            <Text span size="xs" c="dimmed">
              {' '}
              ({t('users.you')})
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'role',
      header: t('users.col.role'),
      cell: (user) => t(`role.${user.role}`),
      cellProps: (user) => ({ 'data-testid': 'user-cell-role', 'data-role': user.role }),
    },
    {
      key: 'client',
      header: t('users.col.client'),
      cell: (user) => user.clientName ?? t('common.none'),
      cellProps: () => ({ 'data-testid': 'user-cell-client' }),
    },
    {
      key: 'status',
      header: t('users.col.status'),
      cell: (user) => (
        <ActiveBadge
          active={!user.disabled}
          label={user.disabled ? t('users.status.disabled') : t('users.status.active')}
          testId="user-cell-status"
          status={user.disabled ? 'disabled' : 'active'}
        />
      ),
    },
    { key: 'createdAt', header: t('users.col.createdAt'), cell: (user) => formatDate(user.createdAt) },
    { key: 'actions', header: t('users.col.actions'), align: 'right', cell: actions },
  ];
  return (
    <DataTable
      rows={users}
      columns={columns}
      rowKey={(user) => user.id}
      rowProps={(user) => ({ 'data-testid': `user-row-${user.email}`, 'data-user-id': user.id })}
      empty={{ title: t('users.empty') }}
      testId="users-table"
      minWidth={860}
    />
  );
}
