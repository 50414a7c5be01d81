import { useState } from 'react';
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useContract, useContracts } from '../../data/contracts.ts';
import { previewSlot, type SlotCheck, useSchedule, type Technician } from '../../data/interventions.ts';
import { formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { SlotSummary } from './SlotSummary.tsx';

/**
 * Schedules an intervention from a contract service line: the slot is checked first (ALLEO working
 * days and hours, art. 6.9) and an off-hours surcharge is shown before saving.
 */
export function ScheduleModal({
  opened,
  onClose,
  technicians,
  defaultDate,
}: {
  opened: boolean;
  onClose: () => void;
  technicians: readonly Technician[];
  defaultDate: string;
}) {
  const { t } = useI18n();
  const contracts = useContracts({}, opened);
  const [contractId, setContractId] = useState<string | null>(null);
  const contract = useContract(contractId ?? undefined);
  const [lineId, setLineId] = useState<string | null>(null);
  const [techIds, setTechIds] = useState<string[]>([]);
  const [date, setDate] = useState(defaultDate);
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('12:00');
  const [mode, setMode] = useState<'on-site' | 'remote'>('on-site');
  const [slot, setSlot] = useState<SlotCheck | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const schedule = useSchedule();
  const serviceLines = (contract.data?.contract.lines ?? []).filter((l) => l.kind === 'service');
  const body = lineId ? { contractLineId: lineId, technicianIds: techIds, date, start, end } : null;
  const invalidate = () => {
    setSlot(null);
    schedule.reset();
  };
  const close = () => {
    invalidate();
    setPreviewError(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('interventions.schedule.title')}
      size="lg"
      data-testid="schedule-modal"
    >
      <Stack gap="sm">
        <Select
          label={t('interventions.schedule.contract')}
          data={(contracts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.number} — ${c.clientName}` }))}
          value={contractId}
          onChange={(v) => {
            setContractId(v);
            setLineId(null);
            invalidate();
          }}
          searchable
          data-testid="schedule-contract"
        />
        <Select
          label={t('interventions.schedule.line')}
          data={serviceLines.map((l) => ({ value: l.id, label: l.category ? `${l.label} (${l.category})` : l.label }))}
          value={lineId}
          onChange={(v) => {
            setLineId(v);
            invalidate();
          }}
          disabled={!contractId}
          data-testid="schedule-line"
        />
        <MultiSelect
          label={t('interventions.schedule.technicians')}
          data={technicians.map((x) => ({ value: x.id, label: x.name }))}
          value={techIds}
          onChange={(v) => {
            setTechIds(v);
            invalidate();
          }}
          data-testid="schedule-technicians"
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('interventions.schedule.date')}
            value={date}
            onChange={(e) => (setDate(e.currentTarget.value), invalidate())}
            data-testid="schedule-date"
          />
          <TextInput
            type="time"
            label={t('interventions.schedule.start')}
            value={start}
            onChange={(e) => (setStart(e.currentTarget.value), invalidate())}
            data-testid="schedule-start"
          />
          <TextInput
            type="time"
            label={t('interventions.schedule.end')}
            value={end}
            onChange={(e) => (setEnd(e.currentTarget.value), invalidate())}
            data-testid="schedule-end"
          />
        </Group>
        <Select
          label={t('interventions.schedule.mode')}
          data={[
            { value: 'on-site', label: t('interventions.mode.on-site') },
            { value: 'remote', label: t('interventions.mode.remote') },
          ]}
          value={mode}
          onChange={(v) => setMode((v as 'on-site' | 'remote') ?? 'on-site')}
          data-testid="schedule-mode"
        />
        {previewError ? <ProblemAlert error={previewError} testId="schedule-preview-error" /> : null}
        {slot && <SlotSummary slot={slot} />}
        {slot?.offHours && (
          <Alert color="grape" data-testid="schedule-surcharge">
            <Text size="sm">{t('interventions.surcharge.accept', { amount: formatEur(slot.surchargeCents) })}</Text>
          </Alert>
        )}
        {schedule.isError && <ProblemAlert error={schedule.error} testId="schedule-error" />}
        <Group justify="flex-end">
          <Button
            variant="default"
            disabled={!body || techIds.length === 0}
            data-testid="schedule-check"
            onClick={() => {
              setPreviewError(null);
              if (body)
                previewSlot(body).then(
                  (r) => setSlot(r.slot),
                  (e: unknown) => setPreviewError(e),
                );
            }}
          >
            {t('interventions.schedule.check')}
          </Button>
          <Button
            disabled={!slot || !body}
            loading={schedule.isPending}
            data-testid="schedule-save"
            onClick={() =>
              body && slot && schedule.mutate({ ...body, mode, acceptSurcharge: slot.offHours }, { onSuccess: close })
            }
          >
            {slot?.offHours ? t('interventions.schedule.saveWithSurcharge') : t('interventions.schedule.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
