import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
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
import { useEvidence, useEvidenceVerification } from '../../data/evidence.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** The evidence log (journal de preuves, art. 22): latest entries, chain check, export per contract. */
export function EvidencePage() {
  const { t, tx, lang } = useI18n();
  const session = useSession();
  const entries = useEvidence();
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
              <Button
                component="a"
                href={`/api/evidence/export?contractId=${encodeURIComponent(contractId.trim())}`}
                disabled={contractId.trim() === ''}
                data-testid="evidence-export"
              >
                {t('evidence.export')}
              </Button>
            </Group>
          </Group>
        </Paper>
        <Paper withBorder radius="md" p="md">
          {entries.isPending ? (
            <Loading />
          ) : entries.isError ? (
            <ProblemAlert error={entries.error} onRetry={() => void entries.refetch()} testId="evidence-error" />
          ) : entries.data.items.length === 0 ? (
            <Empty title={t('evidence.empty')} />
          ) : (
            <ScrollArea type="auto">
              <Table striped highlightOnHover data-testid="evidence-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evidence.col.seq')}</Table.Th>
                    <Table.Th>{t('evidence.col.at')}</Table.Th>
                    <Table.Th>{t('evidence.col.kind')}</Table.Th>
                    <Table.Th>{t('evidence.col.object')}</Table.Th>
                    <Table.Th>{t('evidence.col.decision')}</Table.Th>
                    <Table.Th>{t('evidence.col.document')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.data.items.map((e) => (
                    <Table.Tr key={e.seq} data-testid={`evidence-row-${e.seq}`}>
                      <Table.Td>{e.seq}</Table.Td>
                      <Table.Td>{when(e.at)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" title={e.kind} data-kind={e.kind}>
                          {tx(`evidence.kind.${e.kind}`, e.kind)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{e.objectType}</Text>
                        <Text size="xs" c="dimmed">
                          {e.objectId}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {e.decision?.rule ? (
                          <Text size="sm">
                            {e.decision.rule} → <strong>{e.decision.outcome}</strong>
                            {e.decision.citation && ` (art. ${e.decision.citation.article})`}
                          </Text>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        {e.documentSha256 ? (
                          <Anchor href={`/api/evidence/documents/${e.documentSha256}`} size="sm">
                            <Code>{e.documentSha256.slice(0, 12)}…</Code>
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
        </Paper>
      </Stack>
    </>
  );
}
