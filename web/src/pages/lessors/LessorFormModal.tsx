import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useCreateLessor, useUpdateLessor } from '../../data/lessors.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Lessor } from '../../types/lessors.ts';
import { LESSOR_FIELDS, emptyLessorForm, lessorFormOf, toLessorChanges, toLessorInput } from './lessor-form.ts';
import type { LessorFormValues } from './lessor-form.ts';

type Field = (typeof LESSOR_FIELDS)[number];
const OPTIONAL: ReadonlySet<Field> = new Set(['siren', 'email']);
const HINTS: Partial<Record<Field, 'lessor.sirenHint' | 'lessor.countryHint'>> = {
  siren: 'lessor.sirenHint',
  country: 'lessor.countryHint',
};

function LessorForm({ lessor, onDone }: { lessor?: Lessor; onDone: () => void }) {
  const { t } = useI18n();
  const create = useCreateLessor();
  const update = useUpdateLessor();
  const mutation = lessor ? update : create;
  const [values, setValues] = useState<LessorFormValues>(() => (lessor ? lessorFormOf(lessor) : emptyLessorForm()));
  const server = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  const errorOf = (field: Field) => server[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lessor) update.mutate({ id: lessor.id, changes: toLessorChanges(values) }, { onSuccess: onDone });
    else create.mutate(toLessorInput(values), { onSuccess: onDone });
  };

  const input = (field: Field) => (
    <TextInput
      key={field}
      label={OPTIONAL.has(field) ? <OptionalLabel>{t(`lessor.${field}`)}</OptionalLabel> : t(`lessor.${field}`)}
      description={HINTS[field] && t(HINTS[field])}
      type={field === 'email' ? 'email' : undefined}
      value={values[field]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [field]: value }));
      }}
      error={errorOf(field)}
      errorProps={{ 'data-testid': `lessor-form-${field}-error` }}
      withAsterisk={!OPTIONAL.has(field)}
      data-testid={`lessor-form-${field}`}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="lessor-form">
      <Stack gap="md">
        {mutation.isError && (
          <ProblemAlert error={mutation.error} shownFields={LESSOR_FIELDS} testId="lessor-form-error" />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>{LESSOR_FIELDS.map(input)}</SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} data-testid="lessor-form-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="lessor-form-submit">
            {lessor ? t('common.save') : t('lessors.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Creates a financing partner or changes one; server field errors under each field. */
export function LessorFormModal({
  opened,
  lessor,
  onClose,
}: {
  opened: boolean;
  lessor?: Lessor;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={lessor ? t('lessors.editTitle') : t('lessors.createTitle')}
      data-testid="lessor-form-modal"
    >
      {opened && <LessorForm key={lessor?.id ?? 'new'} lessor={lessor} onDone={onClose} />}
    </Modal>
  );
}
