import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { GuardedModal, useModalDirty } from '../../components/GuardedModal.tsx';
import type { Role, UserRow } from '../../api-types.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useUpdateUser } from '../../data/users.ts';
import type { UserChanges } from '../../data/users.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { RoleClientFields, userFieldErrors } from './RoleClientFields.tsx';

const FIELDS = ['name', 'role', 'clientId'] as const;

/** Only the fields that changed; leaving the client role unbinds the client. */
function changesOf(user: UserRow, name: string, role: Role, clientId: string): UserChanges {
  const changes: UserChanges = {};
  if (name.trim() !== user.name) changes.name = name.trim();
  if (role !== user.role) changes.role = role;
  if (role === 'client' && clientId !== (user.clientId ?? '')) changes.clientId = clientId || null;
  if (role !== 'client' && user.clientId) changes.clientId = null;
  return changes;
}

function EditUserForm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const { t } = useI18n();
  const update = useUpdateUser();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [clientId, setClientId] = useState(user.clientId ?? '');
  const errors = userFieldErrors(update.error);
  const cancel = useModalDirty(Object.keys(changesOf(user, name, role, clientId)).length > 0 && !update.isSuccess);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changesOf(user, name, role, clientId);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    update.mutate({ id: user.id, changes }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed" data-testid="user-edit-email">
          {user.email}
        </Text>
        {update.isError && <ProblemAlert error={update.error} shownFields={FIELDS} testId="user-edit-error" />}
        <TextInput
          label={t('users.form.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          errorProps={{ 'data-testid': 'user-edit-name-error' }}
          withAsterisk
          data-autofocus
          data-testid="user-edit-name"
        />
        <RoleClientFields
          prefix="user-edit"
          role={role}
          clientId={clientId}
          onRoleChange={setRole}
          onClientChange={setClientId}
          errors={errors}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={cancel} data-testid="user-edit-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="user-edit-submit">
            {t('users.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Modal to change a user's name, role and client account. */
export function UserEditModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <GuardedModal
      opened={user !== null}
      onClose={onClose}
      title={t('users.form.editTitle')}
      size="md"
      data-testid="user-edit-modal"
    >
      {user && <EditUserForm key={user.id} user={user} onDone={onClose} />}
    </GuardedModal>
  );
}
