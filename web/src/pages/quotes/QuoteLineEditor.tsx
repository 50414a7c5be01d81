import {
  ActionIcon,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { CatalogueItemPicker } from '../../components/CatalogueItemPicker.tsx';
import { formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { CatalogueItem } from '../../types/catalogue.ts';
import { LINE_KINDS } from '../../types/quotes.ts';
import type { LineKind } from '../../types/quotes.ts';
import { asFree, fitsKind, withItem } from './draft.ts';
import { FreeLineFields } from './FreeLineFields.tsx';
import type { DraftLine } from './draft.ts';

interface QuoteLineEditorProps {
  index: number;
  line: DraftLine;
  items: readonly CatalogueItem[];
  netCents: number | null;
  /** Server field errors of this line, keyed by field name (`quantity`, `catalogueItemId`…). */
  errors: Record<string, string>;
  onChange: (line: DraftLine) => void;
  onRemove?: () => void;
  /** An item found by the picker's search (the editor prices the line with it). */
  onItemPicked?: (item: CatalogueItem) => void;
}

/** One line of the quote editor: kind, catalogue item, quantities and prices, its live net. */
export function QuoteLineEditor({
  index,
  line,
  items,
  netCents,
  errors,
  onChange,
  onRemove,
  onItemPicked,
}: QuoteLineEditorProps) {
  const { t } = useI18n();
  const item = items.find((candidate) => candidate.id === line.catalogueItemId);
  const id = (field: string) => `line-${index}-${field}`;
  const set = (changes: Partial<DraftLine>) => onChange({ ...line, ...changes });
  const field = (
    name: Exclude<keyof DraftLine, 'free'>,
    label: string,
    errorPath: string,
    extra: { suffix?: ReactNode; hint?: string } = {},
  ) => (
    <TextInput
      label={label}
      description={extra.hint}
      value={line[name]}
      onChange={(event) => set({ [name]: event.currentTarget.value })}
      rightSection={extra.suffix}
      inputMode="decimal"
      error={errors[errorPath]}
      errorProps={{ 'data-testid': `${id(name)}-error` }}
      data-testid={id(name)}
    />
  );

  const changeKind = (kind: LineKind) => {
    const keep = item && fitsKind(item, kind);
    onChange({
      ...withItem(line, keep ? item : undefined),
      kind,
      // Only a service is typed free (art. 6.8): a sale or a rental needs its catalogue item.
      free: kind === 'service' && line.free,
      months: kind === 'rental' ? line.months || '36' : line.months,
    });
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid={`line-${index}`} data-kind={line.kind}>
      <Stack gap="sm">
        <Group align="flex-end" wrap="nowrap" gap="sm">
          <Text fw={700} c="dimmed" w={24} pb={8}>
            {index + 1}
          </Text>
          <NativeSelect
            label={t('editor.line.kind')}
            value={line.kind}
            onChange={(event) => changeKind(event.currentTarget.value as LineKind)}
            data={LINE_KINDS.map((kind) => ({ value: kind, label: t(`lines.kind.${kind}`) }))}
            w={150}
            data-testid={id('kind')}
          />
          {line.free ? (
            <FreeLineFields index={index} line={line} errors={errors} onChange={set} />
          ) : (
            <CatalogueItemPicker
              label={t('editor.line.item')}
              value={line.catalogueItemId}
              current={item}
              fits={(candidate) => fitsKind(candidate, line.kind)}
              onPicked={(picked) => {
                if (picked) onItemPicked?.(picked);
                onChange(withItem(line, picked));
              }}
              error={errors.catalogueItemId}
              testId={id('item')}
            />
          )}
          {onRemove && (
            <Tooltip label={t('editor.line.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                onClick={onRemove}
                aria-label={t('editor.line.remove')}
                data-testid={id('remove')}
              >
                ✕
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: line.kind === 'rental' ? 6 : 4 }} spacing="sm">
          {field('quantity', t('editor.line.quantity'), 'quantity')}
          {line.kind === 'rental' ? (
            <>
              {field('rent', t('editor.line.rent'), 'rentCents', { suffix: '€' })}
              {field('maintenanceFee', t('editor.line.maintenanceFee'), 'maintenanceFeeCents', { suffix: '€' })}
              {field('months', t('editor.line.months'), 'rentalMonths')}
            </>
          ) : (
            field('unitPrice', t('editor.line.unitPrice'), 'unitPriceCents', { suffix: '€' })
          )}
          {field('discount', t('editor.line.discount'), 'discountPercent', { suffix: '%' })}
          {item?.solutionKind === 'virtualized' &&
            field('licensedUsers', t('editor.line.licensedUsers'), 'licensedUsers', {
              hint: t('editor.line.licensedUsersHint', { users: item.licenceUsers ?? 1 }),
            })}
        </SimpleGrid>
        {line.kind === 'service' && (
          <Switch
            label={t('editor.line.free')}
            checked={line.free}
            onChange={(event) => onChange(asFree(line, event.currentTarget.checked))}
            data-testid={id('free')}
          />
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {item ? t('editor.line.vatRate', { rate: item.vatRatePercent.replace('.', ',') }) : ''}
          </Text>
          <Text size="sm">
            {t('editor.line.net')}{' '}
            <Text span fw={700} data-testid={id('net')}>
              {netCents === null ? t('common.none') : formatEur(netCents)}
            </Text>
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
