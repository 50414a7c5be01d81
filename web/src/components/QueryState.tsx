import { useEffect, useRef, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Center, EmptyState, List, Loader, Stack, Text } from '@mantine/core';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.ts';
import { focusFirstInvalid } from './focusFirstInvalid.ts';

/** Centered spinner for a section being loaded. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <Center py="xl" data-testid="loading">
      {/* A named live region: a bare span may not carry aria-label. */}
      <Loader size="sm" role="status" aria-label={label ?? t('app.loading')} />
    </Center>
  );
}

export function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loading />
    </Center>
  );
}

/** The problem title of an error (server-localized), or a generic message. */
export function errorTitle(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.problem.title : fallback;
}

interface ProblemAlertProps {
  error: unknown;
  /** Field paths already shown next to their inputs; other field errors are listed here. */
  shownFields?: readonly string[];
  testId?: string;
  onRetry?: () => void;
}

/** Red alert with the problem title, its detail and the field errors not shown elsewhere. */
export function ProblemAlert({ error, shownFields = [], testId = 'error', onRetry }: ProblemAlertProps) {
  const { t } = useI18n();
  const problem = error instanceof ApiError ? error.problem : null;
  const others = (problem?.errors ?? []).filter((e) => !shownFields.includes(e.path));
  const hasShown = (problem?.errors ?? []).some((e) => shownFields.includes(e.path));
  const ref = useRef<HTMLDivElement>(null);
  // A refused form: go to its first field in error (every error is shown at once, the first gets the focus).
  const hasFieldErrors = (problem?.errors ?? []).length > 0;
  useEffect(() => {
    if (hasFieldErrors) focusFirstInvalid(ref.current);
  }, [error, hasFieldErrors]);
  return (
    <Alert
      ref={ref}
      color="red"
      variant="light"
      title={errorTitle(error, t('common.loadError'))}
      data-testid={testId}
      role="alert"
    >
      <Stack gap={6}>
        {problem?.detail && <Text size="sm">{problem.detail}</Text>}
        {hasShown && <Text size="sm">{t('common.fieldErrors')}</Text>}
        {others.length > 0 && (
          <List size="sm">
            {others.map((e) => (
              <List.Item key={`${e.path}:${e.message}`}>
                {e.path ? <code>{e.path}</code> : null} {e.message}
              </List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <div>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}

export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Center h="100vh" p="md">
      <div style={{ maxWidth: 480, width: '100%' }}>
        <ProblemAlert error={error} onRetry={onRetry} />
      </div>
    </Center>
  );
}

/** Neutral empty state for a list with no items. */
export function Empty({
  title,
  description,
  testId = 'empty',
}: {
  title: string;
  description?: ReactNode;
  testId?: string;
}) {
  return <EmptyState size="sm" py="xl" title={title} description={description} data-testid={testId} />;
}

/** The body of a query-backed list: loading, the problem (with retry), the empty state, or the content. */
export function QueryContent<T>({
  query,
  isEmpty,
  emptyTitle,
  testId,
  children,
}: {
  query: UseQueryResult<T>;
  isEmpty: (data: T) => boolean;
  emptyTitle: string;
  testId: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError)
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId={`${testId}-error`} />;
  if (isEmpty(query.data)) return <Empty title={emptyTitle} testId={`${testId}-empty`} />;
  return <>{children(query.data)}</>;
}
