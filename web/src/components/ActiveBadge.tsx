import { Badge } from '@mantine/core';

/** Whether a row is in use (teal) or not (gray): a lessor, a user, a catalogue item. */
export function ActiveBadge({
  active,
  label,
  testId,
  status,
}: {
  active: boolean;
  label: string;
  testId?: string;
  status?: string;
}) {
  return (
    <Badge variant="light" color={active ? 'teal' : 'gray'} data-testid={testId} data-status={status}>
      {label}
    </Badge>
  );
}
