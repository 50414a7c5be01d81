import { Loader, NativeSelect } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { ROLES } from '../../api-types.ts';
import type { Role } from '../../api-types.ts';
import { useClients } from '../../data/users.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** Errors by field for the user forms; codes without a path are pinned to their field. */
export function userFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors = error.fieldErrors();
  if (error.code === 'user.email_taken') errors.email ??= error.problem.title;
  if (error.code === 'user.client_required') errors.clientId ??= error.problem.title;
  return errors;
}

interface RoleClientFieldsProps {
  /** Test-id prefix: `user-form` (creation) or `user-edit`. */
  prefix: string;
  role: Role;
  clientId: string;
  onRoleChange: (role: Role) => void;
  onClientChange: (clientId: string) => void;
  errors: Record<string, string>;
}

/** Role select (the 7 roles) and, for the client role only, the client account select. */
export function RoleClientFields({
  prefix,
  role,
  clientId,
  onRoleChange,
  onClientChange,
  errors,
}: RoleClientFieldsProps) {
  const { t } = useI18n();
  const clients = useClients(role === 'client');
  const clientOptions = [
    { value: '', label: t('users.form.clientPlaceholder') },
    ...(clients.data?.items ?? []).map((client) => ({
      value: client.id,
      label: `${client.legalName} — SIREN ${client.siren}`,
    })),
  ];

  return (
    <>
      <NativeSelect
        label={t('users.form.role')}
        value={role}
        onChange={(event) => onRoleChange(event.currentTarget.value as Role)}
        data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
        error={errors.role}
        errorProps={{ 'data-testid': `${prefix}-role-error` }}
        withAsterisk
        data-testid={`${prefix}-role`}
      />
      {role === 'client' && (
        <NativeSelect
          label={t('users.form.client')}
          description={t('users.form.clientHint')}
          value={clientId}
          onChange={(event) => onClientChange(event.currentTarget.value)}
          data={clientOptions}
          disabled={clients.isPending}
          rightSection={clients.isPending ? <Loader size={14} /> : undefined}
          error={errors.clientId ?? (clients.isError ? t('users.form.clientsError') : undefined)}
          errorProps={{ 'data-testid': `${prefix}-client-error` }}
          withAsterisk
          data-testid={`${prefix}-client`}
        />
      )}
    </>
  );
}
