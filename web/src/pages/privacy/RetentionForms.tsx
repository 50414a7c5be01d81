import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../components/QueryState.tsx';
import {
  useOverrideRelationshipEnd,
  usePrivacySettings,
  useSetPrivacySettings,
  type RetentionRow,
} from '../../data/privacy.ts';
import { useI18n } from '../../i18n/i18n.ts';

/**
 * Overrides the derived end of the relationship of one client with a reason (art. 17.2), or
 * goes back to the derived one; the calendar row is recomputed by the server.
 */
export function RelationshipEndOverride({ r }: { r: RetentionRow }) {
  const { t } = useI18n();
  const save = useOverrideRelationshipEnd();
  const [endedOn, setEndedOn] = useState(r.endedOn ?? '');
  const [reason, setReason] = useState('');
  const ok = reason.trim().length >= 5;
  return (
    <Stack gap={4}>
      <Group gap={4} align="flex-end" wrap="nowrap">
        <TextInput
          size="xs"
          type="date"
          aria-label={t('privacy.col.endedOn')}
          value={endedOn}
          onChange={(e) => setEndedOn(e.currentTarget.value)}
          data-testid={`retention-ended-${r.clientId}`}
        />
        <TextInput
          size="xs"
          placeholder={t('privacy.retention.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid={`retention-reason-${r.clientId}`}
        />
        <Button
          size="xs"
          variant="light"
          disabled={!ok || endedOn === ''}
          loading={save.isPending}
          onClick={() => save.mutate({ clientId: r.clientId, endedOn, reason: reason.trim() })}
          data-testid={`retention-save-${r.clientId}`}
        >
          {t('privacy.retention.override')}
        </Button>
        {r.source === 'override' && (
          <Button
            size="xs"
            variant="subtle"
            disabled={!ok}
            onClick={() => save.mutate({ clientId: r.clientId, endedOn: null, reason: reason.trim() })}
          >
            {t('privacy.retention.backToDerived')}
          </Button>
        )}
      </Group>
      {save.error && <ProblemAlert error={save.error} />}
    </Stack>
  );
}

/** How long login failures (e-mail, IP) are kept: 1 to 365 days (art. 17.1 connection data). */
export function ConnectionLogSetting() {
  const { t } = useI18n();
  const q = usePrivacySettings();
  const save = useSetPrivacySettings();
  const [days, setDays] = useState<number | ''>('');
  useEffect(() => {
    if (q.data) setDays(q.data.connectionLogRetentionDays);
  }, [q.data]);
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end">
        <NumberInput
          label={t('privacy.settings.connectionLogDays')}
          min={1}
          max={365}
          value={days}
          onChange={(v) => setDays(typeof v === 'number' ? v : '')}
          data-testid="privacy-connection-log-days"
        />
        <Button
          variant="light"
          disabled={days === ''}
          loading={save.isPending}
          onClick={() => days !== '' && save.mutate(days)}
          data-testid="privacy-connection-log-save"
        >
          {t('privacy.settings.save')}
        </Button>
      </Group>
      {save.error && <ProblemAlert error={save.error} testId="privacy-settings-error" />}
    </Stack>
  );
}
