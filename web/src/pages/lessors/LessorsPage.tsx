import { useState } from 'react';
import { Button, Paper, Stack } from '@mantine/core';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useLessors, useUpdateLessor } from '../../data/lessors.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { LESSOR_WRITERS, useCan } from '../../roles.ts';
import type { Lessor } from '../../types/lessors.ts';
import { LessorFormModal } from './LessorFormModal.tsx';
import { LessorsTable } from './LessorsTable.tsx';

/** Financing partners (art. 3.2, 4.2.4): staff read them; order administration creates, edits, deactivates. */
export function LessorsPage() {
  const { t } = useI18n();
  const canWrite = useCan(LESSOR_WRITERS);
  const lessors = useLessors();
  const toggle = useUpdateLessor();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Lessor | null>(null);
  const [deactivating, setDeactivating] = useState<Lessor | null>(null);
  const items = lessors.data?.items ?? [];

  const setActive = (lessor: Lessor, active: boolean, onSuccess?: () => void) =>
    toggle.mutate({ id: lessor.id, changes: { active } }, { onSuccess });
  const onToggle = (lessor: Lessor) => {
    toggle.reset();
    if (lessor.active) setDeactivating(lessor);
    else setActive(lessor, true);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('lessors.title')}
        subtitle={t('lessors.subtitle')}
        actions={
          canWrite && (
            <Button onClick={() => setCreating(true)} data-testid="lessors-new">
              {t('lessors.new')}
            </Button>
          )
        }
      />
      {toggle.isError && !deactivating && <ProblemAlert error={toggle.error} testId="lessors-error" />}
      <Paper withBorder radius="md" p="md">
        {lessors.isPending ? (
          <Loading />
        ) : lessors.isError ? (
          <ProblemAlert error={lessors.error} onRetry={() => void lessors.refetch()} testId="lessors-load-error" />
        ) : (
          <LessorsTable
            lessors={items}
            canWrite={canWrite}
            pendingId={toggle.isPending && !deactivating ? (toggle.variables?.id ?? null) : null}
            onEdit={setEditing}
            onToggle={onToggle}
          />
        )}
      </Paper>
      <LessorFormModal opened={creating} onClose={() => setCreating(false)} />
      <LessorFormModal opened={editing !== null} lessor={editing ?? undefined} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={deactivating !== null}
        title={t('lessors.deactivateTitle', { name: deactivating?.name ?? '' })}
        confirmLabel={t('lessors.deactivate')}
        color="red"
        loading={toggle.isPending}
        error={toggle.error}
        onConfirm={() => deactivating && setActive(deactivating, false, () => setDeactivating(null))}
        onClose={() => setDeactivating(null)}
        testId="lessor-deactivate"
      >
        {t('lessors.deactivateText')}
      </ConfirmModal>
    </Stack>
  );
}
