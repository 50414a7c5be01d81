import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { Empty, ProblemAlert } from '../../components/QueryState.tsx';
import {
  useContestations,
  useContractConfidential,
  useRecordConfidential,
  useRecordContestation,
} from '../../data/lifecycle.ts';
import { formatDate, formatEur, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { eurosToCents } from '../../parse-number.ts';
import { useCan } from '../../roles.ts';
import type { Role } from '../../api-types.ts';

const READERS: readonly Role[] = ['admin', 'order-admin', 'accounting', 'sales'];
const WRITERS: readonly Role[] = ['admin', 'order-admin', 'accounting'];
const FORMS = ['registered-letter', 'letter', 'email', 'other'] as const;
const EXCLUSIONS = ['a', 'b', 'c', 'd'] as const;

const outcomeColor = (o: string) => (o === 'in-time' ? 'teal' : 'red');

/** An optional euro amount: '' → undefined, invalid → null. */
const optionalCents = (text: string): number | undefined | null =>
  text.trim() === '' ? undefined : eurosToCents(text);

function ContestationForm({ contractId, onDone }: { contractId: string; onDone: () => void }) {
  const { t } = useI18n();
  const record = useRecordContestation();
  const [description, setDescription] = useState('');
  const [failureDate, setFailureDate] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayInParis());
  const [form, setForm] = useState<(typeof FORMS)[number]>('registered-letter');
  const [wilful, setWilful] = useState(false);
  const [claimed, setClaimed] = useState('');
  const [indirect, setIndirect] = useState('');
  const claimedCents = optionalCents(claimed);
  const indirectCents = optionalCents(indirect);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (claimedCents === null || indirectCents === null) return;
    record.mutate(
      {
        contractId,
        description: description.trim(),
        failureDate,
        receivedOn,
        form,
        wilfulMisconduct: wilful,
        ...(claimedCents !== undefined ? { claimedCents } : {}),
        ...(indirectCents !== undefined ? { indirectDamagesCents: indirectCents } : {}),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {record.isError && <ProblemAlert error={record.error} testId="contestation-error" />}
        <Textarea
          label={t('reg.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          withAsterisk
          data-testid="contestation-description"
        />
        <TextInput
          type="date"
          label={t('reg.failureDate')}
          value={failureDate}
          onChange={(e) => setFailureDate(e.currentTarget.value)}
          withAsterisk
          data-testid="contestation-failure-date"
        />
        <TextInput
          type="date"
          label={t('reg.receivedOn')}
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.currentTarget.value)}
          withAsterisk
          data-testid="contestation-received-on"
        />
        <NativeSelect
          label={t('reg.form')}
          value={form}
          onChange={(e) => setForm(e.currentTarget.value as (typeof FORMS)[number])}
          data={FORMS.map((f) => ({ value: f, label: t(`reg.form.${f}`) }))}
          data-testid="contestation-form"
        />
        <Checkbox label={t('reg.wilful')} checked={wilful} onChange={(e) => setWilful(e.currentTarget.checked)} />
        <TextInput
          label={t('reg.claimed')}
          value={claimed}
          onChange={(e) => setClaimed(e.currentTarget.value)}
          error={claimedCents === null ? t('reg.amountInvalid') : undefined}
          inputMode="decimal"
          data-testid="contestation-claimed"
        />
        <TextInput
          label={t('reg.indirect')}
          value={indirect}
          onChange={(e) => setIndirect(e.currentTarget.value)}
          error={indirectCents === null ? t('reg.amountInvalid') : undefined}
          inputMode="decimal"
          data-testid="contestation-indirect"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="contestation-submit">
            {t('reg.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The claims register of a contract (art. 11.3): each contestation's outcome, its cap, indirect damages excluded. */
export function ContestationsRegister({ contractId }: { contractId: string }) {
  const { t } = useI18n();
  const canWrite = useCan(WRITERS);
  const list = useContestations(contractId);
  const [open, setOpen] = useState(false);
  const items = list.data?.items ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="contract-contestations">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('reg.title')}</Title>
          {canWrite && (
            <Button size="xs" variant="light" onClick={() => setOpen(true)} data-testid="contestation-open">
              {t('reg.record')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('reg.hint')}
        </Text>
        {list.isError && <ProblemAlert error={list.error} testId="contestations-error" />}
        {items.length === 0 ? (
          <Empty title={t('reg.empty')} testId="contestations-empty" />
        ) : (
          <Table verticalSpacing="xs" data-testid="contestations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reg.description')}</Table.Th>
                <Table.Th>{t('reg.col.failure')}</Table.Th>
                <Table.Th>{t('reg.col.received')}</Table.Th>
                <Table.Th>{t('reg.col.outcome')}</Table.Th>
                <Table.Th>{t('reg.col.cap')}</Table.Th>
                <Table.Th>{t('reg.col.claimed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id} data-testid="contestation-row" data-outcome={c.outcome}>
                  <Table.Td>
                    {c.description}
                    <Text size="xs" c="dimmed">
                      {t(`reg.form.${c.form}` as 'reg.form.other')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDate(c.failureDate)}</Table.Td>
                  <Table.Td>{formatDate(c.receivedOn)}</Table.Td>
                  <Table.Td>
                    <Badge color={outcomeColor(c.outcome)} variant="light" data-testid="contestation-outcome">
                      {t(`reg.outcome.${c.outcome}`)}
                    </Badge>
                    <Text size="xs">{t('reg.deadline', { date: formatDate(c.deadline) })}</Text>
                  </Table.Td>
                  <Table.Td data-testid="contestation-cap">
                    {c.capCents === null ? t('reg.noCap') : t('reg.cap', { amount: formatEur(c.capCents) })}
                  </Table.Td>
                  <Table.Td>
                    {c.claimedCents !== null ? formatEur(c.claimedCents) : '—'}
                    {c.indirectDamagesCents !== null && c.indirectDamagesCents > 0 && (
                      <Text size="xs" c="red" data-testid="contestation-indirect-excluded">
                        {t('reg.indirectExcluded', { amount: formatEur(c.indirectDamagesCents) })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('reg.record')}>
        {open && <ContestationForm contractId={contractId} onDone={() => setOpen(false)} />}
      </Modal>
    </Paper>
  );
}

/** Registers one piece of confidential information (art. 13), for the client or for one of its contracts. */
export function ConfidentialForm({
  clientId,
  contractId,
  onDone,
}: {
  clientId: string;
  contractId?: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const record = useRecordConfidential(clientId);
  const [what, setWhat] = useState('');
  const [disclosedBy, setDisclosedBy] = useState<'client' | 'alleo'>('client');
  const [disclosedOn, setDisclosedOn] = useState(todayInParis());
  const [exclusion, setExclusion] = useState<'' | (typeof EXCLUSIONS)[number]>('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(
      {
        what: what.trim(),
        disclosedBy,
        disclosedOn,
        ...(exclusion ? { exclusion } : {}),
        ...(contractId ? { contractId } : {}),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {record.isError && <ProblemAlert error={record.error} testId="confidential-error" />}
        <Textarea
          label={t('conf.what')}
          value={what}
          onChange={(e) => setWhat(e.currentTarget.value)}
          withAsterisk
          data-testid="confidential-what"
        />
        <NativeSelect
          label={t('conf.disclosedBy')}
          value={disclosedBy}
          onChange={(e) => setDisclosedBy(e.currentTarget.value as 'client' | 'alleo')}
          data={(['client', 'alleo'] as const).map((p) => ({ value: p, label: t(`lc.party.${p}`) }))}
        />
        <TextInput
          type="date"
          label={t('conf.disclosedOn')}
          value={disclosedOn}
          onChange={(e) => setDisclosedOn(e.currentTarget.value)}
          withAsterisk
          data-testid="confidential-disclosed-on"
        />
        <NativeSelect
          label={t('conf.exclusion')}
          value={exclusion}
          onChange={(e) => setExclusion(e.currentTarget.value as '' | (typeof EXCLUSIONS)[number])}
          data={[
            { value: '', label: t('conf.exclusion.none') },
            ...EXCLUSIONS.map((x) => ({ value: x, label: t(`conf.exclusion.${x}`) })),
          ]}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="confidential-submit">
            {t('conf.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The confidential information exchanged under a contract (art. 13) with the end of its protection. */
export function ConfidentialRegister({ contractId, clientId }: { contractId: string; clientId: string }) {
  const { t } = useI18n();
  const canWrite = useCan(WRITERS);
  const list = useContractConfidential(contractId);
  const [open, setOpen] = useState(false);
  const items = list.data?.items ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="contract-confidential">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('conf.title')}</Title>
          {canWrite && (
            <Button size="xs" variant="light" onClick={() => setOpen(true)} data-testid="confidential-open">
              {t('conf.record')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('conf.hint')}
        </Text>
        {list.isError && <ProblemAlert error={list.error} testId="confidential-list-error" />}
        {items.length === 0 ? (
          <Empty title={t('conf.empty')} testId="confidential-empty" />
        ) : (
          <Table verticalSpacing="xs" data-testid="confidential-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('conf.what')}</Table.Th>
                <Table.Th>{t('conf.disclosedBy')}</Table.Th>
                <Table.Th>{t('conf.disclosedOn')}</Table.Th>
                <Table.Th>{t('conf.exclusion')}</Table.Th>
                <Table.Th>{t('conf.col.until')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id} data-testid="confidential-row">
                  <Table.Td>{c.what}</Table.Td>
                  <Table.Td>{t(`lc.party.${c.disclosedBy}`)}</Table.Td>
                  <Table.Td>{formatDate(c.disclosedOn)}</Table.Td>
                  <Table.Td>{c.exclusion ? t(`conf.exclusion.${c.exclusion}`) : '—'}</Table.Td>
                  <Table.Td data-testid="confidential-until">{formatDate(c.protectedUntil)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('conf.record')}>
        {open && <ConfidentialForm clientId={clientId} contractId={contractId} onDone={() => setOpen(false)} />}
      </Modal>
    </Paper>
  );
}

/** Both registers on the contract page, for the staff who may read them. */
export function ContractRegisters({ contractId, clientId }: { contractId: string; clientId: string }) {
  const canRead = useCan(READERS);
  if (!canRead) return null;
  return (
    <>
      <ContestationsRegister contractId={contractId} />
      <ConfidentialRegister contractId={contractId} clientId={clientId} />
    </>
  );
}
