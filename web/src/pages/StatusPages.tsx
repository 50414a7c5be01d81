import type { ReactNode } from 'react';
import { Button, Center, EmptyState } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/session.ts';
import type { Role } from '../api-types.ts';
import { useI18n } from '../i18n/i18n.ts';

/** A full-page message with a way back home. */
function StatusPage({ which, testId }: { which: 'forbidden' | 'notFound'; testId: string }) {
  const { t } = useI18n();
  return (
    <Center py={80}>
      <EmptyState title={t(`${which}.title`)} description={t(`${which}.text`)} data-testid={testId}>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t('notFound.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

/** Shown when the user's role does not open a page (the server refuses it anyway). */
export function ForbiddenPage() {
  return <StatusPage which="forbidden" testId="forbidden" />;
}

export function NotFoundPage() {
  return <StatusPage which="notFound" testId="not-found" />;
}

/** Renders `children` only for the given roles. */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  return roles.includes(user.role) ? children : <ForbiddenPage />;
}
