import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { type Technician, useSetTechnicianHours, useUpdateTechnician } from '../../data/interventions.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** ALLEO's working weekdays (art. 6.9): a technician's week is chosen among them. */
const WEEKDAYS = [1, 2, 3, 4, 5] as const;

export const weekdayKey = (wd: number) =>
  `interventions.technicians.day.${wd}` as `interventions.technicians.day.${1 | 2 | 3 | 4 | 5 | 6 | 7}`;

interface Day {
  on: boolean;
  start: string;
  end: string;
}

function daysOf(x: Technician | null): Record<number, Day> {
  const out: Record<number, Day> = {};
  for (const wd of WEEKDAYS) {
    const h = x?.hours?.find((d) => d.weekday === wd);
    out[wd] = h ? { on: true, start: h.start, end: h.end } : { on: x?.hours === null, start: '09:00', end: '18:00' };
  }
  return out;
}

/**
 * Edits a technician: its name and its week, each day inside ALLEO's business hours (the server
 * refuses anything else naming the day, art. 6.9); "ALLEO's hours" clears the week.
 */
export function HoursModal({ technician, onClose }: { technician: Technician | null; onClose: () => void }) {
  const { t } = useI18n();
  const setHours = useSetTechnicianHours();
  const update = useUpdateTechnician();
  const [name, setName] = useState('');
  const [days, setDays] = useState<Record<number, Day>>(daysOf(null));
  useEffect(() => {
    setName(technician?.name ?? '');
    setDays(daysOf(technician));
    setHours.reset();
    update.reset();
    // Only when another technician is opened (the mutations are stable enough to be left out).
  }, [technician?.id]);
  if (!technician) return null;
  const id = technician.id;
  const patch = (wd: number, p: Partial<Day>) => setDays((d) => ({ ...d, [wd]: { ...d[wd]!, ...p } }));
  const save = async (hours: { weekday: number; start: string; end: string }[] | null) => {
    if (name.trim() !== technician.name) await update.mutateAsync({ id, body: { name: name.trim() } });
    await setHours.mutateAsync({ id, body: { hours } });
    onClose();
  };
  const week = WEEKDAYS.filter((wd) => days[wd]!.on).map((wd) => ({
    weekday: wd,
    start: days[wd]!.start,
    end: days[wd]!.end,
  }));
  const error = update.error ?? setHours.error;
  return (
    <Modal opened onClose={onClose} title={t('interventions.technicians.edit')} centered data-testid="hours-modal">
      <Stack gap="sm">
        <TextInput
          label={t('interventions.technicians.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="hours-name"
        />
        <Text size="sm" c="dimmed">
          {t('interventions.technicians.hoursHint')}
        </Text>
        {WEEKDAYS.map((wd) => (
          <Group key={wd} gap="xs" align="center">
            <Checkbox
              w={110}
              label={t(weekdayKey(wd))}
              checked={days[wd]!.on}
              onChange={(e) => patch(wd, { on: e.currentTarget.checked })}
              data-testid={`hours-on-${wd}`}
            />
            <TextInput
              w={90}
              aria-label={`${t(weekdayKey(wd))} ${t('interventions.technicians.from')}`}
              value={days[wd]!.start}
              disabled={!days[wd]!.on}
              onChange={(e) => patch(wd, { start: e.currentTarget.value })}
              data-testid={`hours-start-${wd}`}
            />
            <Text size="sm">–</Text>
            <TextInput
              w={90}
              aria-label={`${t(weekdayKey(wd))} ${t('interventions.technicians.to')}`}
              value={days[wd]!.end}
              disabled={!days[wd]!.on}
              onChange={(e) => patch(wd, { end: e.currentTarget.value })}
              data-testid={`hours-end-${wd}`}
            />
          </Group>
        ))}
        {error && <ProblemAlert error={error} testId="hours-error" />}
        <Group justify="flex-end">
          <Button
            variant="default"
            loading={setHours.isPending}
            onClick={() => void save(null).catch(() => undefined)}
            data-testid="hours-alleo"
          >
            {t('interventions.technicians.useAlleo')}
          </Button>
          <Button
            loading={setHours.isPending || update.isPending}
            onClick={() => void save(week).catch(() => undefined)}
            data-testid="hours-save"
          >
            {t('interventions.technicians.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
