import { Stack, Text } from '@mantine/core';
import type { SlotCheck } from '../../data/interventions.ts';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** What the server says of a slot: within ALLEO working days and hours or not, and the surcharge (6.9). */
export function SlotSummary({ slot }: { slot: SlotCheck }) {
  const { t, pick } = useI18n();
  return (
    <Stack gap={2} data-testid="slot-summary" data-off-hours={slot.offHours}>
      <Text size="sm">
        {slot.offHours
          ? t('interventions.slot.offHours', { reasons: slot.reasons.map((r) => pick(r)).join(', ') })
          : t('interventions.slot.inHours', { start: slot.workingHours.start, end: slot.workingHours.end })}
      </Text>
      {slot.offHours && (
        <Text size="sm" fw={600} data-testid="slot-surcharge">
          {t('interventions.slot.surcharge', {
            percent: slot.surchargePercent ?? '0',
            amount: formatEur(slot.surchargeCents),
          })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('interventions.slot.confirmBy', { date: formatDate(slot.confirmBy) })} ·{' '}
        {t('common.article', { number: '6.9' })}
      </Text>
    </Stack>
  );
}
