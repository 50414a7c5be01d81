import { useState } from 'react';
import { Button, Paper, Stack } from '@mantine/core';
import type { UserRow } from '../../api-types.ts';
import { useSession } from '../../auth/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useUpdateUser, useUsers } from '../../data/users.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { UserCreateModal } from './UserCreateModal.tsx';
import { UserEditModal } from './UserEditModal.tsx';
import { UsersTable } from './UsersTable.tsx';

/** Administration of users: list, creation, role and client changes, disabling. */
export function UsersPage() {
  const { t } = useI18n();
  const { user: me } = useSession();
  const users = useUsers();
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);

  const toggle = (user: UserRow) => update.mutate({ id: user.id, changes: { disabled: !user.disabled } });
  const items = users.data?.items ?? [];

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
      </Paper>
      <UserCreateModal opened={creating} onClose={() => setCreating(false)} />
      <UserEditModal user={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
