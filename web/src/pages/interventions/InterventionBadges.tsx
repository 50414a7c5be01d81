import { Badge, Group } from '@mantine/core';
import type { Intervention } from '../../data/interventions.ts';
import { useI18n } from '../../i18n/i18n.ts';

const STATUS_COLOR: Record<string, string> = {
  scheduled: 'blue',
  'to-reschedule': 'orange',
  cancelled: 'gray',
  completed: 'teal',
  received: 'green',
};
const CONFIRMATION_COLOR: Record<string, string> = { pending: 'yellow', guaranteed: 'green', 'not-guaranteed': 'red' };

/** Status and confirmation (art. 6.9) of an intervention. */
export function InterventionBadges({
  intervention,
}: {
  intervention: Pick<Intervention, 'status' | 'confirmation' | 'offHours'>;
}) {
  const { tx } = useI18n();
  return (
    <Group gap={4} wrap="wrap">
      <Badge
        size="sm"
        variant="light"
        color={STATUS_COLOR[intervention.status] ?? 'gray'}
        data-testid="intervention-status"
      >
        {tx(`interventions.status.${intervention.status}`, intervention.status)}
      </Badge>
      {intervention.status === 'scheduled' && (
        <Badge
          size="sm"
          variant="dot"
          color={CONFIRMATION_COLOR[intervention.confirmation] ?? 'gray'}
          data-testid="intervention-confirmation"
        >
          {tx(`interventions.confirmation.${intervention.confirmation}`, intervention.confirmation)}
        </Badge>
      )}
      {intervention.offHours && (
        <Badge size="sm" variant="outline" color="grape">
          {tx('interventions.offHours', 'off-hours')}
        </Badge>
      )}
    </Group>
  );
}
