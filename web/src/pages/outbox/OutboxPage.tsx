import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { MessageStatus } from '../../components/MessageStatus.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ProblemAlert, QueryContent } from '../../components/QueryState.tsx';
import { outboxEmlUrl, useCancelMessage, useOutbox, useRetryMessage } from '../../data/mail.ts';
import { formatDateTime } from '../../format.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';
import type { OutboxMessage, OutboxStatus } from '../../types/mail.ts';

const COLUMNS = ['created', 'to', 'subject', 'related', 'status', 'attempts', 'actions'] as const;
const FILTERS = ['all', 'queued', 'failed', 'sent', 'cancelled'] as const;
const RELATED_PATHS: Record<string, string> = {
  quote: '/quotes/',
  contract: '/contracts/',
  invoice: '/invoices/',
  'debit-note': '/debit-notes/',
};

function RelatedLink({ related }: { related: OutboxMessage['related'] }) {
  const { t } = useI18n();
  if (!related) return <Text size="sm">—</Text>;
  const label = t(`mail.related.${related.type}` as MessageKey);
  const base = RELATED_PATHS[related.type];
  return base ? (
    <Anchor component={Link} to={`${base}${encodeURIComponent(related.id)}`} size="sm">
      {label}
    </Anchor>
  ) : (
    <Text size="sm">{label}</Text>
  );
}

/** Administrators: every outgoing e-mail with its true status, attempts and error; retry, cancel, preview. */
export function OutboxPage() {
  const { t } = useI18n();
  // The status filter lives in the URL (`?status=failed`, the dashboard's link): refresh and back keep it.
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const filter = FILTERS.find((f) => f === asked) ?? 'all';
  const setFilter = (next: (typeof FILTERS)[number]) => setParams(next === 'all' ? {} : { status: next });
  const outbox = useOutbox(filter === 'all' ? undefined : (filter as OutboxStatus));
  const retry = useRetryMessage();
  const cancel = useCancelMessage();
  const actionError = retry.error ?? cancel.error;

  return (
    <Stack gap="md">
      <PageHeader title={t('outbox.title')} subtitle={t('outbox.subtitle')} />
      <SegmentedControl
        value={filter}
        onChange={(v) => setFilter(v as (typeof FILTERS)[number])}
        data={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('common.all') : t(`mail.filter.${f}`) }))}
        data-testid="outbox-filter"
      />
      {actionError && <ProblemAlert error={actionError} testId="outbox-action-error" />}
      <Paper withBorder radius="md" p="md">
        <QueryContent
          query={outbox}
          isEmpty={(d) => d.items.length === 0}
          emptyTitle={t('outbox.empty')}
          testId="outbox"
        >
          {/* The scroll threshold is below the content's width at 1280 px (sidebar open): no column hidden there. */}
          {({ items }) => (
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="xs" data-testid="outbox-table">
                <Table.Thead>
                  <Table.Tr>
                    {COLUMNS.map((c) => (
                      <Table.Th key={c} ta={c === 'attempts' ? 'right' : undefined}>
                        {t(`mail.col.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((m) => (
                    <Table.Tr key={m.id} data-testid={`outbox-row-${m.id}`} data-status={m.status}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.createdAt)}</Table.Td>
                      <Table.Td>{m.to.join(', ')}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{m.subject}</Text>
                        {m.transport && (
                          <Text size="xs" c="dimmed">
                            {t(m.transport === 'smtp' ? 'mail.viaSmtp' : 'mail.viaFile')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <RelatedLink related={m.related} />
                      </Table.Td>
                      <Table.Td maw={320}>
                        <MessageStatus message={m} />
                      </Table.Td>
                      <Table.Td ta="right">{m.attempts}</Table.Td>
                      <Table.Td>
                        {/* Wraps when the row is narrow: a failed e-mail's retry must stay on screen, not clipped off the right. */}
                        <Group gap={4}>
                          <DocumentButton href={outboxEmlUrl(m.id)} variant="subtle" testId="outbox-preview">
                            {t('mail.preview')}
                          </DocumentButton>
                          {(m.status === 'queued' || m.status === 'failed') && (
                            <>
                              <Button
                                size="xs"
                                variant="light"
                                loading={retry.isPending && retry.variables === m.id}
                                onClick={() => retry.mutate(m.id)}
                                data-testid="outbox-retry"
                              >
                                {t('mail.retry')}
                              </Button>
                              <Button
                                size="xs"
                                variant="subtle"
                                color="red"
                                loading={cancel.isPending && cancel.variables === m.id}
                                onClick={() => cancel.mutate(m.id)}
                                data-testid="outbox-cancel"
                              >
                                {t('mail.cancel')}
                              </Button>
                            </>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryContent>
      </Paper>
    </Stack>
  );
}
