import { useState } from 'react';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import type { FormEvent } from 'react';
import { Alert, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { OptionalLabel, PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useOrganisation, useUpdateOrganisation } from '../../data/organisation.ts';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { ORGANISATION_WRITERS, useCan } from '../../roles.ts';
import type { Organisation } from '../../types/organisation.ts';
import { LogoSection } from './LogoSection.tsx';
import { ORGANISATION_TEXT_FIELDS, apiPathOf, organisationFormOf, toOrganisationChanges } from './organisation-form.ts';
import type { OrganisationFormValues, OrganisationTextField } from './organisation-form.ts';

const OPTIONAL: ReadonlySet<OrganisationTextField> = new Set([
  'shareCapital',
  'siret',
  'rcs',
  'email',
  'phone',
  'bic',
  'sepaCreditorId',
]);
const HINTS: Partial<Record<OrganisationTextField, MessageKey>> = {
  shareCapital: 'organisation.shareCapitalHint',
  country: 'organisation.countryHint',
  siren: 'organisation.sirenHint',
  siret: 'organisation.siretHint',
  vatNumber: 'organisation.vatNumberHint',
  rcs: 'organisation.rcsHint',
  iban: 'organisation.ibanHint',
  sepaCreditorId: 'organisation.sepaCreditorIdHint',
};
const SECTIONS: ReadonlyArray<{ legend: MessageKey; fields: readonly OrganisationTextField[] }> = [
  {
    legend: 'organisation.section.identity',
    fields: ['name', 'legalForm', 'shareCapital', 'siren', 'siret', 'vatNumber', 'rcs'],
  },
  {
    legend: 'organisation.section.address',
    fields: ['addressLine', 'postalCode', 'city', 'country', 'email', 'phone'],
  },
  { legend: 'organisation.section.bank', fields: ['iban', 'bic', 'sepaCreditorId'] },
];
/** Field paths shown under their input (every other field error is listed in the alert). */
const SHOWN: readonly string[] = [...ORGANISATION_TEXT_FIELDS.map(apiPathOf), 'vatOnDebits'];

function OrganisationForm({ organisation, canWrite }: { organisation: Organisation; canWrite: boolean }) {
  const { t } = useI18n();
  const update = useUpdateOrganisation();
  const [values, setValues] = useState<OrganisationFormValues>(() => organisationFormOf(organisation));
  const [saved, setSaved] = useState<Organisation | null>(null);
  const errors = update.error instanceof ApiError ? update.error.fieldErrors() : {};
  const changes = toOrganisationChanges(values, organisation);
  const dirty = Object.keys(changes).length > 0;
  useLeaveGuard(dirty && canWrite);

  const change = (next: Partial<OrganisationFormValues>) => {
    setSaved(null);
    setValues((current) => ({ ...current, ...next }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    update.mutate(changes, {
      onSuccess: ({ organisation: stored }) => {
        setValues(organisationFormOf(stored));
        setSaved(stored);
      },
    });
  };

  const input = (field: OrganisationTextField) => (
    <TextInput
      key={field}
      label={
        OPTIONAL.has(field) ? <OptionalLabel>{t(`organisation.${field}`)}</OptionalLabel> : t(`organisation.${field}`)
      }
      description={HINTS[field] && t(HINTS[field])}
      type={field === 'email' ? 'email' : undefined}
      value={values[field]}
      readOnly={!canWrite}
      onChange={(event) => change({ [field]: event.currentTarget.value })}
      error={errors[apiPathOf(field)]}
      errorProps={{ 'data-testid': `organisation-form-${field}-error` }}
      withAsterisk={canWrite && !OPTIONAL.has(field)}
      data-testid={`organisation-form-${field}`}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="organisation-form">
      <Stack gap="md">
        {update.isError && <ProblemAlert error={update.error} shownFields={SHOWN} testId="organisation-form-error" />}
        {saved && (
          <Alert color="teal" variant="light" data-testid="organisation-saved" data-version={saved.version}>
            {t('organisation.saved', { version: saved.version, at: formatDateTime(saved.validFrom) })}
          </Alert>
        )}
        {SECTIONS.map((section) => (
          <Fieldset key={section.legend} legend={t(section.legend)}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{section.fields.map(input)}</SimpleGrid>
          </Fieldset>
        ))}
        <Fieldset legend={t('organisation.section.vat')}>
          <Switch
            label={t('organisation.vatOnDebits')}
            description={t('organisation.vatOnDebitsHelp')}
            checked={values.vatOnDebits}
            disabled={!canWrite}
            onChange={(event) => change({ vatOnDebits: event.currentTarget.checked })}
            error={errors.vatOnDebits}
            data-testid="organisation-form-vatOnDebits"
          />
        </Fieldset>
        {canWrite && (
          <Group justify="flex-end">
            <Button
              variant="default"
              disabled={!dirty || update.isPending}
              onClick={() => change(organisationFormOf(organisation))}
              data-testid="organisation-form-reset"
            >
              {t('organisation.reset')}
            </Button>
            <Button type="submit" disabled={!dirty} loading={update.isPending} data-testid="organisation-form-submit">
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/**
 * The company's settings ("Société"): the identity printed on quotes, acknowledgements, invoices
 * and letters, and the VAT-on-debits option. Administrators change it (a new version, in force
 * from now: documents already issued keep theirs); other staff read it.
 */
export function OrganisationPage() {
  const { t } = useI18n();
  const canWrite = useCan(ORGANISATION_WRITERS);
  const organisation = useOrganisation();
  const data = organisation.data?.organisation;
  return (
    <Stack gap="md">
      <PageHeader title={t('organisation.title')} subtitle={t('organisation.subtitle')} />
      {!canWrite && (
        <Alert color="gray" variant="light" data-testid="organisation-read-only">
          {t('organisation.readOnly')}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        {organisation.isPending ? (
          <Loading />
        ) : organisation.isError || !data ? (
          <ProblemAlert
            error={organisation.error}
            onRetry={() => void organisation.refetch()}
            testId="organisation-load-error"
          />
        ) : (
          <Stack gap="md">
            <Text size="sm" c="dimmed" data-testid="organisation-version" data-version={data.version}>
              {t('organisation.version', { version: data.version, at: formatDateTime(data.validFrom) })}
            </Text>
            <LogoSection logoSha256={data.logoSha256} canWrite={canWrite} />
            <OrganisationForm key={data.id} organisation={data} canWrite={canWrite} />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
