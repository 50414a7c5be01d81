import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useRecordDispute, useRecordHiring } from '../../data/lifecycle.ts';
import { todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { eurosToCents } from '../../parse-number.ts';

/** A dispute with its notification date (art. 21): the API answers the day the Mâcon court may be seized. */
export function DisputeForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useI18n();
  const record = useRecordDispute(clientId);
  const [subject, setSubject] = useState('');
  const [notifiedOn, setNotifiedOn] = useState(todayInParis());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({ subject: subject.trim(), notifiedOn }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {record.isError && <ProblemAlert error={record.error} testId="dispute-error" />}
        <Textarea
          label={t('obl.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          withAsterisk
          data-testid="dispute-subject"
        />
        <TextInput
          type="date"
          label={t('obl.notifiedOn')}
          value={notifiedOn}
          onChange={(e) => setNotifiedOn(e.currentTarget.value)}
          withAsterisk
          data-testid="dispute-notified-on"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="dispute-submit">
            {t('obl.recordDispute')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The hiring of one of the client's employees (art. 18): the API computes the indemnity inside the period. */
export function HiringForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useI18n();
  const record = useRecordHiring(clientId);
  const [name, setName] = useState('');
  const [hiredOn, setHiredOn] = useState(todayInParis());
  const [salary, setSalary] = useState('');
  const cents = eurosToCents(salary);
  const invalid = salary.trim() !== '' && cents === null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (cents === null) return;
    record.mutate({ employeeName: name.trim(), hiredOn, monthlyGrossSalaryCents: cents }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {record.isError && <ProblemAlert error={record.error} testId="hiring-error" />}
        <TextInput
          label={t('obl.employeeName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          withAsterisk
          data-testid="hiring-name"
        />
        <TextInput
          type="date"
          label={t('obl.hiredOn')}
          value={hiredOn}
          onChange={(e) => setHiredOn(e.currentTarget.value)}
          withAsterisk
          data-testid="hiring-date"
        />
        <TextInput
          label={t('obl.salary')}
          value={salary}
          onChange={(e) => setSalary(e.currentTarget.value)}
          error={invalid ? t('reg.amountInvalid') : undefined}
          inputMode="decimal"
          withAsterisk
          data-testid="hiring-salary"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="hiring-submit">
            {t('obl.recordHiring')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
