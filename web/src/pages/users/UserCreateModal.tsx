import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { GuardedModal, useModalDirty } from '../../components/GuardedModal.tsx';
import type { Role } from '../../api-types.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useCreateUser } from '../../data/users.ts';
import type { NewUser } from '../../data/users.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { RoleClientFields, userFieldErrors } from './RoleClientFields.tsx';

const FIELDS = ['email', 'name', 'role', 'password', 'clientId'] as const;

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const create = useCreateUser();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('sales');
  const [password, setPassword] = useState('');
  const [clientId, setClientId] = useState('');
  const errors = userFieldErrors(create.error);
  const dirty = email !== '' || name !== '' || role !== 'sales' || password !== '' || clientId !== '';
  const cancel = useModalDirty(dirty && !create.isSuccess);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const user: NewUser = { email: email.trim(), name: name.trim(), role, password };
    if (role === 'client' && clientId) user.clientId = clientId;
    create.mutate(user, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.isError && <ProblemAlert error={create.error} shownFields={FIELDS} testId="user-form-error" />}
        <TextInput
          label={t('users.form.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
          errorProps={{ 'data-testid': 'user-form-email-error' }}
          withAsterisk
          data-autofocus
          data-testid="user-form-email"
        />
        <TextInput
          label={t('users.form.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          errorProps={{ 'data-testid': 'user-form-name-error' }}
          withAsterisk
          data-testid="user-form-name"
        />
        <RoleClientFields
          prefix="user-form"
          role={role}
          clientId={clientId}
          onRoleChange={setRole}
          onClientChange={setClientId}
          errors={errors}
        />
        <PasswordInput
          label={t('users.form.password')}
          description={t('users.form.passwordHint')}
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
          errorProps={{ 'data-testid': 'user-form-password-error' }}
          withAsterisk
          data-testid="user-form-password"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={cancel} data-testid="user-form-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="user-form-submit">
            {t('users.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Modal to create a user; the form starts empty each time it opens. */
export function UserCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      title={t('users.form.createTitle')}
      size="md"
      data-testid="user-create-modal"
    >
      {opened && <CreateUserForm onDone={onClose} />}
    </GuardedModal>
  );
}
