import { Anchor, Badge, Button, Group, Select, Stack, Table, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import {
  REQUEST_KINDS,
  useAnswerRequest,
  useAudits,
  useBreaches,
  useExtendRequest,
  useLiftRestriction,
  usePrivacyRequests,
  useRecordRequest,
  useRetention,
  useReturnTasks,
  useSetIdentity,
  useSubProcessors,
  type PrivacyRequest,
  type Rectification,
  type RetentionRow,
  type RequestKind,
} from '../../data/privacy.ts';
import {
  AuditForm,
  AuditReportUpload,
  BreachActions,
  BreachForm,
  ReturnTaskActions,
  ReturnTaskForm,
  SubProcessorForm,
} from './ProcessorForms.tsx';
import { ConnectionLogSetting, RelationshipEndOverride } from './RetentionForms.tsx';
import { formatDate } from '../../format.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';

const kindKey = (k: string) => `privacy.kind.${k}` as MessageKey;

/** The retention calendar: what will be erased and when (art. 17.2). */
function RetentionTab() {
  const { t } = useI18n();
  const q = useRetention();
  if (q.isPending) return <Loading />;
  if (q.isError) return <ProblemAlert error={q.error} onRetry={() => void q.refetch()} testId="retention-error" />;
  return (
    <Stack gap="md">
      <Section title={t('privacy.settings.title')} hint={t('privacy.settings.hint')} testId="privacy-settings">
        <ConnectionLogSetting />
      </Section>
      {q.data.items.length === 0 ? <Empty title={t('privacy.empty')} /> : <RetentionTable items={q.data.items} />}
    </Stack>
  );
}

function RetentionTable({ items }: { items: RetentionRow[] }) {
  const { t } = useI18n();
  return (
    <Section title={t('privacy.tab.retention')} hint={t('privacy.retention.hint')} testId="retention">
      <Table striped data-testid="retention-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('privacy.col.client')}</Table.Th>
            <Table.Th>{t('privacy.col.endedOn')}</Table.Th>
            <Table.Th>{t('privacy.col.source')}</Table.Th>
            <Table.Th>{t('privacy.col.retainUntil')}</Table.Th>
            <Table.Th>{t('privacy.col.erasedOn')}</Table.Th>
            <Table.Th>{t('privacy.retention.override')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.clientId} data-testid={`retention-${r.clientId}`}>
              <Table.Td>{r.legalName}</Table.Td>
              <Table.Td>{formatDate(r.endedOn)}</Table.Td>
              <Table.Td title={r.overrideReason ?? undefined}>
                <Badge variant="light">{t(`privacy.source.${r.source}` as MessageKey)}</Badge>
              </Table.Td>
              <Table.Td>{formatDate(r.retainUntil)}</Table.Td>
              <Table.Td>{formatDate(r.erasedOn)}</Table.Td>
              <Table.Td>
                <RelationshipEndOverride r={r} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

/** A restriction in force is lifted with a reason; the person is told by a letter first (GDPR art. 18(3)). */
function LiftRestriction({ r }: { r: PrivacyRequest }) {
  const { t } = useI18n();
  const lift = useLiftRestriction();
  const [reason, setReason] = useState('');
  const result = r.result as { since?: string; liftedOn?: string; liftLetterSha256?: string } | null;
  if (!result?.since) return null;
  if (result.liftedOn)
    return (
      <Group gap={6}>
        <Badge variant="light">{t('privacy.lifted', { date: formatDate(result.liftedOn) })}</Badge>
        {result.liftLetterSha256 && (
          <Anchor size="sm" href={`/api/evidence/documents/${result.liftLetterSha256}`}>
            {t('privacy.liftLetter')}
          </Anchor>
        )}
      </Group>
    );
  return (
    <Stack gap={4}>
      <Group gap={6} align="flex-end">
        <TextInput
          size="xs"
          label={t('privacy.liftReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid={`request-lift-reason-${r.id}`}
        />
        <Button
          size="xs"
          variant="default"
          disabled={reason.trim().length < 5}
          loading={lift.isPending}
          onClick={() => lift.mutate({ id: r.id, reason: reason.trim() })}
          data-testid={`request-lift-${r.id}`}
        >
          {t('privacy.lift')}
        </Button>
      </Group>
      {lift.error && <ProblemAlert error={lift.error} />}
    </Stack>
  );
}

function RequestActions({ r }: { r: PrivacyRequest }) {
  const { t } = useI18n();
  const identity = useSetIdentity();
  const answer = useAnswerRequest();
  const extend = useExtendRequest();
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [fix, setFix] = useState<Record<'name' | 'title' | 'email' | 'phone', string>>({
    name: '',
    title: '',
    email: '',
    phone: '',
  });
  if (r.status !== 'open')
    return (
      <Stack gap={4}>
        <Text size="sm">{r.answer}</Text>
        {r.kind === 'restriction' && r.status === 'answered' && <LiftRestriction r={r} />}
      </Stack>
    );
  // A rectification answered carries the corrected values: only the fields filled in change.
  const rectification: Rectification | undefined =
    r.kind === 'rectification'
      ? Object.fromEntries(
          Object.entries(fix)
            .filter(([, v]) => v.trim() !== '')
            .map(([k, v]) => [k, v.trim()]),
        )
      : undefined;
  return (
    <Stack gap={6}>
      {r.kind === 'rectification' && (
        <Stack gap={4} data-testid={`request-rectification-${r.id}`}>
          <Text size="xs" c="dimmed">
            {t('privacy.rectify.hint')}
          </Text>
          {(['name', 'title', 'email', 'phone'] as const).map((k) => (
            <TextInput
              key={k}
              size="xs"
              label={t(`privacy.rectify.${k}` as MessageKey)}
              value={fix[k]}
              onChange={(e) => setFix({ ...fix, [k]: e.currentTarget.value })}
              data-testid={`request-rectify-${k}-${r.id}`}
            />
          ))}
        </Stack>
      )}
      {r.identityStatus === 'pending' && (
        <Button
          size="xs"
          variant="light"
          onClick={() => identity.mutate({ id: r.id, status: 'verified' })}
          loading={identity.isPending}
          data-testid={`request-verify-${r.id}`}
        >
          {t('privacy.verify')}
        </Button>
      )}
      <Textarea
        size="xs"
        label={t('privacy.answerText')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid={`request-answer-text-${r.id}`}
      />
      <Group gap={6}>
        <Button
          size="xs"
          disabled={text.trim() === ''}
          loading={answer.isPending}
          onClick={() =>
            answer.mutate({
              id: r.id,
              outcome: 'answered',
              answer: text.trim(),
              ...(rectification ? { rectification } : {}),
            })
          }
          data-testid={`request-answer-${r.id}`}
        >
          {t('privacy.send')}
        </Button>
        <Button
          size="xs"
          color="red"
          variant="light"
          disabled={text.trim() === ''}
          onClick={() => answer.mutate({ id: r.id, outcome: 'refused', answer: text.trim() })}
          data-testid={`request-refuse-${r.id}`}
        >
          {t('privacy.refuse')}
        </Button>
      </Group>
      {r.extendedDueOn === null && (
        <Group gap={6} align="flex-end">
          <TextInput
            size="xs"
            label={t('privacy.extendReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            disabled={reason.trim().length < 5}
            onClick={() => extend.mutate({ id: r.id, reason: reason.trim() })}
            data-testid={`request-extend-${r.id}`}
          >
            {t('privacy.extend')}
          </Button>
        </Group>
      )}
      {[identity.error, answer.error, extend.error].map(
        (e, i) => e && <ProblemAlert key={i} error={e} testId={`request-error-${r.id}`} />,
      )}
    </Stack>
  );
}

function RequestsTable({ items, testId }: { items: PrivacyRequest[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Table striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('privacy.col.received')}</Table.Th>
          <Table.Th>{t('privacy.col.subject')}</Table.Th>
          <Table.Th>{t('privacy.col.kind')}</Table.Th>
          <Table.Th>{t('privacy.col.due')}</Table.Th>
          <Table.Th>{t('privacy.col.identity')}</Table.Th>
          <Table.Th>{t('privacy.col.status')}</Table.Th>
          <Table.Th>{t('privacy.col.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((r) => (
          <Table.Tr key={r.id} data-testid={`request-${r.id}`} data-status={r.status}>
            <Table.Td>
              {formatDate(r.receivedOn)} · {t(`privacy.channel.${r.channel}` as MessageKey)}
            </Table.Td>
            <Table.Td>{r.subjectName ? `${r.subjectName} <${r.subjectEmail}>` : r.subjectEmail}</Table.Td>
            <Table.Td>{t(kindKey(r.kind))}</Table.Td>
            <Table.Td>
              {formatDate(r.effectiveDueOn)} {r.overdue && <Badge color="red">{t('privacy.overdue')}</Badge>}
              {r.extendedDueOn && (
                <Badge variant="light" title={r.extensionReason ?? undefined}>
                  {t('privacy.extended')}
                </Badge>
              )}
              {r.extensionLetterSha256 && (
                <Anchor
                  size="sm"
                  href={`/api/evidence/documents/${r.extensionLetterSha256}`}
                  data-testid={`request-extension-letter-${r.id}`}
                >
                  {t('privacy.extensionLetter')}
                </Anchor>
              )}
            </Table.Td>
            <Table.Td>{t(`privacy.identity.${r.identityStatus}` as MessageKey)}</Table.Td>
            <Table.Td>
              <Badge variant="light" data-testid={`request-status-${r.id}`}>
                {t(`privacy.status.${r.status}` as MessageKey)}
              </Badge>
            </Table.Td>
            <Table.Td miw={260}>
              <RequestActions r={r} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function NewRequestForm() {
  const { t } = useI18n();
  const record = useRecordRequest();
  const [email, setEmail] = useState('');
  const [kind, setKind] = useState<RequestKind>('access');
  const [channel, setChannel] = useState<'email' | 'letter'>('email');
  const [receivedOn, setReceivedOn] = useState('');
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t('privacy.subjectEmail')}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          data-testid="request-new-email"
        />
        <Select
          label={t('privacy.col.kind')}
          value={kind}
          onChange={(v) => v && setKind(v as RequestKind)}
          data={REQUEST_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
          data-testid="request-new-kind"
        />
        <Select
          label={t('privacy.col.received')}
          value={channel}
          onChange={(v) => v && setChannel(v as 'email' | 'letter')}
          data={[
            { value: 'email', label: t('privacy.channel.email') },
            { value: 'letter', label: t('privacy.channel.letter') },
          ]}
        />
        <TextInput
          label={t('privacy.receivedOn')}
          placeholder={t('privacy.datePlaceholder')}
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.currentTarget.value)}
          data-testid="request-new-received"
        />
        <Button
          loading={record.isPending}
          data-testid="request-new-submit"
          onClick={() =>
            record.mutate(
              { subjectEmail: email.trim(), kind, channel, receivedOn: receivedOn.trim() },
              { onSuccess: () => setEmail('') },
            )
          }
        >
          {t('privacy.newRequest')}
        </Button>
      </Group>
      {record.error && <ProblemAlert error={record.error} testId="request-create-error" />}
    </Stack>
  );
}

function SubjectExport() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const ready = email.includes('@');
  // A disabled link has no href (Enter would still follow it) and says it is disabled.
  const href = (format: string) =>
    ready ? `/api/privacy/subject-export?email=${encodeURIComponent(email.trim())}&format=${format}` : undefined;
  return (
    <Group align="flex-end" gap="xs">
      <TextInput label={t('privacy.subjectEmail')} value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
      <Button component="a" href={href('json')} variant="light" disabled={!ready} aria-disabled={!ready}>
        {t('privacy.exportJson')}
      </Button>
      <Button component="a" href={href('pdf')} variant="light" disabled={!ready} aria-disabled={!ready}>
        {t('privacy.exportPdf')}
      </Button>
    </Group>
  );
}

function RequestsTab() {
  const { t } = useI18n();
  // `?dueSoon=true` (the dashboard's link): only the requests due within 7 days or late.
  const [params, setParams] = useSearchParams();
  const onlyDueSoon = params.get('dueSoon') === 'true';
  const soon = usePrivacyRequests(true);
  const all = usePrivacyRequests(false);
  return (
    <Stack gap="md">
      <Section
        title={t('privacy.dueSoon')}
        testId="requests-due-soon"
        actions={
          onlyDueSoon ? (
            <Button variant="subtle" size="xs" onClick={() => setParams({})} data-testid="requests-show-all">
              {t('privacy.showAllRequests')}
            </Button>
          ) : undefined
        }
      >
        {soon.isPending ? (
          <Loading />
        ) : soon.isError ? (
          <ProblemAlert error={soon.error} />
        ) : soon.data.items.length === 0 ? (
          <Empty title={t('privacy.noneDueSoon')} testId="requests-none-due" />
        ) : (
          <RequestsTable items={soon.data.items} testId="requests-due-table" />
        )}
      </Section>
      {!onlyDueSoon && (
        <Section title={t('privacy.tab.requests')} testId="requests">
          <Stack gap="md">
            <NewRequestForm />
            {all.isPending ? (
              <Loading />
            ) : all.isError ? (
              <ProblemAlert error={all.error} />
            ) : all.data.items.length === 0 ? (
              <Empty title={t('privacy.empty')} />
            ) : (
              <RequestsTable items={all.data.items} testId="requests-table" />
            )}
          </Stack>
        </Section>
      )}
      <Section title={t('privacy.export')} hint={t('privacy.exportHint')} testId="subject-export">
        <SubjectExport />
      </Section>
    </Stack>
  );
}

function RegisterTab() {
  const { t } = useI18n();
  const subs = useSubProcessors();
  return (
    <Stack gap="md">
      <Section title={t('privacy.tab.register')} hint={t('privacy.register.hint')} testId="register">
        <Group gap="xs">
          <Button component="a" href="/api/privacy/register?format=csv" variant="light">
            {t('privacy.register.csv')}
          </Button>
          <Button component="a" href="/api/privacy/register?format=pdf" variant="light">
            {t('privacy.register.pdf')}
          </Button>
        </Group>
      </Section>
      <Section title={t('privacy.tab.subProcessors')} hint={t('privacy.sp.hint')} testId="sub-processors">
        {subs.data && <SubProcessorForm current={subs.data.items} />}
        {subs.isPending ? (
          <Loading />
        ) : subs.isError ? (
          <ProblemAlert error={subs.error} />
        ) : subs.data.items.length === 0 ? (
          <Empty title={t('privacy.empty')} />
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.col.client')}</Table.Th>
                <Table.Th>{t('privacy.col.country')}</Table.Th>
                <Table.Th>{t('privacy.col.activity')}</Table.Th>
                <Table.Th>{t('privacy.col.notices')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {subs.data.items.map((s) => (
                <Table.Tr key={s.id} opacity={s.active ? 1 : 0.5}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>
                    {s.country} {s.outsideEu && <Badge color="orange">{t('privacy.outsideEu')}</Badge>}
                  </Table.Td>
                  <Table.Td>{s.activity}</Table.Td>
                  <Table.Td>
                    {s.notices.map((n) => `${n.legalName} (→ ${formatDate(n.objectionUntil)})`).join(', ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Stack>
  );
}

function BreachesTab() {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <Section title={t('privacy.breach.new')} hint={t('privacy.breach.hint')} testId="breach-new">
        <BreachForm />
      </Section>
      <BreachesTable />
    </Stack>
  );
}

function BreachesTable() {
  const { t } = useI18n();
  const q = useBreaches();
  if (q.isPending) return <Loading />;
  if (q.isError) return <ProblemAlert error={q.error} />;
  if (q.data.items.length === 0) return <Empty title={t('privacy.empty')} />;
  return (
    <Table striped data-testid="breaches-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('privacy.col.discovered')}</Table.Th>
          <Table.Th>{t('privacy.col.facts')}</Table.Th>
          <Table.Th>{t('privacy.col.status')}</Table.Th>
          <Table.Th>{t('privacy.col.cnilDeadline')}</Table.Th>
          <Table.Th>{t('privacy.col.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {q.data.items.map((b) => (
          <Table.Tr key={b.id} data-testid={`breach-${b.id}`}>
            <Table.Td>{new Date(b.discoveredAt).toLocaleString()}</Table.Td>
            <Table.Td>{b.facts}</Table.Td>
            <Table.Td>{b.noticeOverdue && <Badge color="red">{t('privacy.breach.noticeOverdue')}</Badge>}</Table.Td>
            <Table.Td>
              {b.cnilDeadline ? new Date(b.cnilDeadline).toLocaleString() : '—'}{' '}
              {b.cnilOverdue && <Badge color="red">{t('privacy.overdue')}</Badge>}
            </Table.Td>
            <Table.Td miw={220}>
              <BreachActions b={b} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AuditsTab() {
  const { t } = useI18n();
  const audits = useAudits();
  const tasks = useReturnTasks();
  return (
    <Stack gap="md">
      <Section title={t('privacy.tab.audits')} hint={t('privacy.audit.hint')} testId="audits">
        <AuditForm />
        {audits.isPending ? (
          <Loading />
        ) : audits.isError ? (
          <ProblemAlert error={audits.error} />
        ) : audits.data.items.length === 0 ? (
          <Empty title={t('privacy.empty')} />
        ) : (
          <Table striped>
            <Table.Tbody>
              {audits.data.items.map((a) => (
                <Table.Tr key={a.id} data-testid={`audit-${a.id}`}>
                  <Table.Td>{a.legalName}</Table.Td>
                  <Table.Td>{formatDate(a.requestedOn)}</Table.Td>
                  <Table.Td>{a.auditor}</Table.Td>
                  <Table.Td>{a.reportSha256 ? `${t('privacy.col.report')} ✓` : <AuditReportUpload a={a} />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Section title={t('privacy.returnTasks')} testId="return-tasks">
        <ReturnTaskForm />
        {tasks.isPending ? (
          <Loading />
        ) : tasks.isError ? (
          <ProblemAlert error={tasks.error} />
        ) : tasks.data.items.length === 0 ? (
          <Empty title={t('privacy.empty')} />
        ) : (
          <Table striped>
            <Table.Tbody>
              {tasks.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.legalName}</Table.Td>
                  <Table.Td>{t(`privacy.return.status.${r.status}` as MessageKey)}</Table.Td>
                  <Table.Td>{formatDate(r.destroyedOn ?? r.returnedOn)}</Table.Td>
                  <Table.Td>
                    {r.certificateSha256 && (
                      <Anchor href={`/api/privacy/return-tasks/${r.id}/certificate`}>{t('privacy.certificate')}</Anchor>
                    )}
                    <ReturnTaskActions r={r} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Stack>
  );
}

/** Personal data (art. 13, 17, annex): replaces the "coming soon" page. */
export function PrivacyPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('privacy.title')} subtitle={t('privacy.subtitle')} />
      <Tabs defaultValue="requests" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="requests" data-testid="privacy-tab-requests">
            {t('privacy.tab.requests')}
          </Tabs.Tab>
          <Tabs.Tab value="retention" data-testid="privacy-tab-retention">
            {t('privacy.tab.retention')}
          </Tabs.Tab>
          <Tabs.Tab value="register" data-testid="privacy-tab-register">
            {t('privacy.tab.register')}
          </Tabs.Tab>
          <Tabs.Tab value="breaches" data-testid="privacy-tab-breaches">
            {t('privacy.tab.breaches')}
          </Tabs.Tab>
          <Tabs.Tab value="audits" data-testid="privacy-tab-audits">
            {t('privacy.tab.audits')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests">
          <RequestsTab />
        </Tabs.Panel>
        <Tabs.Panel value="retention">
          <RetentionTab />
        </Tabs.Panel>
        <Tabs.Panel value="register">
          <RegisterTab />
        </Tabs.Panel>
        <Tabs.Panel value="breaches">
          <BreachesTab />
        </Tabs.Panel>
        <Tabs.Panel value="audits">
          <AuditsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
