import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { Facts } from '../../components/Facts.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import {
  reportPdfUrl,
  useComplete,
  useConfirm,
  useIntervention,
  useReceive,
  useRecordDelay,
  useSign,
  type InterventionDetail,
} from '../../data/interventions.ts';
import { formatDate, formatDateTime, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';
import { CancelModal } from './CancelModal.tsx';
import { InterventionBadges } from './InterventionBadges.tsx';
import { TicketBalance } from './TicketBalance.tsx';

const PLANNERS = ['admin', 'order-admin', 'technician'] as const;

/** The timeline of an intervention: its events (client-caused delays…) and decisions with their article. */
export function InterventionTimeline({ detail }: { detail: InterventionDetail }) {
  const { pick, t } = useI18n();
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="intervention-timeline">
      {detail.timeline.map((x, n) => (
        <Timeline.Item key={n} title={pick(x.text)} data-kind={x.kind}>
          <Text size="xs" c="dimmed">
            {formatDateTime(x.at)}
            {x.article ? ` · ${t('common.article', { number: x.article })}` : ''}
            {x.actorName ? ` · ${x.actorName}` : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** One intervention: facts, actions of its life (confirm, delay, complete, sign, receive, cancel), timeline. */
export function InterventionDetailPage() {
  const { t, tx } = useI18n();
  const { id } = useParams();
  const detail = useIntervention(id);
  const canPlan = useCan(PLANNERS);
  const confirm = useConfirm();
  const receive = useReceive();
  const sign = useSign();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [delayOpen, setDelayOpen] = useState(false);
  const [completeOpen, setCompleteOpen] = useState(false);
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="intervention-error" />;
  const i = detail.data.intervention;
  const error = confirm.error ?? receive.error ?? sign.error;
  return (
    <Stack gap="md">
      <PageHeader
        title={`${i.label} — ${formatDate(i.date)} ${i.start}–${i.end}`}
        subtitle={<InterventionBadges intervention={i} />}
        actions={
          <Group gap="xs">
            {i.status === 'scheduled' && !i.confirmedOn && canPlan && (
              <Button
                size="xs"
                variant="light"
                onClick={() => confirm.mutate(i.id)}
                loading={confirm.isPending}
                data-testid="intervention-confirm"
              >
                {t('interventions.action.recordConfirmation')}
              </Button>
            )}
            {i.status === 'scheduled' && canPlan && (
              <Button
                size="xs"
                variant="light"
                onClick={() => setCompleteOpen(true)}
                data-testid="intervention-complete"
              >
                {t('interventions.action.complete')}
              </Button>
            )}
            {i.status !== 'cancelled' && canPlan && (
              <Button size="xs" variant="default" onClick={() => setDelayOpen(true)} data-testid="intervention-delay">
                {t('interventions.action.delay')}
              </Button>
            )}
            {i.status === 'completed' && (
              <Button
                size="xs"
                variant="light"
                onClick={() => receive.mutate(i.id)}
                loading={receive.isPending}
                data-testid="intervention-receive"
              >
                {t('interventions.action.receive')}
              </Button>
            )}
            {i.status === 'scheduled' && (
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={() => setCancelling(i.id)}
                data-testid="intervention-cancel"
              >
                {t('interventions.action.cancel')}
              </Button>
            )}
            {i.report && (
              <DocumentButton href={reportPdfUrl(i.id)} testId="intervention-report">
                {t('interventions.action.report')}
              </DocumentButton>
            )}
          </Group>
        }
      />
      {error ? <ProblemAlert error={error} testId="intervention-action-error" /> : null}
      <Section title={t('interventions.detail.facts')}>
        <Facts
          items={[
            { label: t('interventions.col.client'), value: i.clientName },
            { label: t('interventions.col.technicians'), value: i.technicians.map((x) => x.name).join(', ') },
            { label: t('interventions.col.kind'), value: tx(`interventions.kind.${i.serviceKind}`, i.serviceKind) },
            {
              label: t('interventions.schedule.mode'),
              value: `${t(`interventions.mode.${i.mode}`)}${i.siteAddress ? ` — ${i.siteAddress}` : ''}`,
            },
            {
              label: t('interventions.detail.confirmBy'),
              value: `${formatDate(i.confirmBy)}${i.confirmByPushedDays > 0 ? ` ${t('interventions.detail.confirmByPushed', { days: String(i.confirmByPushedDays) })}` : ''}`,
            },
            { label: t('interventions.detail.price'), value: formatEur(i.servicePriceCents) },
            ...(i.offHours
              ? [
                  {
                    label: t('interventions.detail.surcharge'),
                    value: `${i.surchargePercent ?? '0'} % — ${formatEur(i.surchargeCents)}`,
                  },
                ]
              : []),
            ...(i.tickets > 0 ? [{ label: t('interventions.detail.tickets'), value: String(i.tickets) }] : []),
            ...(i.chargeCents > 0
              ? [{ label: t('interventions.detail.charge'), value: formatEur(i.chargeCents) }]
              : []),
            ...(i.receivedOn ? [{ label: t('interventions.detail.receivedOn'), value: formatDate(i.receivedOn) }] : []),
          ]}
        />
      </Section>
      <Section title={t('interventions.detail.timeline')}>
        <InterventionTimeline detail={detail.data} />
      </Section>
      {i.serviceKind === 'maintenance-ticket' && <TicketBalance clientId={i.clientId} />}
      {i.status === 'completed' && !i.signedAt && (
        <SignOnSite onSign={(name) => sign.mutate({ id: i.id, signatoryName: name })} loading={sign.isPending} />
      )}
      <CancelModal interventionId={cancelling} onClose={() => setCancelling(null)} />
      <DelayModal id={i.id} opened={delayOpen} onClose={() => setDelayOpen(false)} />
      <CompleteModal id={i.id} kind={i.serviceKind} opened={completeOpen} onClose={() => setCompleteOpen(false)} />
    </Stack>
  );
}

function SignOnSite({ onSign, loading }: { onSign: (name: string) => void; loading: boolean }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  return (
    <Section title={t('interventions.sign.title')}>
      <Group align="flex-end">
        <TextInput
          label={t('interventions.sign.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="sign-name"
        />
        <Button disabled={!name.trim()} loading={loading} onClick={() => onSign(name.trim())} data-testid="sign-submit">
          {t('interventions.sign.submit')}
        </Button>
      </Group>
    </Section>
  );
}

function DelayModal({ id, opened, onClose }: { id: string; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const record = useRecordDelay();
  const [cause, setCause] = useState<'prerequisites' | 'inputs' | 'site-access' | 'other'>('prerequisites');
  const [note, setNote] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={t('interventions.delay.title')} centered data-testid="delay-modal">
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('interventions.delay.hint')}
        </Text>
        <Select
          label={t('interventions.delay.cause')}
          data={(['prerequisites', 'inputs', 'site-access', 'other'] as const).map((c) => ({
            value: c,
            label: t(`interventions.cause.${c}`),
          }))}
          value={cause}
          onChange={(v) => v && setCause(v as typeof cause)}
          data-testid="delay-cause"
        />
        <Textarea
          label={t('interventions.delay.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="delay-note"
        />
        {record.isError && <ProblemAlert error={record.error} testId="delay-error" />}
        <Group justify="flex-end">
          <Button
            disabled={!note.trim()}
            loading={record.isPending}
            data-testid="delay-submit"
            onClick={() => record.mutate({ id, body: { cause, note: note.trim() } }, { onSuccess: onClose })}
          >
            {t('interventions.delay.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CompleteModal({
  id,
  kind,
  opened,
  onClose,
}: {
  id: string;
  kind: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const complete = useComplete();
  const [workDone, setWorkDone] = useState('');
  const [minutes, setMinutes] = useState<number | string>(60);
  const [serials, setSerials] = useState('');
  const [attendees, setAttendees] = useState('');
  const [existingSetup, setExistingSetup] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const list = (s: string) =>
    s
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('interventions.complete.title')}
      size="lg"
      data-testid="complete-modal"
    >
      <Stack gap="sm">
        <Textarea
          label={t('interventions.complete.workDone')}
          value={workDone}
          onChange={(e) => setWorkDone(e.currentTarget.value)}
          data-testid="complete-work"
        />
        <NumberInput
          label={t('interventions.complete.minutes')}
          value={minutes}
          onChange={setMinutes}
          min={1}
          data-testid="complete-minutes"
        />
        <Textarea
          label={t('interventions.complete.serials')}
          value={serials}
          onChange={(e) => setSerials(e.currentTarget.value)}
          data-testid="complete-serials"
        />
        {kind === 'training' && (
          <Textarea
            label={t('interventions.complete.attendees')}
            value={attendees}
            onChange={(e) => setAttendees(e.currentTarget.value)}
            data-testid="complete-attendees"
          />
        )}
        {kind === 'diagnostic' && (
          <>
            <Textarea
              label={t('interventions.complete.existingSetup')}
              value={existingSetup}
              onChange={(e) => setExistingSetup(e.currentTarget.value)}
              data-testid="complete-existing"
            />
            <Textarea
              label={t('interventions.complete.recommendations')}
              value={recommendations}
              onChange={(e) => setRecommendations(e.currentTarget.value)}
              data-testid="complete-recommendations"
            />
          </>
        )}
        {complete.isError && <ProblemAlert error={complete.error} testId="complete-error" />}
        <Group justify="flex-end">
          <Button
            disabled={!workDone.trim()}
            loading={complete.isPending}
            data-testid="complete-submit"
            onClick={() =>
              complete.mutate(
                {
                  id,
                  body: {
                    workDone: workDone.trim(),
                    minutesSpent: Number(minutes),
                    serials: list(serials),
                    attendees: list(attendees),
                    recommendations: list(recommendations),
                    ...(existingSetup.trim() ? { existingSetup: existingSetup.trim() } : {}),
                  },
                },
                { onSuccess: onClose },
              )
            }
          >
            {t('interventions.complete.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
