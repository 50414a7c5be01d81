import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/QueryState.tsx';
import {
  noticePdfUrl,
  terminationPdfUrl,
  useEndContract,
  useEndForceMajeure,
  useForceMajeure,
  useFormalNotice,
  useLifecycle,
  useNoticeReceipt,
  useTerminate,
} from '../../data/lifecycle.ts';
import type { Lifecycle } from '../../data/lifecycle.ts';
import { formatDate, formatEur, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

const GROUNDS = ['breach', 'incurable-breach', 'financial-situation', 'force-majeure'] as const;
const BREACHES = ['non-payment', 'obligations', 'confidentiality', 'intellectual-property', 'other'] as const;
const FM_TYPES = [
  'lock-out',
  'strike',
  'epidemic',
  'pandemic',
  'embargo',
  'accident',
  'exceptional-weather',
  'transport-interruption',
  'supply-impossibility',
  'raw-material-defect',
  'communications-blockage',
  'other',
] as const;

const statusColor = (s: string) => (s === 'active' ? 'teal' : s === 'suspended' ? 'orange' : 'gray');

function TerminateForm({ contractId, lc, onDone }: { contractId: string; lc: Lifecycle; onDone: () => void }) {
  const { t } = useI18n();
  const terminate = useTerminate(contractId);
  const [ground, setGround] = useState<(typeof GROUNDS)[number]>('breach');
  const [noticeId, setNoticeId] = useState(lc.formalNotices[0]?.id ?? '');
  const [eventId, setEventId] = useState(lc.forceMajeure[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [clientFault, setClientFault] = useState(true);
  // Sums paid for orders not executed are refunded unless the termination is the client's fault (15.2).
  const [choice, setChoice] = useState<'credit-note' | 'none'>('none');
  const [refundReason, setRefundReason] = useState('');
  const [signatory, setSignatory] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    terminate.mutate(
      {
        ground,
        ...(ground === 'breach' || ground === 'incurable-breach' ? (noticeId ? { formalNoticeId: noticeId } : {}) : {}),
        ...(ground === 'force-majeure' && eventId ? { forceMajeureEventId: eventId } : {}),
        reason: reason.trim(),
        clientFault: ground === 'force-majeure' ? false : clientFault,
        refund: { choice, reason: refundReason.trim() },
        signatoryName: signatory.trim(),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {terminate.isError && <ProblemAlert error={terminate.error} testId="terminate-error" />}
        <NativeSelect
          label={t('lc.ground')}
          value={ground}
          onChange={(e) => setGround(e.currentTarget.value as (typeof GROUNDS)[number])}
          data={GROUNDS.map((g) => ({ value: g, label: t(`lc.ground.${g}`) }))}
          data-testid="terminate-ground"
        />
        {(ground === 'breach' || ground === 'incurable-breach') && lc.formalNotices.length > 0 && (
          <NativeSelect
            label={t('lc.notice')}
            value={noticeId}
            onChange={(e) => setNoticeId(e.currentTarget.value)}
            data={lc.formalNotices.map((n) => ({ value: n.id, label: `${formatDate(n.sentOn)} — ${n.description}` }))}
          />
        )}
        {ground === 'force-majeure' && lc.forceMajeure.length > 0 && (
          <NativeSelect
            label={t('lc.event')}
            value={eventId}
            onChange={(e) => setEventId(e.currentTarget.value)}
            data={lc.forceMajeure.map((f) => ({ value: f.id, label: `${formatDate(f.startDate)} — ${f.description}` }))}
          />
        )}
        <Textarea
          label={t('lc.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          withAsterisk
          data-testid="terminate-reason"
        />
        {ground !== 'force-majeure' && (
          <Checkbox
            label={t('lc.clientFault')}
            checked={clientFault}
            onChange={(e) => {
              setClientFault(e.currentTarget.checked);
              setChoice(e.currentTarget.checked ? 'none' : 'credit-note');
            }}
            data-testid="terminate-client-fault"
          />
        )}
        <NativeSelect
          label={t('lc.refundChoice')}
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value as 'credit-note' | 'none')}
          data={(['credit-note', 'none'] as const).map((c) => ({ value: c, label: t(`lc.refund.${c}`) }))}
          description={t('lc.refundHint')}
          data-testid="terminate-refund-choice"
        />
        <TextInput
          label={t('lc.refundReason')}
          value={refundReason}
          onChange={(e) => setRefundReason(e.currentTarget.value)}
          withAsterisk
          data-testid="terminate-refund-reason"
        />
        <TextInput
          label={t('lc.signatory')}
          value={signatory}
          onChange={(e) => setSignatory(e.currentTarget.value)}
          withAsterisk
          data-testid="terminate-signatory"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={terminate.isPending} data-testid="terminate-submit">
            {t('lc.action.terminate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NoticeForm({ contractId, onDone }: { contractId: string; onDone: () => void }) {
  const { t } = useI18n();
  const notice = useFormalNotice(contractId);
  const [breach, setBreach] = useState<(typeof BREACHES)[number]>('obligations');
  const [description, setDescription] = useState('');
  const [curable, setCurable] = useState(true);
  const [signatory, setSignatory] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    notice.mutate(
      { breach, description: description.trim(), curable, signatoryName: signatory.trim() },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {notice.isError && <ProblemAlert error={notice.error} testId="notice-error" />}
        <NativeSelect
          label={t('lc.breach')}
          value={breach}
          onChange={(e) => setBreach(e.currentTarget.value as (typeof BREACHES)[number])}
          data={BREACHES.map((b) => ({ value: b, label: t(`lc.breach.${b}`) }))}
        />
        <Textarea
          label={t('lc.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          withAsterisk
          data-testid="notice-description"
        />
        <Checkbox label={t('lc.curable')} checked={curable} onChange={(e) => setCurable(e.currentTarget.checked)} />
        <TextInput
          label={t('lc.signatory')}
          value={signatory}
          onChange={(e) => setSignatory(e.currentTarget.value)}
          withAsterisk
          data-testid="notice-signatory"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={notice.isPending} data-testid="notice-submit">
            {t('lc.action.formal-notice')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ForceMajeureForm({ contractId, onDone }: { contractId: string; onDone: () => void }) {
  const { t } = useI18n();
  const record = useForceMajeure(contractId);
  const [type, setType] = useState<(typeof FM_TYPES)[number]>('strike');
  const [description, setDescription] = useState('');
  const [invokedBy, setInvokedBy] = useState<'alleo' | 'client'>('alleo');
  const [start, setStart] = useState(todayInParis());
  const [end, setEnd] = useState('');
  // Checked here for the person typing; the API refuses it too (400 naming endDate).
  const endBeforeStart = end !== '' && start !== '' && end < start;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (endBeforeStart) return;
    record.mutate(
      {
        type,
        description: description.trim(),
        invokedBy,
        startDate: start,
        ...(end ? { endDate: end } : {}),
        contractIds: [contractId],
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {record.isError && <ProblemAlert error={record.error} testId="fm-error" />}
        <NativeSelect
          label={t('lc.fmType')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as (typeof FM_TYPES)[number])}
          data={FM_TYPES.map((ft) => ({ value: ft, label: t(`lc.fmType.${ft}`) }))}
        />
        <Textarea
          label={t('lc.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          withAsterisk
        />
        <NativeSelect
          label={t('lc.fmInvokedBy')}
          value={invokedBy}
          onChange={(e) => setInvokedBy(e.currentTarget.value as 'alleo' | 'client')}
          data={(['alleo', 'client'] as const).map((p) => ({ value: p, label: t(`lc.party.${p}`) }))}
        />
        <TextInput
          type="date"
          label={t('lc.fmStart')}
          value={start}
          onChange={(e) => setStart(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('lc.fmEnd')}
          value={end}
          min={start}
          onChange={(e) => setEnd(e.currentTarget.value)}
          error={endBeforeStart ? t('lc.fmEndBeforeStart') : undefined}
          data-testid="fm-end"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="fm-submit">
            {t('lc.action.force-majeure')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EndForm({ contractId, onDone }: { contractId: string; onDone: () => void }) {
  const { t } = useI18n();
  const end = useEndContract(contractId);
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(todayInParis());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    end.mutate({ reason: reason.trim(), ...(effectiveOn ? { effectiveOn } : {}) }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('lc.endHint')}</Text>
        {end.isError && <ProblemAlert error={end.error} testId="end-error" />}
        <Textarea
          label={t('lc.endReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          withAsterisk
          data-testid="end-reason"
        />
        <TextInput
          type="date"
          label={t('lc.effectiveOn')}
          value={effectiveOn}
          onChange={(e) => setEffectiveOn(e.currentTarget.value)}
          data-testid="end-effective-on"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={end.isPending} data-testid="end-submit">
            {t('lc.action.end')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Records the end of an open force-majeure event; an end before its start is refused (here and by the API). */
function EndEventInput({ contractId, eventId, startDate }: { contractId: string; eventId: string; startDate: string }) {
  const { t } = useI18n();
  const end = useEndForceMajeure(contractId);
  const [date, setDate] = useState(todayInParis());
  const invalid = date !== '' && date < startDate;
  return (
    <Group gap="xs" align="flex-end">
      <TextInput
        type="date"
        size="xs"
        label={t('lc.fmEndDate')}
        value={date}
        min={startDate}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={invalid ? t('lc.fmEndBeforeStart') : undefined}
        data-testid="fm-end-date"
      />
      <Button
        size="xs"
        variant="light"
        disabled={invalid}
        loading={end.isPending}
        onClick={() => end.mutate({ eventId, endDate: date })}
        data-testid="fm-end-submit"
      >
        {t('lc.fmEndEvent')}
      </Button>
      {end.isError && <ProblemAlert error={end.error} testId="fm-end-error" />}
    </Group>
  );
}

function ReceiptInput({ contractId, noticeId }: { contractId: string; noticeId: string }) {
  const { t } = useI18n();
  const receipt = useNoticeReceipt(contractId);
  const [date, setDate] = useState(todayInParis());
  return (
    <Group gap="xs" align="flex-end">
      <TextInput
        type="date"
        size="xs"
        label={t('lc.receivedOn')}
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
      />
      <Button
        size="xs"
        variant="light"
        loading={receipt.isPending}
        onClick={() => receipt.mutate({ noticeId, receivedOn: date })}
        data-testid="notice-receipt"
      >
        {t('lc.recordReceipt')}
      </Button>
      {receipt.isError && <ProblemAlert error={receipt.error} testId="notice-receipt-error" />}
    </Group>
  );
}

/** The contract's status, its lifecycle timeline and the actions allowed by role and status (art. 15, 16). */
export function ContractLifecycle({ contractId }: { contractId: string }) {
  const { t, tx, pick } = useI18n();
  const lc = useLifecycle(contractId);
  const [open, setOpen] = useState<null | 'terminate' | 'formal-notice' | 'force-majeure' | 'end'>(null);
  if (!lc.data) return lc.isError ? <ProblemAlert error={lc.error} testId="lifecycle-error" /> : null;
  const l = lc.data;
  const close = () => setOpen(null);
  return (
    <Paper withBorder radius="md" p="md" data-testid="contract-lifecycle">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={4}>{t('lc.title')}</Title>
            <Badge color={statusColor(l.status)} data-testid="lifecycle-status" data-status={l.status}>
              {tx(`contract.status.${l.status}`, l.status)}
            </Badge>
            {l.endedOn && (
              <Text size="sm">
                {t('lc.endedOn')} {formatDate(l.endedOn)}
              </Text>
            )}
          </Group>
          <Group gap="xs">
            {l.actions
              .filter((a) => a === 'terminate' || a === 'formal-notice' || a === 'force-majeure' || a === 'end')
              .map((a) => (
                <Button
                  key={a}
                  size="xs"
                  variant={a === 'terminate' ? 'filled' : 'light'}
                  color={a === 'terminate' ? 'red' : undefined}
                  onClick={() => setOpen(a as typeof open)}
                  data-testid={`lifecycle-${a}`}
                >
                  {t(`lc.action.${a}` as 'lc.action.terminate')}
                </Button>
              ))}
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('lc.hint')}
        </Text>
        <Text size="sm" fw={500}>
          {t('lc.changes')}
        </Text>
        {l.changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('lc.noChanges')}
          </Text>
        ) : (
          <List size="sm" data-testid="lifecycle-changes">
            {l.changes.map((c, i) => (
              <List.Item key={i}>
                {formatDate(c.effectiveOn)} — {tx(`contract.status.${c.from}`, c.from)} →{' '}
                {tx(`contract.status.${c.to}`, c.to)} (art. {c.article}) : {pick(c.reason)}
              </List.Item>
            ))}
          </List>
        )}
        {l.formalNotices.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('lc.notices')}
            </Text>
            {l.formalNotices.map((n) => (
              <Stack key={n.id} gap={4} data-testid="lifecycle-notice">
                <Text size="sm">
                  {t(`lc.breach.${n.breach}` as 'lc.breach.other')} — {n.description} —{' '}
                  {t('lc.noticeSent', { date: formatDate(n.sentOn) })} —{' '}
                  {n.receivedOn
                    ? t('lc.noticeReceived', { date: formatDate(n.receivedOn), from: formatDate(n.terminableFrom) })
                    : t('lc.noticeNoReceipt')}{' '}
                  <Anchor href={noticePdfUrl(contractId, n.id)} target="_blank" size="sm">
                    {t('lc.noticeLetter')}
                  </Anchor>
                </Text>
                {!n.receivedOn && l.actions.includes('formal-notice') && (
                  <ReceiptInput contractId={contractId} noticeId={n.id} />
                )}
              </Stack>
            ))}
          </>
        )}
        {l.termination && (
          <Stack gap={4} data-testid="lifecycle-termination">
            <Text size="sm" fw={500}>
              {t('lc.termination')} — {t(`lc.ground.${l.termination.ground}` as 'lc.ground.breach')} —{' '}
              {formatDate(l.termination.effectiveOn)}
            </Text>
            <Text size="sm">
              {t('lc.refund', {
                choice: t(`lc.refund.${l.termination.refundChoice}`),
                amount: formatEur(l.termination.refundCents),
                reason: l.termination.refundReason,
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('lc.refundHint')}
            </Text>
            <Text size="sm">{t('lc.refundItems')}</Text>
            {l.termination.refundItems.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('lc.refundNoItems')}
              </Text>
            ) : (
              <List size="sm" data-testid="lifecycle-refund-items">
                {l.termination.refundItems.map((r) => (
                  <List.Item key={r.invoiceLineId}>
                    {r.invoiceNumber ?? '—'} —{' '}
                    {t('lc.refundItem', {
                      label: r.label,
                      from: formatDate(r.periodStart),
                      to: formatDate(r.periodEnd),
                      days: r.daysNotExecuted,
                      amount: formatEur(r.netCents),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
            {/* The credit notes drafted for the refund (one per invoice, art. 15.2): accounting issues them. */}
            {[
              ...new Map(
                l.termination.refundItems.flatMap((r) =>
                  r.creditNoteId ? [[r.creditNoteId, r.invoiceNumber] as const] : [],
                ),
              ),
            ].map(([creditNoteId, invoiceNumber]) => (
              <Anchor
                key={creditNoteId}
                component={Link}
                to={`/invoices/${creditNoteId}`}
                size="sm"
                data-testid="lifecycle-refund-credit-note"
              >
                {t('lc.refundCreditNote', { invoice: invoiceNumber ?? '—' })}
              </Anchor>
            ))}
            <Anchor
              href={terminationPdfUrl(contractId)}
              target="_blank"
              size="sm"
              data-testid="lifecycle-termination-letter"
            >
              {t('lc.terminationLetter')}
            </Anchor>
          </Stack>
        )}
        {l.forceMajeure.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('lc.forceMajeure')} — {t('lc.suspendedDays')} : {l.suspendedDays}
            </Text>
            <List size="sm" data-testid="lifecycle-force-majeure">
              {l.forceMajeure.map((f) => (
                <List.Item key={f.id}>
                  <Text size="sm">
                    {t('lc.fmPeriod', {
                      type: tx(`lc.fmType.${f.type}`, f.type),
                      start: formatDate(f.startDate),
                      end: f.endDate ? formatDate(f.endDate) : t('lc.fmOngoing'),
                      party: t(`lc.party.${f.invokedBy}`),
                    })}{' '}
                    — {f.description}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {pick((f.decision as { explanation: { fr: string; en: string } }).explanation)}
                  </Text>
                  {!f.endDate && l.actions.includes('force-majeure') && (
                    <EndEventInput contractId={contractId} eventId={f.id} startDate={f.startDate} />
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {l.rentalReturns.length > 0 && l.suspendedDays > 0 && (
          <List size="sm">
            {l.rentalReturns.map((r) => (
              <List.Item key={r.lineId}>
                {t('lc.returnDue', {
                  end: formatDate(r.rentalEndsOn),
                  due: formatDate(r.returnDueOn),
                  days: r.suspendedDays,
                })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Modal
        opened={open === 'terminate'}
        onClose={close}
        title={t('lc.action.terminate')}
        data-testid="terminate-modal"
      >
        {open === 'terminate' && <TerminateForm contractId={contractId} lc={l} onDone={close} />}
      </Modal>
      <Modal opened={open === 'formal-notice'} onClose={close} title={t('lc.action.formal-notice')}>
        {open === 'formal-notice' && <NoticeForm contractId={contractId} onDone={close} />}
      </Modal>
      <Modal opened={open === 'force-majeure'} onClose={close} title={t('lc.action.force-majeure')}>
        {open === 'force-majeure' && <ForceMajeureForm contractId={contractId} onDone={close} />}
      </Modal>
      <Modal opened={open === 'end'} onClose={close} title={t('lc.action.end')}>
        {open === 'end' && <EndForm contractId={contractId} onDone={close} />}
      </Modal>
    </Paper>
  );
}
