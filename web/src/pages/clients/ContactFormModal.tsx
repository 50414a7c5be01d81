import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { GuardedModal, useModalDirty } from '../../components/GuardedModal.tsx';
import { ApiError } from '../../api.ts';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useSaveContact } from '../../data/clients.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Contact } from '../../types/clients.ts';

const FIELDS = ['name', 'title', 'email', 'phone'] as const;

function ContactForm({ clientId, contact, onDone }: { clientId: string; contact: Contact | null; onDone: () => void }) {
  const { t } = useI18n();
  const save = useSaveContact(clientId);
  const [pristine] = useState(() => ({
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
  }));
  const [values, setValues] = useState(pristine);
  const [correspondent, setCorrespondent] = useState(false);
  const cancel = useModalDirty((values !== pristine || correspondent) && !save.isSuccess);
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: values.name.trim(),
      title: orNull(values.title),
      email: orNull(values.email),
      phone: orNull(values.phone),
      ...(contact ? {} : { correspondent }),
    };
    save.mutate({ contactId: contact?.id, contact: body }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {save.isError && <ProblemAlert error={save.error} shownFields={FIELDS} testId="contact-form-error" />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {FIELDS.map((field) => (
            <TextInput
              key={field}
              label={field === 'name' ? t('contact.name') : <OptionalLabel>{t(`contact.${field}`)}</OptionalLabel>}
              value={values[field]}
              onChange={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
              error={errors[field]}
              withAsterisk={field === 'name'}
              data-testid={`contact-form-${field}`}
            />
          ))}
        </SimpleGrid>
        {!contact && (
          <Checkbox
            label={t('contact.makeCorrespondent')}
            checked={correspondent}
            onChange={(e) => setCorrespondent(e.currentTarget.checked)}
            data-testid="contact-form-correspondent"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel} data-testid="contact-form-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="contact-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds a contact (optionally as the correspondent) or edits one; an email or a phone is needed. */
export function ContactFormModal({
  clientId,
  contact,
  opened,
  onClose,
}: {
  clientId: string;
  contact: Contact | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={contact ? t('contact.editTitle') : t('contact.addTitle')}
      data-testid="contact-form-modal"
    >
      {opened && <ContactForm clientId={clientId} contact={contact} onDone={onClose} />}
    </GuardedModal>
  );
}
