import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { ListFooter, ListSort } from '../../lists/ListControls.tsx';
import { ListDate, ListSearch } from '../../lists/ListSearch.tsx';
import { useServerList } from '../../lists/useServerList.ts';
import { PAYMENT_WRITERS, useCan } from '../../roles.ts';
import type { DebitNoteSummary } from '../../types/collection.ts';
import { CreateDebitNoteModal } from './CreateDebitNoteModal.tsx';
import { DebitNotesTable } from './DebitNotesTable.tsx';

const STATUSES = ['open', 'overdue', 'paid'] as const;
const SORTS = ['issued', 'number', 'client', 'amount', 'status'] as const;
const FILTER_KEYS = ['clientId', 'status', 'issuedFrom', 'issuedTo', 'q'];

/**
 * Debit notes claiming late-payment interest and the EUR 40 recovery indemnity (art. 10.3):
 * search, state, issue dates and sort in the URL, paged on the server, exported as filtered.
 */
export function DebitNotesPage() {
  const { t } = useI18n();
  const canWrite = useCan(PAYMENT_WRITERS);
  const list = useServerList<DebitNoteSummary>({
    path: '/api/debit-notes',
    queryKey: ['debit-notes'],
    filterKeys: FILTER_KEYS,
    sorts: SORTS,
    defaultSort: 'issued',
  });
  const f = list.state.filters;
  const clientId = f.clientId;
  const [creating, setCreating] = useState(false);
  const items = list.items;
  const date = (key: string, label: string) => (
    <ListDate list={list} name={key} label={label} testId={`debit-notes-${key}`} />
  );
  return (
    <Stack gap="md">
      <PageHeader
        title={t('debitNotes.title')}
        subtitle={t('debitNotes.subtitle')}
        actions={
          canWrite && (
            <Button onClick={() => setCreating(true)} data-testid="debit-notes-create">
              {t('debitNote.create')}
            </Button>
          )
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group mb="md" align="flex-end" wrap="wrap">
          <ListSearch list={list} placeholder={t('debitNotes.searchPlaceholder')} testId="debit-notes-search" />
          <NativeSelect
            label={t('debitNotes.filter.status')}
            value={f.status ?? ''}
            onChange={(event) => list.setFilter('status', event.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...STATUSES.map((value) => ({ value, label: t(`debitNotes.status.${value}`) })),
            ]}
            data-testid="debit-notes-status-filter"
          />
          {date('issuedFrom', t('list.issuedFrom'))}
          {date('issuedTo', t('list.issuedTo'))}
          <ListSort
            list={list}
            sorts={Object.fromEntries(SORTS.map((s) => [s, t(`debitNotes.sort.${s}`)]))}
            testId="debit-notes"
          />
          {Object.keys(f).length > 0 && (
            <Button variant="subtle" onClick={list.clear} data-testid="debit-notes-clear">
              {t('list.clearFilters')}
            </Button>
          )}
        </Group>
        {list.result.isPending ? (
          <Loading />
        ) : list.result.isError ? (
          <ProblemAlert
            error={list.result.error}
            onRetry={() => void list.result.refetch()}
            testId="debit-notes-error"
          />
        ) : items.length === 0 ? (
          <Empty title={t('debitNotes.empty')} testId="debit-notes-empty" />
        ) : (
          <DebitNotesTable notes={items} linkBase="/debit-notes" />
        )}
        <ListFooter list={list} testId="debit-notes" />
      </Paper>
      {creating && <CreateDebitNoteModal {...(clientId ? { clientId } : {})} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
