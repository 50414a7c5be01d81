import { useState } from 'react';
import { Anchor, Button, Group, List, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { ResponseOf } from '../../api/shapes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime, formatEur, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

type Preview = ResponseOf<'/api/sepa/collection-runs/preview', 'post'>;
type Run = ResponseOf<'/api/sepa/collection-runs/{id}', 'get'>;
type Runs = ResponseOf<'/api/sepa/collection-runs', 'get'>;

/** One run: its files to download, its debits with their pre-notification, and "mark sent". */
function RunCard({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const run = useQuery({
    queryKey: ['sepa-run', id],
    queryFn: () => api.get<Run>(`/api/sepa/collection-runs/${encodeURIComponent(id)}`),
  });
  const markSent = useMutation({
    mutationFn: () => api.post<Run>(`/api/sepa/collection-runs/${encodeURIComponent(id)}/mark-sent`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['sepa-run', id] });
      void queryClient.invalidateQueries({ queryKey: ['sepa-runs'] });
    },
  });
  if (run.isError) return <ProblemAlert error={run.error} />;
  if (!run.data) return null;
  const r = run.data;
  return (
    <Paper withBorder p="md" data-testid="sepa-run" data-run-id={r.id} data-status={r.status}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={500}>
            {t('sepa.runs.summary', {
              date: formatDate(r.dueBy),
              count: r.count,
              amount: formatEur(r.totalCents),
              status: t(r.status === 'sent' ? 'sepa.runs.status.sent' : 'sepa.runs.status.generated'),
            })}
          </Text>
          {r.status === 'generated' && (
            <Button
              size="xs"
              variant="default"
              onClick={() => markSent.mutate()}
              loading={markSent.isPending}
              data-testid="sepa-mark-sent"
            >
              {t('sepa.runs.markSent')}
            </Button>
          )}
        </Group>
        {markSent.isError && <ProblemAlert error={markSent.error} testId="sepa-mark-sent-error" />}
        <Group gap="md">
          {r.files.map((f) => (
            <Anchor
              key={f.id}
              href={`/api/sepa/collection-runs/${encodeURIComponent(r.id)}/files/${encodeURIComponent(f.id)}`}
              download={f.filename}
              data-testid="sepa-file-download"
            >
              {t('sepa.runs.download', { filename: f.filename })}
            </Anchor>
          ))}
        </Group>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sepa.runs.invoice')}</Table.Th>
              <Table.Th>{t('sepa.runs.client')}</Table.Th>
              <Table.Th>{t('sepa.runs.mandate')}</Table.Th>
              <Table.Th>{t('sepa.runs.sequence')}</Table.Th>
              <Table.Th>{t('sepa.runs.date')}</Table.Th>
              <Table.Th>{t('sepa.runs.amount')}</Table.Th>
              <Table.Th>{t('sepa.runs.preNotified')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.debits.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.number}</Table.Td>
                <Table.Td>{d.clientName}</Table.Td>
                <Table.Td>{d.mandateReference}</Table.Td>
                <Table.Td>{d.sequence}</Table.Td>
                <Table.Td>{formatDate(d.collectionDate)}</Table.Td>
                <Table.Td>{formatEur(d.amountCents)}</Table.Td>
                <Table.Td>{d.preNotifiedAt ? formatDateTime(d.preNotifiedAt) : t('sepa.runs.notYet')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {r.skipped.length > 0 && (
          <List size="sm">
            {r.skipped.map((s) => (
              <List.Item key={s.invoiceId}>
                {s.number ?? s.invoiceId} — {s.clientName} — {pick({ fr: s.reasonFr, en: s.reason })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/** SEPA collection runs (art. 10.1): preview the debits due by a date, generate, download, mark sent. */
export function CollectionRunsPage() {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const [dueBy, setDueBy] = useState(todayInParis());
  const [preview, setPreview] = useState<Preview | null>(null);
  const runs = useQuery({ queryKey: ['sepa-runs'], queryFn: () => api.get<Runs>('/api/sepa/collection-runs') });
  const doPreview = useMutation({
    mutationFn: () => api.post<Preview>('/api/sepa/collection-runs/preview', { dueBy }),
    onSuccess: setPreview,
  });
  const generate = useMutation({
    mutationFn: () => api.post<Run>('/api/sepa/collection-runs', { dueBy }),
    onSuccess: () => {
      setPreview(null);
      void queryClient.invalidateQueries({ queryKey: ['sepa-runs'] });
    },
  });

  return (
    <Stack gap="md">
      <PageHeader title={t('sepa.runs.title')} subtitle={t('sepa.runs.subtitle')} />
      <Paper withBorder p="md">
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('sepa.runs.dueBy')}
            value={dueBy}
            onChange={(e) => setDueBy(e.currentTarget.value)}
            data-testid="sepa-due-by"
          />
          <Button
            variant="default"
            onClick={() => doPreview.mutate()}
            loading={doPreview.isPending}
            data-testid="sepa-preview"
          >
            {t('sepa.runs.preview')}
          </Button>
          <Button
            onClick={() => generate.mutate()}
            loading={generate.isPending}
            disabled={!preview || preview.count === 0}
            data-testid="sepa-generate"
          >
            {t('sepa.runs.generate')}
          </Button>
        </Group>
      </Paper>
      {doPreview.isError && <ProblemAlert error={doPreview.error} testId="sepa-preview-error" />}
      {generate.isError && <ProblemAlert error={generate.error} testId="sepa-generate-error" />}
      {preview && (
        <Section title={t('sepa.runs.previewTitle')} testId="sepa-preview-result">
          <Text size="sm" c="dimmed">
            {t('sepa.runs.delays', {
              days: preview.preNotificationDays,
              version: preview.termsVersion,
              core: formatDate(preview.earliest.CORE),
              b2b: formatDate(preview.earliest.B2B),
            })}
          </Text>
          {preview.count === 0 && <Text size="sm">{t('sepa.runs.nothing')}</Text>}
          {preview.files.map((f) => (
            <Stack key={`${f.scheme}-${f.collectionDate}`} gap={4} data-testid="sepa-preview-file">
              <Title order={5}>
                {t('sepa.runs.file', {
                  scheme: f.scheme,
                  date: formatDate(f.collectionDate),
                  count: f.count,
                  amount: formatEur(f.totalCents),
                })}
              </Title>
              <List size="sm">
                {f.debits.map((d) => (
                  <List.Item key={d.invoiceId}>
                    {d.number} — {d.mandateReference} — {d.sequence} — {formatEur(d.amountCents)}
                  </List.Item>
                ))}
              </List>
            </Stack>
          ))}
          {preview.skipped.length > 0 && (
            <Stack gap={4} data-testid="sepa-preview-skipped">
              <Title order={5}>{t('sepa.runs.skipped')}</Title>
              <List size="sm">
                {preview.skipped.map((s) => (
                  <List.Item key={s.invoiceId}>
                    {s.number ?? s.invoiceId} — {s.clientName} — {pick({ fr: s.reasonFr, en: s.reason })}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Section>
      )}
      <Section title={t('sepa.runs.list')} testId="sepa-runs">
        {runs.isError && <ProblemAlert error={runs.error} />}
        {runs.data && runs.data.length === 0 && <Text size="sm">{t('sepa.runs.none')}</Text>}
        {runs.data?.map((r) => (
          <RunCard key={r.id} id={r.id} />
        ))}
      </Section>
    </Stack>
  );
}
