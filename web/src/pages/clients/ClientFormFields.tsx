import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { PAYMENT_METHODS } from '../../types/clients.ts';
import type { Address, PaymentMethod } from '../../types/clients.ts';
import type { ClientFormValues } from './client-form.ts';

interface FieldsProps {
  values: ClientFormValues;
  errors: Record<string, string>;
  onChange: (changes: Partial<ClientFormValues>) => void;
}

/** A text input bound to one field, its server error under it, `client-form-<name>` test ids. */
function useTextField({ values, errors, onChange }: FieldsProps) {
  return (
    name:
      | 'legalName'
      | 'siren'
      | 'siret'
      | 'vatNumber'
      | 'email'
      | 'phone'
      | 'iban'
      | 'bic'
      | 'mandateReference'
      | 'mandateSignedOn',
    label: string,
    options: { required?: boolean; hint?: string; type?: string } = {},
  ) => (
    <TextInput
      label={options.required ? label : <OptionalLabel>{label}</OptionalLabel>}
      description={options.hint}
      type={options.type}
      value={values[name]}
      onChange={(event) => onChange({ [name]: event.currentTarget.value })}
      error={errors[name]}
      errorProps={{ 'data-testid': `client-form-${name}-error` }}
      withAsterisk={options.required}
      data-testid={`client-form-${name}`}
    />
  );
}

function AddressFields({
  kind,
  address,
  errors,
  onChange,
}: {
  kind: 'billing' | 'site';
  address: Address;
  errors: Record<string, string>;
  onChange: (address: Address) => void;
}) {
  const { t } = useI18n();
  const path = kind === 'billing' ? 'billingAddress' : 'siteAddress';
  const input = (field: keyof Address, label: string) => (
    <TextInput
      label={label}
      value={address[field]}
      onChange={(event) => onChange({ ...address, [field]: event.currentTarget.value })}
      error={errors[`${path}.${field}`]}
      errorProps={{ 'data-testid': `client-form-${kind}-${field}-error` }}
      withAsterisk
      data-testid={`client-form-${kind}-${field}`}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 4 }}>
      <div style={{ gridColumn: 'span 2' }}>{input('line', t('client.address.line'))}</div>
      {input('postalCode', t('client.address.postalCode'))}
      {input('city', t('client.address.city'))}
    </SimpleGrid>
  );
}

/** Identity (SIREN, SIRET, VAT number), addresses, payment method with IBAN and SEPA mandate, flags. */
export function ClientFormFields(props: FieldsProps) {
  const { t } = useI18n();
  const { values, errors, onChange } = props;
  const text = useTextField(props);
  const direct = values.paymentMethod === 'direct-debit';
  return (
    <Stack gap="md">
      <Fieldset legend={t('client.section.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('legalName', t('client.legalName'), { required: true })}
          {text('siren', t('client.siren'), { required: true, hint: t('client.sirenHint') })}
          {text('siret', t('client.siret'), { hint: t('client.siretHint') })}
          {text('vatNumber', t('client.vatNumber'), { hint: t('client.vatHint') })}
          {text('email', t('client.email'), { type: 'email' })}
          {text('phone', t('client.phone'))}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('client.section.addresses')}>
        <Stack gap="sm">
          <AddressFields
            kind="billing"
            address={values.billing}
            errors={errors}
            onChange={(billing) => onChange({ billing })}
          />
          <Checkbox
            label={t('client.hasSite')}
            checked={values.hasSite}
            onChange={(event) => onChange({ hasSite: event.currentTarget.checked })}
            data-testid="client-form-has-site"
          />
          {values.hasSite && (
            <AddressFields kind="site" address={values.site} errors={errors} onChange={(site) => onChange({ site })} />
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('client.section.payment')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('client.paymentMethod')}
            value={values.paymentMethod}
            onChange={(event) => onChange({ paymentMethod: event.currentTarget.value as PaymentMethod })}
            data={PAYMENT_METHODS.map((method) => ({ value: method, label: t(`value.${method}`) }))}
            error={errors.paymentMethod}
            data-testid="client-form-paymentMethod"
          />
          {text('iban', t('client.iban'), {
            required: direct && values.maskedIban === null,
            ...(values.maskedIban ? { hint: t('client.maskedKept', { value: values.maskedIban }) } : {}),
          })}
          {text(
            'bic',
            t('client.bic'),
            values.maskedBic ? { hint: t('client.maskedKept', { value: values.maskedBic }) } : {},
          )}
          {direct &&
            text('mandateReference', t('client.mandateReference'), {
              required: true,
              hint: t('client.mandateReferenceHint'),
            })}
          {direct && text('mandateSignedOn', t('client.mandateSignedOn'), { required: true, type: 'date' })}
        </SimpleGrid>
        <Stack gap="xs" mt="md">
          <Checkbox
            label={t('client.publicBuyer')}
            checked={values.publicBuyer}
            onChange={(event) => onChange({ publicBuyer: event.currentTarget.checked })}
            data-testid="client-form-publicBuyer"
          />
          <Checkbox
            label={t('client.referenceOptOut')}
            checked={values.referenceOptOut}
            onChange={(event) => onChange({ referenceOptOut: event.currentTarget.checked })}
            data-testid="client-form-referenceOptOut"
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
