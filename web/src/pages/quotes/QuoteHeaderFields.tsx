import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { ClientPicker } from '../../components/ClientPicker.tsx';
import type { Lessor } from '../../types/quotes.ts';
import type { QuoteDraft } from './draft.ts';

interface QuoteHeaderFieldsProps {
  draft: QuoteDraft;
  lessors: readonly Lessor[];
  errors: Record<string, string>;
  onChange: (changes: Partial<QuoteDraft>) => void;
}

/** Client, subject, delivery lead time, validity (art. 3.1) and financing partner of a quote. */
export function QuoteHeaderFields({ draft, lessors, errors, onChange }: QuoteHeaderFieldsProps) {
  const { t } = useI18n();
  const hasRental = draft.lines.some((line) => line.kind === 'rental');
  const activeLessors = lessors.filter((lessor) => lessor.active || lessor.id === draft.lessorId);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <ClientPicker
        label={t('editor.client')}
        value={draft.clientId}
        onChange={(clientId) => onChange({ clientId })}
        error={errors.clientId}
        required
        testId="quote-client"
      />
      <TextInput
        label={<OptionalLabel>{t('editor.subject')}</OptionalLabel>}
        value={draft.subject}
        onChange={(event) => onChange({ subject: event.currentTarget.value })}
        error={errors.subject}
        data-testid="quote-subject"
      />
      <TextInput
        label={t('editor.deliveryLeadTime')}
        description={t('editor.deliveryLeadTimeHint')}
        value={draft.deliveryLeadTime}
        onChange={(event) => onChange({ deliveryLeadTime: event.currentTarget.value })}
        error={errors.deliveryLeadTime}
        errorProps={{ 'data-testid': 'quote-lead-time-error' }}
        withAsterisk
        data-testid="quote-lead-time"
      />
      <TextInput
        label={<OptionalLabel>{t('editor.validityDays')}</OptionalLabel>}
        description={t('editor.validityHint')}
        value={draft.validityDays}
        onChange={(event) => onChange({ validityDays: event.currentTarget.value })}
        inputMode="numeric"
        error={errors.validityDays}
        errorProps={{ 'data-testid': 'quote-validity-error' }}
        data-testid="quote-validity"
      />
      {(hasRental || draft.lessorId) && (
        <NativeSelect
          label={t('editor.lessor')}
          description={activeLessors.length === 0 ? t('editor.noLessor') : t('editor.lessorHint')}
          value={draft.lessorId}
          onChange={(event) => onChange({ lessorId: event.currentTarget.value })}
          data={[
            { value: '', label: t('editor.lessorNone') },
            ...activeLessors.map((lessor) => ({ value: lessor.id, label: lessor.name })),
          ]}
          error={errors.lessorId}
          data-testid="quote-lessor"
        />
      )}
    </SimpleGrid>
  );
}
