import {
  Button,
  FileInput,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { ClientPicker } from '../../components/ClientPicker.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useCatalogue } from '../../data/catalogue.ts';
import {
  useAddSubProcessor,
  useNotifyBreachClients,
  useOpenReturnTask,
  useRecordBreach,
  useRecordCnil,
  useRequestAudit,
  useReturnStep,
  useStoreAuditReport,
  type Audit,
  type Breach,
  type ReturnTask,
  type SubProcessor,
} from '../../data/privacy.ts';
import { isAcceptedFile, toUpload } from '../../data/upload.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';

/** Today in Paris as YYYY-MM-DD (the default day of a step done today). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

/**
 * Add a sub-processor, or replace one (annex, GDPR art. 28(2)): every client whose contracts use
 * one of the chosen solutions is sent the notice, with the period they have to object.
 */
export function SubProcessorForm({ current }: { current: SubProcessor[] }) {
  const { t } = useI18n();
  const add = useAddSubProcessor();
  const catalogue = useCatalogue({ limit: 500 });
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [activity, setActivity] = useState('');
  const [solutionIds, setSolutionIds] = useState<string[]>([]);
  const [safeguard, setSafeguard] = useState('');
  const [replacesId, setReplacesId] = useState<string | null>(null);
  const [objectionDays, setObjectionDays] = useState<number>(30);
  return (
    <Stack gap="xs" data-testid="sub-processor-form">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('privacy.sp.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="sp-name"
        />
        <TextInput
          label={t('privacy.col.country')}
          placeholder="FR"
          maxLength={2}
          value={country}
          onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())}
          data-testid="sp-country"
        />
        <TextInput
          label={t('privacy.col.activity')}
          value={activity}
          onChange={(e) => setActivity(e.currentTarget.value)}
          data-testid="sp-activity"
        />
        <MultiSelect
          label={t('privacy.sp.solutions')}
          searchable
          value={solutionIds}
          onChange={setSolutionIds}
          data={(catalogue.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
          data-testid="sp-solutions"
        />
        <Select
          label={t('privacy.sp.replaces')}
          clearable
          value={replacesId}
          onChange={setReplacesId}
          data={current.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
          data-testid="sp-replaces"
        />
        <NumberInput
          label={t('privacy.sp.objectionDays')}
          min={1}
          max={90}
          value={objectionDays}
          onChange={(v) => setObjectionDays(Number(v) || 30)}
        />
        <TextInput
          label={t('privacy.sp.safeguard')}
          description={t('privacy.sp.safeguardHint')}
          value={safeguard}
          onChange={(e) => setSafeguard(e.currentTarget.value)}
        />
      </SimpleGrid>
      <Group>
        <Button
          loading={add.isPending}
          data-testid="sp-submit"
          onClick={() =>
            add.mutate(
              {
                name: name.trim(),
                country: country.trim(),
                activity: activity.trim(),
                solutionIds,
                objectionDays,
                ...(safeguard.trim() ? { transferSafeguard: safeguard.trim() } : {}),
                ...(replacesId ? { replacesId } : {}),
              },
              { onSuccess: () => (setName(''), setActivity(''), setSolutionIds([]), setReplacesId(null)) },
            )
          }
        >
          {replacesId ? t('privacy.sp.replace') : t('privacy.sp.add')}
        </Button>
      </Group>
      {add.error && <ProblemAlert error={add.error} testId="sp-error" />}
    </Stack>
  );
}

/** Record a personal-data breach (GDPR art. 33(3): facts, data, subjects, consequences, measures). */
export function BreachForm() {
  const { t } = useI18n();
  const record = useRecordBreach();
  const [role, setRole] = useState<'processor' | 'controller'>('processor');
  const [discoveredAt, setDiscoveredAt] = useState('');
  const [f, setF] = useState({ facts: '', dataCategories: '', subjects: '', consequences: '', measures: '' });
  const [clientIds, setClientIds] = useState<string[]>([]);
  const [picked, setPicked] = useState('');
  const field = (k: keyof typeof f, multi = false) => {
    const props = {
      label: t(`privacy.breach.${k}` as MessageKey),
      value: f[k],
      onChange: (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value }),
      'data-testid': `breach-${k}`,
    };
    return multi ? <Textarea {...props} autosize minRows={2} /> : <TextInput {...props} />;
  };
  return (
    <Stack gap="xs" data-testid="breach-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('privacy.breach.role')}
          value={role}
          onChange={(v) => v && setRole(v as 'processor' | 'controller')}
          data={[
            { value: 'processor', label: t('privacy.breach.role.processor') },
            { value: 'controller', label: t('privacy.breach.role.controller') },
          ]}
        />
        <TextInput
          type="datetime-local"
          label={t('privacy.col.discovered')}
          value={discoveredAt}
          onChange={(e) => setDiscoveredAt(e.currentTarget.value)}
          data-testid="breach-discovered"
        />
        {field('facts', true)}
        {field('consequences', true)}
        {field('dataCategories')}
        {field('subjects')}
        {field('measures', true)}
        <Stack gap={4}>
          <ClientPicker
            value={picked}
            onChange={(id) => {
              setPicked('');
              if (id && !clientIds.includes(id)) setClientIds([...clientIds, id]);
            }}
            label={t('privacy.breach.clients')}
            testId="breach-client"
          />
          {clientIds.length > 0 && (
            <Button size="xs" variant="subtle" onClick={() => setClientIds([])}>
              {t('privacy.breach.clientsCount', { count: clientIds.length })} ✕
            </Button>
          )}
        </Stack>
      </SimpleGrid>
      <Group>
        <Button
          loading={record.isPending}
          data-testid="breach-submit"
          onClick={() =>
            record.mutate(
              {
                role,
                // The local time typed, as an instant (the browser knows its offset).
                discoveredAt: discoveredAt ? new Date(discoveredAt).toISOString() : '',
                ...f,
                clientIds,
              },
              {
                onSuccess: () => (
                  setF({ facts: '', dataCategories: '', subjects: '', consequences: '', measures: '' }),
                  setClientIds([])
                ),
              },
            )
          }
        >
          {t('privacy.breach.record')}
        </Button>
      </Group>
      {record.error && <ProblemAlert error={record.error} testId="breach-error" />}
    </Stack>
  );
}

/** A breach's follow-up: notify the affected clients (processor), record the CNIL notification (controller). */
export function BreachActions({ b }: { b: Breach }) {
  const { t } = useI18n();
  const notify = useNotifyBreachClients();
  const cnil = useRecordCnil();
  const [at, setAt] = useState('');
  return (
    <Stack gap={4}>
      {b.role === 'processor' && b.clientsNotifiedAt === null && b.clientIds.length > 0 && (
        <Button
          size="xs"
          loading={notify.isPending}
          onClick={() => notify.mutate(b.id)}
          data-testid={`breach-notify-${b.id}`}
        >
          {t('privacy.breach.notify')}
        </Button>
      )}
      {b.clientsNotifiedAt && `${t('privacy.breach.notifiedAt')} ${new Date(b.clientsNotifiedAt).toLocaleString()}`}
      {b.role === 'controller' && b.cnilNotifiedAt === null && (
        <Group gap={4} align="flex-end">
          <TextInput
            size="xs"
            type="datetime-local"
            label={t('privacy.breach.cnilAt')}
            value={at}
            onChange={(e) => setAt(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!at}
            loading={cnil.isPending}
            onClick={() => cnil.mutate({ id: b.id, notifiedAt: new Date(at).toISOString() })}
            data-testid={`breach-cnil-${b.id}`}
          >
            {t('privacy.breach.cnilRecord')}
          </Button>
        </Group>
      )}
      {b.cnilNotifiedAt && `CNIL : ${new Date(b.cnilNotifiedAt).toLocaleString()}`}
      {[notify.error, cnil.error].map((e, i) => e && <ProblemAlert key={i} error={e} />)}
    </Stack>
  );
}

/** Request an audit (annex: at most one a year per client; a second one within 12 months is refused). */
export function AuditForm() {
  const { t } = useI18n();
  const request = useRequestAudit();
  const [clientId, setClientId] = useState('');
  const [requestedOn, setRequestedOn] = useState(today());
  const [auditor, setAuditor] = useState('');
  return (
    <Stack gap="xs" data-testid="audit-form">
      <Group align="flex-end" gap="xs" wrap="wrap">
        <ClientPicker value={clientId} onChange={setClientId} label={t('privacy.col.client')} testId="audit-client" />
        <TextInput
          type="date"
          label={t('privacy.col.requestedOn')}
          value={requestedOn}
          onChange={(e) => setRequestedOn(e.currentTarget.value)}
        />
        <TextInput
          label={t('privacy.col.auditor')}
          value={auditor}
          onChange={(e) => setAuditor(e.currentTarget.value)}
          data-testid="audit-auditor"
        />
        <Button
          loading={request.isPending}
          data-testid="audit-submit"
          onClick={() =>
            request.mutate({ clientId, requestedOn, auditor: auditor.trim() }, { onSuccess: () => setAuditor('') })
          }
        >
          {t('privacy.audit.request')}
        </Button>
      </Group>
      {request.error && <ProblemAlert error={request.error} testId="audit-error" />}
    </Stack>
  );
}

/** Upload the audit's report (PDF or image), stored in the evidence log. */
export function AuditReportUpload({ a }: { a: Audit }) {
  const { t } = useI18n();
  const store = useStoreAuditReport();
  const [file, setFile] = useState<File | null>(null);
  if (a.reportSha256) return null;
  return (
    <Group gap={4} align="flex-end">
      <FileInput
        size="xs"
        label={t('privacy.col.report')}
        accept="application/pdf,image/jpeg,image/png"
        value={file}
        onChange={setFile}
        error={file && !isAcceptedFile(file) ? t('privacy.audit.fileType') : undefined}
        data-testid={`audit-report-${a.id}`}
      />
      <Button
        size="xs"
        variant="light"
        disabled={!file || !isAcceptedFile(file)}
        loading={store.isPending}
        onClick={async () => file && store.mutate({ id: a.id, report: await toUpload(file) })}
        data-testid={`audit-report-upload-${a.id}`}
      >
        {t('privacy.audit.upload')}
      </Button>
      {store.error && <ProblemAlert error={store.error} />}
    </Group>
  );
}

/** Open the return-then-destruction task of a client's data at the end of its contract. */
export function ReturnTaskForm() {
  const { t } = useI18n();
  const open = useOpenReturnTask();
  const [clientId, setClientId] = useState('');
  return (
    <Stack gap="xs" data-testid="return-task-form">
      <Group align="flex-end" gap="xs">
        <ClientPicker value={clientId} onChange={setClientId} label={t('privacy.col.client')} testId="return-client" />
        <Button
          loading={open.isPending}
          disabled={!clientId}
          onClick={() => open.mutate({ clientId })}
          data-testid="return-submit"
        >
          {t('privacy.return.open')}
        </Button>
      </Group>
      {open.error && <ProblemAlert error={open.error} testId="return-error" />}
    </Stack>
  );
}

/** The next step of a return task: data returned, then destroyed (the certificate is drawn then). */
export function ReturnTaskActions({ r }: { r: ReturnTask }) {
  const { t } = useI18n();
  const step = useReturnStep();
  const [on, setOn] = useState(today());
  if (r.status === 'destroyed') return null;
  const next = r.status === 'open' ? 'returned' : 'destroyed';
  return (
    <Group gap={4} align="flex-end">
      <TextInput
        size="xs"
        type="date"
        value={on}
        onChange={(e) => setOn(e.currentTarget.value)}
        aria-label={t('privacy.return.on')}
      />
      <Button
        size="xs"
        variant="light"
        loading={step.isPending}
        onClick={() => step.mutate({ id: r.id, step: next, on })}
        data-testid={`return-${next}-${r.id}`}
      >
        {t(`privacy.return.${next}` as MessageKey)}
      </Button>
      {step.error && <ProblemAlert error={step.error} />}
    </Group>
  );
}
