import { useState } from 'react';
import { ActionIcon, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useDunningSteps, useSaveDunningSteps } from '../../data/collection.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { parseWhole } from '../../parse-number.ts';
import { DUNNING_CHANNELS } from '../../types/collection.ts';
import type { DunningChannel, LadderStep } from '../../types/collection.ts';

interface Row {
  days: string;
  channel: DunningChannel;
  label: string;
}

/** The dunning ladder: reminders and the formal notice by registered letter, in days after the due date. */
export function DunningLadder() {
  const { t } = useI18n();
  const steps = useDunningSteps();
  const save = useSaveDunningSteps();
  const [rows, setRows] = useState<Row[] | null>(null);
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const editing = rows !== null;

  const toSteps = (list: Row[]): LadderStep[] =>
    list.map((row, i) => ({
      position: i + 1,
      daysAfterDue: parseWhole(row.days) ?? Number(row.days),
      channel: row.channel,
      label: row.label.trim(),
    }));
  const set = (i: number, changes: Partial<Row>) =>
    setRows((current) => (current ?? []).map((row, j) => (j === i ? { ...row, ...changes } : row)));

  return (
    <Section
      title={t('dunning.ladder')}
      hint={t('dunning.ladderHint')}
      testId="dunning-ladder"
      actions={
        !editing && steps.data ? (
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              setRows(
                steps.data.steps.map((s) => ({ days: String(s.daysAfterDue), channel: s.channel, label: s.label })),
              )
            }
            data-testid="dunning-ladder-edit"
          >
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {steps.isPending ? (
        <Loading />
      ) : steps.isError ? (
        <ProblemAlert error={steps.error} onRetry={() => void steps.refetch()} />
      ) : !editing ? (
        <Table verticalSpacing="xs" data-testid="dunning-ladder-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('dunning.col.days')}</Table.Th>
              <Table.Th>{t('dunning.col.channel')}</Table.Th>
              <Table.Th>{t('dunning.col.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.data.steps.map((step) => (
              <Table.Tr key={step.position}>
                <Table.Td>{step.position}</Table.Td>
                <Table.Td>{t('dunning.dayN', { days: step.daysAfterDue })}</Table.Td>
                <Table.Td>{t(`dunning.channel.${step.channel}`)}</Table.Td>
                <Table.Td>{step.label}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Stack gap="sm">
          {rows.map((row, i) => (
            <Group key={i} align="flex-start" wrap="nowrap">
              <Text size="sm" pt={8} w={20}>
                {i + 1}
              </Text>
              <TextInput
                w={120}
                label={i === 0 ? t('dunning.col.days') : undefined}
                value={row.days}
                onChange={(e) => set(i, { days: e.currentTarget.value })}
                error={errors[`steps.${i}.daysAfterDue`]}
                data-testid={`ladder-${i}-days`}
              />
              <NativeSelect
                w={220}
                label={i === 0 ? t('dunning.col.channel') : undefined}
                value={row.channel}
                onChange={(e) => set(i, { channel: e.currentTarget.value as DunningChannel })}
                data={DUNNING_CHANNELS.map((value) => ({ value, label: t(`dunning.channel.${value}`) }))}
                error={errors[`steps.${i}.channel`]}
              />
              <TextInput
                style={{ flex: 1 }}
                label={i === 0 ? t('dunning.col.label') : undefined}
                value={row.label}
                onChange={(e) => set(i, { label: e.currentTarget.value })}
                error={errors[`steps.${i}.label`]}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={i === 0 ? 28 : 4}
                aria-label={t('common.remove')}
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
                disabled={rows.length === 1}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setRows([...rows, { days: '', channel: 'email', label: '' }])}
            >
              {t('dunning.addStep')}
            </Button>
          </Group>
          {save.isError && (
            <ProblemAlert error={save.error} shownFields={Object.keys(errors).filter((p) => /^steps\.\d+\./.test(p))} />
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setRows(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={save.isPending}
              onClick={() => save.mutate(toSteps(rows), { onSuccess: () => setRows(null) })}
              data-testid="dunning-ladder-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}
