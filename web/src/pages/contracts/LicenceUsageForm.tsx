import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { useRecordUsage } from '../../data/contracts.ts';
import { typedNumber } from '../../parse-number.ts';
import { todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Licence } from '../../types/contracts.ts';

/** Records the users observed on a licence; above the licensed users it is flagged (art. 14.4). */
export function LicenceUsageForm({ licence }: { licence: Licence }) {
  const { t } = useI18n();
  const record = useRecordUsage(licence.contractId);
  const [users, setUsers] = useState('');
  const [observedOn, setObservedOn] = useState(todayInParis());
  const errors = record.error instanceof ApiError ? record.error.fieldErrors() : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ id: licence.id, usersCount: typedNumber(users), observedOn }, { onSuccess: () => setUsers('') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          size="xs"
          w={90}
          placeholder={t('licences.users')}
          inputMode="numeric"
          value={users}
          onChange={(e) => setUsers(e.currentTarget.value)}
          error={errors.usersCount}
          aria-label={t('licences.users')}
          data-testid="licence-usage-users"
        />
        <TextInput
          size="xs"
          type="date"
          value={observedOn}
          onChange={(e) => setObservedOn(e.currentTarget.value)}
          error={errors.observedOn}
          aria-label={t('licences.observedOn')}
          data-testid="licence-usage-date"
        />
        <Button
          size="xs"
          type="submit"
          variant="light"
          loading={record.isPending}
          disabled={users.trim() === ''}
          data-testid="licence-usage-submit"
        >
          {t('licences.record')}
        </Button>
      </Group>
      {record.data?.flagged && (
        <Text size="xs" c="red" mt={4} data-testid="licence-usage-flagged">
          {t('licences.flagged')}
        </Text>
      )}
      {record.isError && !errors.usersCount && (
        <Text size="xs" c="red" mt={4}>
          {record.error.message}
        </Text>
      )}
    </form>
  );
}
