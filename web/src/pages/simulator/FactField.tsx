import { Checkbox, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import type { FieldKind, FieldSpec } from './schemaForm.ts';
import { humanize, isAmount, isTriState } from './schemaForm.ts';

const INPUT_TYPES: Partial<Record<FieldKind, string>> = {
  date: 'date',
  datetime: 'datetime-local',
  integer: 'number',
  number: 'number',
};

/** The label of a fact: from the dictionaries, else the schema title, else the humanized name. */
export function useFactLabel(): (spec: FieldSpec) => string {
  const { tx } = useI18n();
  return (spec) => tx(`fact.${spec.name}`, humanize(spec.name));
}

interface FactFieldProps {
  spec: FieldSpec;
  /** Key in the form and in error paths, e.g. `payments.0.date`; test-ids use dashes. */
  path: string;
  value: string | boolean;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
  /** Label hidden visually (rows of a repeatable table keep an aria-label). */
  compact?: boolean;
}

/** One input generated from a schema property: date, number, checkbox, select or text. */
export function FactField({ spec, path, value, error, onChange, compact = false }: FactFieldProps) {
  const { t, tx } = useI18n();
  const label = useFactLabel()(spec);
  const testId = `fact-${path.replace(/\./g, '-')}`;
  const plainLabel = spec.required || (spec.kind === 'boolean' && !isTriState(spec));
  const shown = compact ? undefined : plainLabel ? label : <OptionalLabel>{label}</OptionalLabel>;
  const common = {
    label: shown,
    'aria-label': compact ? label : undefined,
    error,
    errorProps: { 'data-testid': `${testId}-error` },
    withAsterisk: spec.required && !compact,
    'data-testid': testId,
  };

  if (isTriState(spec)) {
    return (
      <NativeSelect
        {...common}
        value={typeof value === 'string' ? value : String(value)}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={[
          { value: '', label: t('simulator.unset') },
          { value: 'true', label: t('common.yes') },
          { value: 'false', label: t('common.no') },
        ]}
      />
    );
  }

  if (spec.kind === 'boolean') {
    return (
      <Checkbox
        label={compact ? undefined : label}
        aria-label={compact ? label : undefined}
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        error={error}
        data-testid={testId}
        mt={compact ? 0 : 'lg'}
      />
    );
  }

  const text = typeof value === 'string' ? value : '';
  const hints: string[] = [];
  if (spec.description && !compact) hints.push(spec.description);
  if (spec.defaultValue !== undefined && text === '')
    hints.push(t('simulator.defaultHint', { value: String(spec.defaultValue) }));

  const description = hints.length > 0 ? hints.join(' · ') : undefined;

  if (spec.kind === 'enum') {
    const options = spec.options.map((option) => ({
      value: String(option),
      label: tx(`value.${String(option)}`, String(option)),
    }));
    return (
      <NativeSelect
        {...common}
        description={description}
        value={text}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={spec.required ? options : [{ value: '', label: t('common.none') }, ...options]}
      />
    );
  }

  if (spec.kind === 'json') {
    return (
      <Textarea
        {...common}
        description={description}
        value={text}
        onChange={(event) => onChange(event.currentTarget.value)}
        autosize
        minRows={2}
        ff="monospace"
      />
    );
  }

  // Amounts are typed in euros ("1 200,50"), never in cents (schemaForm converts them).
  const amount = isAmount(spec);
  const inputType = amount ? 'text' : (INPUT_TYPES[spec.kind] ?? 'text');
  return (
    <TextInput
      {...common}
      description={description}
      type={inputType}
      step={amount ? undefined : spec.kind === 'integer' ? 1 : spec.kind === 'number' ? 'any' : undefined}
      min={amount ? undefined : spec.minimum}
      max={!amount && spec.maximum !== undefined && spec.maximum < Number.MAX_SAFE_INTEGER ? spec.maximum : undefined}
      inputMode={
        amount ? 'decimal' : spec.kind === 'integer' ? 'numeric' : spec.kind === 'number' ? 'decimal' : undefined
      }
      rightSection={amount ? '€' : undefined}
      value={text}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
