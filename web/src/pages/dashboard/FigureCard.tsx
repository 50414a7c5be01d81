import { Paper, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** One figure of the dashboard; the whole card links to the filtered list behind it. */
export function FigureCard({
  label,
  value,
  detail,
  to,
  testId,
  alert = false,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  to: string;
  testId: string;
  /** Drawn in red when something waits (a count above zero that needs acting on). */
  alert?: boolean;
}) {
  return (
    <UnstyledButton component={Link} to={to} data-testid={testId} style={{ display: 'block' }}>
      <Paper withBorder radius="md" p="md" h="100%">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fw={700} size="xl" c={alert ? 'red.7' : undefined} data-testid={`${testId}-value`}>
          {value}
        </Text>
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}
