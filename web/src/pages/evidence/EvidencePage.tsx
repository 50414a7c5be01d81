import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  NativeSelect,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useSession } from '../../auth/session.ts';
import { useEvidenceVerification } from '../../data/evidence.ts';
import type { ItemOf, ResponseOf } from '../../api/shapes.ts';
import { ClientPicker } from '../../components/ClientPicker.tsx';
import { ListFooter } from '../../lists/ListControls.tsx';
import { useServerList } from '../../lists/useServerList.ts';
import { Link } from 'react-router-dom';

type EvidenceEntry = ItemOf<ResponseOf<'/api/evidence', 'get'>>;

/** The kinds offered in the filter (the log's common ones; decisions are `decision`). */
const EVIDENCE_KINDS = [
  'decision',
  'document.issued',
  'document.sent',
  'document.received',
  'payment.recorded',
  'payment.reversed',
  'client.changed',
  'client.financial-status-changed',
  'rental-file.reviewed',
  'terms.published',
  'dunning.reminder-sent',
] as const;
import { useI18n } from '../../i18n/i18n.ts';

/** The evidence log (journal de preuves, art. 22): latest entries, chain check, export per contract. */
export function EvidencePage() {
  const { t, tx, lang, pick } = useI18n();
  const session = useSession();
  const list = useServerList<EvidenceEntry>({
    path: '/api/evidence',
    exportPath: '/api/evidence/entries/export',
    filterKeys: ['clientId', 'contractId', 'kind', 'from', 'to'],
    sorts: ['seq'],
    defaultSort: 'seq',
  });
  const f = list.state.filters;
  const verify = useEvidenceVerification();
  const [contractId, setContractId] = useState('');
  const canVerify = ['admin', 'dpo'].includes(session.user.role);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris' });

  return (
    <>
      <PageHeader title={t('evidence.title')} subtitle={t('evidence.subtitle')} />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            {canVerify && (
              <Stack gap={6}>
                <Button
                  variant="light"
                  onClick={() => void verify.refetch()}
                  loading={verify.isFetching}
                  data-testid="evidence-verify"
                >
                  {t('evidence.verify')}
                </Button>
                {verify.data && (
                  <Alert
                    color={verify.data.ok ? 'green' : 'red'}
                    data-testid="evidence-verify-result"
                    data-ok={String(verify.data.ok)}
                    p="xs"
                  >
                    {verify.data.ok
                      ? t('evidence.verifyOk', { entries: String(verify.data.entries) })
                      : t('evidence.verifyBroken', {
                          seq: String(verify.data.firstBroken?.seq ?? '?'),
                          detail: verify.data.firstBroken?.detail ?? '',
                        })}
                    {verify.data.heads[0] && (
                      <Text size="xs" c="dimmed">
                        {t('evidence.head')} <Code>{verify.data.heads[0].hash.slice(0, 16)}…</Code>
                      </Text>
                    )}
                  </Alert>
                )}
                {verify.isError && <ProblemAlert error={verify.error} testId="evidence-verify-error" />}
              </Stack>
            )}
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t('evidence.exportLabel')}
                value={contractId}
                onChange={(e) => setContractId(e.currentTarget.value)}
                data-testid="evidence-export-contract"
                w={320}
              />
              {/* A disabled link has no href (Enter would still follow it) and says it is disabled. */}
              <Button
                component="a"
                href={
                  contractId.trim() === ''
                    ? undefined
                    : `/api/evidence/export?contractId=${encodeURIComponent(contractId.trim())}`
                }
                disabled={contractId.trim() === ''}
                aria-disabled={contractId.trim() === ''}
                data-testid="evidence-export"
              >
                {t('evidence.export')}
              </Button>
            </Group>
          </Group>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Group align="flex-end" wrap="wrap" mb="md">
            <ClientPicker
              label={t('evidence.filter.client')}
              value={f.clientId ?? ''}
              onChange={(id) => list.setFilter('clientId', id)}
              testId="evidence-filter-client"
            />
            <TextInput
              label={t('evidence.filter.contract')}
              value={f.contractId ?? ''}
              onChange={(e) => list.setFilter('contractId', e.currentTarget.value.trim(), true)}
              data-testid="evidence-filter-contract"
              w={220}
            />
            <NativeSelect
              label={t('evidence.filter.kind')}
              value={f.kind ?? ''}
              onChange={(e) => list.setFilter('kind', e.currentTarget.value)}
              data={[
                { value: '', label: t('common.all') },
                ...EVIDENCE_KINDS.map((k) => ({ value: k, label: tx(`evidence.kind.${k}`, k) })),
              ]}
              data-testid="evidence-filter-kind"
            />
            <TextInput
              type="date"
              label={t('evidence.filter.from')}
              value={f.from ?? ''}
              onChange={(e) => list.setFilter('from', e.currentTarget.value)}
              data-testid="evidence-filter-from"
            />
            <TextInput
              type="date"
              label={t('evidence.filter.to')}
              value={f.to ?? ''}
              onChange={(e) => list.setFilter('to', e.currentTarget.value)}
              data-testid="evidence-filter-to"
            />
            {Object.keys(f).length > 0 && (
              <Button variant="subtle" onClick={list.clear} data-testid="evidence-clear">
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
              testId="evidence-error"
            />
          ) : list.items.length === 0 ? (
            <Empty title={t('evidence.empty')} />
          ) : (
            <ScrollArea type="auto">
              <Table striped highlightOnHover data-testid="evidence-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evidence.col.at')}</Table.Th>
                    <Table.Th>{t('evidence.col.who')}</Table.Th>
                    <Table.Th>{t('evidence.col.what')}</Table.Th>
                    <Table.Th>{t('evidence.col.article')}</Table.Th>
                    <Table.Th>{t('evidence.col.document')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.items.map((e) => (
                    <Table.Tr key={e.seq} data-testid={`evidence-row-${e.seq}`} data-kind={e.kind}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(e.at)}</Table.Td>
                      <Table.Td data-testid="evidence-who">{pick(e.who)}</Table.Td>
                      <Table.Td data-testid="evidence-what">
                        {e.link ? (
                          <Anchor component={Link} to={e.link} size="sm">
                            {pick(e.what)}
                          </Anchor>
                        ) : (
                          <Text size="sm">{pick(e.what)}</Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {tx(`evidence.kind.${e.kind}`, e.kind)} · n° {e.seq}
                        </Text>
                      </Table.Td>
                      <Table.Td>{e.article ? `art. ${e.article}` : '—'}</Table.Td>
                      <Table.Td>
                        {e.documentSha256 ? (
                          <Anchor href={`/api/evidence/documents/${e.documentSha256}`} size="sm">
                            {t('evidence.openDocument')}
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
          <ListFooter list={list} testId="evidence" />
        </Paper>
      </Stack>
    </>
  );
}
