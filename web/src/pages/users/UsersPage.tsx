import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { ROLES, type UserRow } from '../../api-types.ts';
import { useSession } from '../../auth/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useUpdateUser } from '../../data/users.ts';
import { ListFooter, ListSort } from '../../lists/ListControls.tsx';
import { ListSearch } from '../../lists/ListSearch.tsx';
import { useServerList } from '../../lists/useServerList.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { UserCreateModal } from './UserCreateModal.tsx';
import { UserEditModal } from './UserEditModal.tsx';
import { UsersTable } from './UsersTable.tsx';

const SORTS = ['name', 'email', 'role'] as const;
const FILTER_KEYS = ['role', 'state', 'q'];

/** Administration of users: list (search, role, state, sort in the URL), creation, role and client changes, disabling. */
export function UsersPage() {
  const { t } = useI18n();
  const { user: me } = useSession();
  const list = useServerList<UserRow>({
    path: '/api/users',
    queryKey: ['users'],
    filterKeys: FILTER_KEYS,
    sorts: SORTS,
    defaultSort: 'name',
    defaultDir: 'asc',
  });
  const users = list.result;
  const f = list.state.filters;
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);

  const toggle = (user: UserRow) => update.mutate({ id: user.id, changes: { disabled: !user.disabled } });
  const items = list.items;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          <Button onClick={() => setCreating(true)} data-testid="user-create-open">
            {t('users.create')}
          </Button>
        }
      />
      {update.isError && <ProblemAlert error={update.error} testId="users-error" />}
      <Paper withBorder radius="md" p="md">
        <Group mb="md" align="flex-end" wrap="wrap">
          <ListSearch list={list} placeholder={t('users.searchPlaceholder')} testId="users-search" />
          <NativeSelect
            label={t('users.filter.role')}
            value={f.role ?? ''}
            onChange={(event) => list.setFilter('role', event.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...ROLES.map((value) => ({ value, label: t(`role.${value}`) })),
            ]}
            data-testid="users-role-filter"
          />
          <NativeSelect
            label={t('users.filter.state')}
            value={f.state ?? ''}
            onChange={(event) => list.setFilter('state', event.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              { value: 'active', label: t('users.state.active') },
              { value: 'disabled', label: t('users.state.disabled') },
            ]}
            data-testid="users-state-filter"
          />
          <ListSort
            list={list}
            sorts={Object.fromEntries(SORTS.map((s) => [s, t(`users.sort.${s}`)]))}
            testId="users"
          />
          {Object.keys(f).length > 0 && (
            <Button variant="subtle" onClick={list.clear} data-testid="users-clear">
              {t('list.clearFilters')}
            </Button>
          )}
        </Group>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <ProblemAlert error={users.error} onRetry={() => void users.refetch()} testId="users-load-error" />
        ) : (
          <UsersTable
            users={items}
            currentUserId={me.id}
            pendingId={update.isPending ? (update.variables?.id ?? null) : null}
            onEdit={setEditing}
            onToggle={toggle}
          />
        )}
        <ListFooter list={list} testId="users" />
      </Paper>
      <UserCreateModal opened={creating} onClose={() => setCreating(false)} />
      <UserEditModal user={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
