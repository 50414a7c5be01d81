import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { GuardedModal, useModalDirty } from '../../components/GuardedModal.tsx';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useCreateClient, useUpdateClient } from '../../data/clients.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { ClientDetail } from '../../types/clients.ts';
import { clientFormOf, emptyClientForm, toClientInput } from './client-form.ts';
import type { ClientFormValues } from './client-form.ts';
import { ClientFormFields } from './ClientFormFields.tsx';
import { SirenTwins } from './SirenTwins.tsx';

/** Field paths the form shows under inputs (everything else is listed in the alert). */
const SHOWN =
  /^(legalName|siren|siret|vatNumber|email|phone|paymentMethod|iban|bic|mandateReference|mandateSignedOn|(billingAddress|siteAddress)\.(line|postalCode|city)|contacts\.0\.(name|title|email|phone))$/;

function ClientForm({ client, onDone }: { client?: ClientDetail; onDone: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateClient();
  const update = useUpdateClient(client?.id ?? '');
  const mutation = client ? update : create;
  const [pristine] = useState<ClientFormValues>(() => (client ? clientFormOf(client) : emptyClientForm()));
  const [values, setValues] = useState(pristine);
  const cancel = useModalDirty(values !== pristine && !mutation.isSuccess);
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  const change = (changes: Partial<ClientFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const contact = (field: keyof ClientFormValues['contact'], label: string) => (
    <TextInput
      label={<OptionalLabel>{label}</OptionalLabel>}
      value={values.contact[field]}
      onChange={(event) => change({ contact: { ...values.contact, [field]: event.currentTarget.value } })}
      error={errors[`contacts.0.${field}`]}
      data-testid={`client-form-contact-${field}`}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = toClientInput(values, !client);
    if (client) update.mutate(input, { onSuccess: onDone });
    else
      create.mutate(input, {
        onSuccess: ({ client: created }) => {
          onDone();
          void navigate(`/clients/${created.id}`);
        },
      });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="client-form">
      <Stack gap="md">
        {mutation.isError && (
          <ProblemAlert
            error={mutation.error}
            shownFields={Object.keys(errors).filter((path) => SHOWN.test(path))}
            testId="client-form-error"
          />
        )}
        <ClientFormFields values={values} errors={errors} onChange={change} />
        {!client && <SirenTwins siren={values.siren} />}
        {!client && (
          <Fieldset legend={t('client.section.correspondent')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {contact('name', t('contact.name'))}
              {contact('title', t('contact.title'))}
              {contact('email', t('contact.email'))}
              {contact('phone', t('contact.phone'))}
            </SimpleGrid>
          </Fieldset>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel} data-testid="client-form-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="client-form-submit">
            {client ? t('common.save') : t('clients.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Creates a client (with its correspondent) or edits one; server field errors under each field. */
export function ClientFormModal({
  opened,
  client,
  onClose,
}: {
  opened: boolean;
  client?: ClientDetail;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={client ? t('clients.editTitle') : t('clients.createTitle')}
      data-testid="client-form-modal"
    >
      {opened && <ClientForm client={client} onDone={onClose} />}
    </GuardedModal>
  );
}
