import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, SegmentedControl, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useFileWarrantyClaim, useRequestReturn } from '../../data/lifecycle.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** Portal: file a warranty claim (art. 11.2) or ask for a return (art. 12) on a line of the contract. */
export function PortalClaimForms({
  contractId,
  lines,
}: {
  contractId: string;
  lines: ReadonlyArray<{ id: string; label: string; kind: string }>;
}) {
  const { t } = useI18n();
  const file = useFileWarrantyClaim();
  const ask = useRequestReturn();
  const [kind, setKind] = useState<'warranty' | 'return'>('warranty');
  const products = lines.filter((l) => l.kind !== 'service');
  const [lineId, setLineId] = useState(products[0]?.id ?? '');
  const [serial, setSerial] = useState('');
  const [description, setDescription] = useState('');
  const mutation = kind === 'warranty' ? file : ask;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const common = { contractId, contractLineId: lineId, ...(serial.trim() ? { serial: serial.trim() } : {}) };
    const done = { onSuccess: () => setDescription('') };
    if (kind === 'warranty') file.mutate({ ...common, description: description.trim() }, done);
    else ask.mutate({ ...common, reason: description.trim() }, done);
  };
  if (products.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="portal-claim-forms">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4}>{t('claims.mine')}</Title>
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as 'warranty' | 'return')}
            data={[
              { value: 'warranty', label: t('claims.fileWarranty') },
              { value: 'return', label: t('claims.requestReturn') },
            ]}
            data-testid="portal-claim-kind"
          />
          {mutation.isError && <ProblemAlert error={mutation.error} testId="portal-claim-error" />}
          <NativeSelect
            label={t('claims.line')}
            value={lineId}
            onChange={(e) => setLineId(e.currentTarget.value)}
            data={products.map((l) => ({ value: l.id, label: l.label }))}
            data-testid="portal-claim-line"
          />
          <TextInput
            label={t('claims.serial')}
            value={serial}
            onChange={(e) => setSerial(e.currentTarget.value)}
            data-testid="portal-claim-serial"
          />
          <Textarea
            label={kind === 'warranty' ? t('claims.description') : t('claims.reason')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            withAsterisk
            data-testid="portal-claim-description"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} data-testid="portal-claim-submit">
              {t('claims.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
