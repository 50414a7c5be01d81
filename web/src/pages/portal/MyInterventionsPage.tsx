import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { DataTable } from '../../components/DataTable.tsx';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useSession } from '../../auth/session.ts';
import {
  reportPdfUrl,
  useConfirm,
  useInterventions,
  useReceive,
  useSign,
  type Intervention,
} from '../../data/interventions.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { CancelModal } from '../interventions/CancelModal.tsx';
import { InterventionBadges } from '../interventions/InterventionBadges.tsx';
import { TicketBalance } from '../interventions/TicketBalance.tsx';

/**
 * Portal: the client's interventions — confirm a proposed date (art. 6.9), cancel or postpone with
 * the cost shown first, sign the report, take possession of the results; its ticket balance.
 */
export function MyInterventionsPage() {
  const { t, tx } = useI18n();
  const { user } = useSession();
  const list = useInterventions({});
  const confirm = useConfirm();
  const receive = useReceive();
  const sign = useSign();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [signing, setSigning] = useState<Intervention | null>(null);
  const [name, setName] = useState('');
  const items = list.data?.items ?? [];
  const error = confirm.error ?? receive.error ?? sign.error;
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.myInterventions')} subtitle={t('portal.interventions.subtitle')} />
      {error ? <ProblemAlert error={error} testId="my-interventions-action-error" /> : null}
      <Paper withBorder radius="md" p="md">
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => void list.refetch()} testId="my-interventions-error" />
        ) : (
          <DataTable
            rows={items}
            rowKey={(i) => i.id}
            rowProps={(i) => ({ 'data-testid': `my-intervention-${i.id}`, 'data-status': i.status })}
            testId="my-interventions-table"
            minWidth={900}
            empty={{ title: t('portal.interventions.empty'), testId: 'my-interventions-empty' }}
            columns={[
              {
                key: 'date',
                header: t('interventions.col.date'),
                nowrap: true,
                cell: (i) => `${formatDate(i.date)} ${i.start}–${i.end}`,
              },
              { key: 'label', header: t('interventions.col.service'), cell: (i) => i.label },
              {
                key: 'kind',
                header: t('interventions.col.kind'),
                cell: (i) => tx(`interventions.kind.${i.serviceKind}`, i.serviceKind),
              },
              {
                key: 'status',
                header: t('interventions.col.status'),
                cell: (i) => <InterventionBadges intervention={i} />,
              },
              {
                key: 'confirmBy',
                header: t('interventions.detail.confirmBy'),
                nowrap: true,
                cell: (i) =>
                  i.status === 'scheduled' && !i.confirmedOn
                    ? `${formatDate(i.confirmBy)}${i.confirmByPushedDays > 0 ? ` ${t('interventions.detail.confirmByPushed', { days: String(i.confirmByPushedDays) })}` : ''}`
                    : '—',
              },
              {
                key: 'actions',
                header: '',
                align: 'right',
                cell: (i) => (
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {i.status === 'scheduled' && !i.confirmedOn && (
                      <Button
                        size="xs"
                        onClick={() => confirm.mutate(i.id)}
                        loading={confirm.isPending && confirm.variables === i.id}
                        data-testid={`confirm-${i.id}`}
                      >
                        {t('portal.interventions.confirm')}
                      </Button>
                    )}
                    {i.status === 'scheduled' && (
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        onClick={() => setCancelling(i.id)}
                        data-testid={`cancel-${i.id}`}
                      >
                        {t('portal.interventions.cancel')}
                      </Button>
                    )}
                    {i.status === 'completed' && !i.signedAt && (
                      <Button size="xs" variant="light" onClick={() => setSigning(i)} data-testid={`sign-${i.id}`}>
                        {t('interventions.sign.submit')}
                      </Button>
                    )}
                    {i.status === 'completed' && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => receive.mutate(i.id)}
                        data-testid={`receive-${i.id}`}
                      >
                        {t('interventions.action.receive')}
                      </Button>
                    )}
                    {i.report && (
                      <DocumentButton href={reportPdfUrl(i.id)} testId={`report-${i.id}`}>
                        {t('interventions.action.report')}
                      </DocumentButton>
                    )}
                  </Group>
                ),
              },
            ]}
          />
        )}
      </Paper>
      {user.clientId && <TicketBalance clientId={user.clientId} />}
      <CancelModal interventionId={cancelling} onClose={() => setCancelling(null)} />
      <Modal opened={signing !== null} onClose={() => setSigning(null)} title={t('interventions.sign.title')} centered>
        <Stack gap="sm">
          <Text size="sm">{signing?.label}</Text>
          <TextInput
            label={t('interventions.sign.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="portal-sign-name"
          />
          <Button
            disabled={!name.trim()}
            loading={sign.isPending}
            data-testid="portal-sign-submit"
            onClick={() =>
              signing &&
              sign.mutate({ id: signing.id, signatoryName: name.trim() }, { onSuccess: () => setSigning(null) })
            }
          >
            {t('interventions.sign.submit')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
