import type { ReactNode } from 'react';
import { Button, Center, EmptyState } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/session.ts';
import type { Role } from '../api-types.ts';
import { useI18n } from '../i18n/i18n.ts';

/** Shown when the user's role does not open a page (the server refuses it anyway). */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Center py={80}>
      <EmptyState title={t('forbidden.title')} description={t('forbidden.text')} data-testid="forbidden">
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t('notFound.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Center py={80}>
      <EmptyState title={t('notFound.title')} description={t('notFound.text')} data-testid="not-found">
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t('notFound.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

/** Renders `children` only for the given roles. */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  return roles.includes(user.role) ? children : <ForbiddenPage />;
}
