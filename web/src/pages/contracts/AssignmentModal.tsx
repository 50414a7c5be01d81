import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, FileInput, Group, Modal, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { useSession } from '../../auth/session.ts';
import { DecisionCard, problemDecision } from '../../components/DecisionCard.tsx';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { fileInputTestId } from '../../components/fileInputTestId.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { evidenceDocumentUrl, useRecordAssignment } from '../../data/contracts.ts';
import { toUpload } from '../../data/upload.ts';
import { todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { assignmentBody, emptyAssignment, nextDay } from './assignment-form.ts';
import type { AssignmentBy, AssignmentValues } from './assignment-form.ts';

const BY: readonly AssignmentBy[] = ['alleo', 'client'];
const SHOWN = [
  'by',
  'assigneeName',
  'assigneeSiren',
  'effectiveOn',
  'signatoryName',
  'signatoryTitle',
  'consentDocument',
  'consentDocument.contentBase64',
  'consentDocument.mediaType',
  'consentDocument.filename',
];

function AssignmentForm({ contractId, onDone }: { contractId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const record = useRecordAssignment(contractId);
  const [values, setValues] = useState<AssignmentValues>(() => emptyAssignment(user.name));
  const [consent, setConsent] = useState<File | null>(null);
  const errors = record.error instanceof ApiError ? record.error.fieldErrors() : {};
  const refusal = problemDecision(record.error);
  const set = (changes: Partial<AssignmentValues>) => setValues((current) => ({ ...current, ...changes }));
  const byClient = values.by === 'client';
  const text = (
    name: 'assigneeName' | 'assigneeSiren' | 'signatoryName' | 'signatoryTitle',
    testId: string,
    options: { required?: boolean; hint?: string } = {},
  ) => (
    <TextInput
      label={options.required ? t(`assignment.${name}`) : <OptionalLabel>{t(`assignment.${name}`)}</OptionalLabel>}
      description={options.hint}
      value={values[name]}
      onChange={(event) => set({ [name]: event.currentTarget.value })}
      error={errors[name]}
      errorProps={{ 'data-testid': `${testId}-error` }}
      withAsterisk={options.required}
      data-testid={testId}
    />
  );

  if (record.data) {
    return (
      <Stack gap="md" data-testid="assignment-result" data-by={values.by}>
        <DecisionCard decision={record.data.decision} testId="assignment-decision" />
        <Group justify="space-between">
          <DocumentButton href={evidenceDocumentUrl(record.data.documentSha256)} testId="assignment-document">
            {t(byClient ? 'assignment.consentDocument' : 'assignment.noticeLetter')}
          </DocumentButton>
          <Button onClick={onDone} data-testid="assignment-close">
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const consentDocument = byClient && consent ? await toUpload(consent) : undefined;
    record.mutate(assignmentBody(values, consentDocument));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="assignment-form">
      <Stack gap="md">
        <Radio.Group
          value={values.by}
          onChange={(by) => {
            record.reset(); // the errors or refusal shown were for the other assignor
            set({ by: by as AssignmentBy });
          }}
          label={t('assignment.by')}
          error={errors.by}
        >
          <Stack gap={8} mt={6}>
            {BY.map((by) => (
              <Radio
                key={by}
                value={by}
                label={t(`assignments.by.${by}`)}
                description={t(`assignment.byHint.${by}`)}
                data-testid={`assignment-by-${by}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('assigneeName', 'assignment-assignee-name', { required: true })}
          {text('assigneeSiren', 'assignment-assignee-siren', { hint: t('assignment.sirenHint') })}
          <TextInput
            type="date"
            label={
              byClient ? <OptionalLabel>{t('assignment.effectiveOn')}</OptionalLabel> : t('assignment.effectiveOn')
            }
            description={byClient ? t('assignment.effectiveOnHint.client') : t('assignment.effectiveOnHint.alleo')}
            min={byClient ? undefined : nextDay(todayInParis())}
            value={values.effectiveOn}
            onChange={(event) => set({ effectiveOn: event.currentTarget.value })}
            error={errors.effectiveOn}
            errorProps={{ 'data-testid': 'assignment-effective-on-error' }}
            withAsterisk={!byClient}
            data-testid="assignment-effective-on"
          />
          {byClient ? (
            <FileInput
              label={t('assignment.consentDocument')}
              description={t('assignment.consentHint')}
              accept="application/pdf,image/jpeg,image/png"
              value={consent}
              onChange={setConsent}
              error={
                errors.consentDocument ?? errors['consentDocument.contentBase64'] ?? errors['consentDocument.mediaType']
              }
              errorProps={{ 'data-testid': 'assignment-consent-error' }}
              withAsterisk
              clearable
              data-testid="assignment-consent"
              fileInputProps={fileInputTestId('assignment-consent-input')}
            />
          ) : (
            <>
              {text('signatoryName', 'assignment-signatory-name', {
                required: true,
                hint: t('assignment.signatoryHint'),
              })}
              {text('signatoryTitle', 'assignment-signatory-title')}
            </>
          )}
        </SimpleGrid>
        {!byClient && (
          <Text size="sm" c="dimmed">
            {t('assignment.noticeHint')}
          </Text>
        )}
        {refusal && <DecisionCard decision={refusal} testId="assignment-decision" />}
        {record.isError && !refusal && (
          <ProblemAlert error={record.error} shownFields={SHOWN} testId="assignment-error" />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone} data-testid="assignment-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={record.isPending}
            disabled={byClient && !consent}
            data-testid="assignment-submit"
          >
            {t('assignment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Records an assignment of the contract: by the client with ALLEO's written consent, by ALLEO after notice to the client (art. 3.4, 19.1). */
export function AssignmentModal({
  contractId,
  opened,
  onClose,
}: {
  contractId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('assignment.title')} size="lg" data-testid="assignment-modal">
      {opened && <AssignmentForm contractId={contractId} onDone={onClose} />}
    </Modal>
  );
}
