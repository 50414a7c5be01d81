import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { useVatRates } from '../../data/catalogue.ts';
import { formatPercent, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ITEM_KINDS, OFFER_LINES, SOLUTION_KINDS } from '../../types/catalogue.ts';
import type { ItemKind, OfferLine, SolutionKind } from '../../types/catalogue.ts';
import type { ItemFormValues } from './catalogue-form.ts';

const SERVICE_CATEGORIES = [
  'diagnostic',
  'installation',
  'training',
  'maintenance-ticket',
  'rental-maintenance',
  'other',
] as const;
type TextField =
  | 'name'
  | 'sku'
  | 'manufacturer'
  | 'category'
  | 'indicativePrice'
  | 'monthlyRent'
  | 'maintenanceFee'
  | 'warrantyMonths'
  | 'licenceUsers'
  | 'lateCancellationIndemnity'
  | 'offHoursSurchargePercent';
/** The API field each input reports its errors under. */
const PATH: Record<TextField, string> = {
  name: 'name',
  sku: 'sku',
  manufacturer: 'manufacturer',
  category: 'category',
  indicativePrice: 'indicativePriceCents',
  monthlyRent: 'monthlyRentCents',
  maintenanceFee: 'maintenanceFeeCents',
  warrantyMonths: 'warrantyMonths',
  licenceUsers: 'licenceUsers',
  lateCancellationIndemnity: 'lateCancellationIndemnityCents',
  offHoursSurchargePercent: 'offHoursSurchargePercent',
};
export const ITEM_FIELD_PATHS = [
  ...Object.values(PATH),
  'kind',
  'offerLine',
  'solutionKind',
  'description',
  'vatRatePercent',
  'rentable',
];

interface Props {
  values: ItemFormValues;
  creating: boolean;
  errors: Record<string, string>;
  onChange: (changes: Partial<ItemFormValues>) => void;
}

/** The fields of a catalogue item; those of products and of services differ (art. 5, 6, 8). */
export function CatalogueItemFields({ values, creating, errors, onChange }: Props) {
  const { t } = useI18n();
  const rates = useVatRates(todayInParis());
  const product = values.kind === 'product';
  const text = (name: TextField, label: string, options: { required?: boolean; suffix?: string } = {}) => (
    <TextInput
      label={options.required ? label : <OptionalLabel>{label}</OptionalLabel>}
      value={values[name]}
      onChange={(event) => onChange({ [name]: event.currentTarget.value })}
      rightSection={options.suffix}
      error={errors[PATH[name]]}
      withAsterisk={options.required}
      data-testid={`item-form-${name}`}
    />
  );
  const rateOptions = (rates.data?.items ?? []).map((rate) => ({
    value: rate.ratePercent,
    label: `${formatPercent(rate.ratePercent)} — ${rate.label}`,
  }));
  if (!rateOptions.some((option) => option.value === values.vatRatePercent))
    rateOptions.push({ value: values.vatRatePercent, label: formatPercent(values.vatRatePercent) });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {creating && (
          <NativeSelect
            label={t('catalogue.col.kind')}
            value={values.kind}
            onChange={(e) => onChange({ kind: e.currentTarget.value as ItemKind, category: '' })}
            data={ITEM_KINDS.map((v) => ({ value: v, label: t(`catalogue.kind.${v}`) }))}
            data-testid="item-form-kind"
          />
        )}
        {text('name', t('catalogue.col.name'), { required: true })}
        {text('sku', t('catalogue.sku'), { required: true })}
        {text('manufacturer', t('catalogue.manufacturer'))}
        {product ? (
          text('category', t('catalogue.category'), { required: true })
        ) : (
          <NativeSelect
            label={t('catalogue.category')}
            value={values.category}
            onChange={(e) => onChange({ category: e.currentTarget.value })}
            data={[
              { value: '', label: '—' },
              ...SERVICE_CATEGORIES.map((v) => ({ value: v, label: t(`catalogue.service.${v}`) })),
            ]}
            error={errors.category}
            data-testid="item-form-category"
          />
        )}
        <NativeSelect
          label={t('catalogue.col.offer')}
          value={values.offerLine}
          onChange={(e) => onChange({ offerLine: e.currentTarget.value as OfferLine | '' })}
          data={[
            { value: '', label: t('catalogue.offer.none') },
            ...OFFER_LINES.map((v) => ({ value: v, label: t(`catalogue.offer.${v}`) })),
          ]}
          error={errors.offerLine}
          data-testid="item-form-offerLine"
        />
        {product && (
          <NativeSelect
            label={t('catalogue.solutionKind')}
            value={values.solutionKind}
            onChange={(e) => onChange({ solutionKind: e.currentTarget.value as SolutionKind })}
            data={SOLUTION_KINDS.map((v) => ({ value: v, label: t(`catalogue.solution.${v}`) }))}
            error={errors.solutionKind}
            data-testid="item-form-solutionKind"
          />
        )}
        {text('indicativePrice', t('catalogue.indicativePrice'), { required: true, suffix: '€' })}
        <NativeSelect
          label={t('catalogue.col.vat')}
          value={values.vatRatePercent}
          onChange={(e) => onChange({ vatRatePercent: e.currentTarget.value })}
          data={rateOptions}
          error={errors.vatRatePercent}
          data-testid="item-form-vatRatePercent"
        />
        {product && text('warrantyMonths', t('catalogue.warrantyMonths'))}
        {product &&
          values.solutionKind === 'virtualized' &&
          text('licenceUsers', t('catalogue.licenceUsers'), { required: true })}
        {!product && text('lateCancellationIndemnity', t('catalogue.lateCancellationIndemnity'), { suffix: '€' })}
        {!product && text('offHoursSurchargePercent', t('catalogue.offHoursSurcharge'), { suffix: '%' })}
      </SimpleGrid>
      {product && values.solutionKind === 'hardware' && (
        <>
          <Checkbox
            label={t('catalogue.rentable')}
            checked={values.rentable}
            onChange={(e) => onChange({ rentable: e.currentTarget.checked })}
            error={errors.rentable}
            data-testid="item-form-rentable"
          />
          {values.rentable && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {text('monthlyRent', t('catalogue.monthlyRent'), { required: true, suffix: '€' })}
              {text('maintenanceFee', t('catalogue.maintenanceFee'), { suffix: '€' })}
            </SimpleGrid>
          )}
        </>
      )}
      <Textarea
        label={<OptionalLabel>{t('catalogue.description')}</OptionalLabel>}
        value={values.description}
        onChange={(e) => onChange({ description: e.currentTarget.value })}
        error={errors.description}
        autosize
        minRows={2}
        data-testid="item-form-description"
      />
    </Stack>
  );
}
