import { TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.ts';
import type { DraftLine } from './draft.ts';

interface FreeLineFieldsProps {
  index: number;
  line: DraftLine;
  errors: Record<string, string>;
  onChange: (changes: Partial<DraftLine>) => void;
}

/** The label and VAT rate of a free-text service line, which no catalogue item supplies (art. 6.8). */
export function FreeLineFields({ index, line, errors, onChange }: FreeLineFieldsProps) {
  const { t } = useI18n();
  const id = (field: string) => `line-${index}-${field}`;
  return (
    <>
      <TextInput
        label={t('editor.line.freeLabel')}
        required
        value={line.label}
        onChange={(event) => onChange({ label: event.currentTarget.value })}
        error={errors.label}
        errorProps={{ 'data-testid': `${id('label')}-error` }}
        style={{ flex: 1 }}
        data-testid={id('label')}
      />
      <TextInput
        label={t('editor.line.freeVatRate')}
        required
        value={line.vatRate}
        onChange={(event) => onChange({ vatRate: event.currentTarget.value })}
        rightSection="%"
        inputMode="decimal"
        error={errors.vatRatePercent}
        errorProps={{ 'data-testid': `${id('vatRate')}-error` }}
        w={110}
        data-testid={id('vatRate')}
      />
    </>
  );
}
