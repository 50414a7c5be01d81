import type { ReactNode } from 'react';
import { SimpleGrid, Text } from '@mantine/core';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
  hidden?: boolean;
}

/** Label/value pairs in a responsive grid (identity, dates, references). */
export function Facts({ items, cols = 3 }: { items: readonly Fact[]; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: cols }} spacing="md" verticalSpacing="sm">
      {items
        .filter((item) => !item.hidden)
        .map((item) => (
          <div key={item.label}>
            <Text size="xs" c="dimmed" fw={600}>
              {item.label}
            </Text>
            <Text size="sm" component="div" data-testid={item.testId} style={{ overflowWrap: 'anywhere' }}>
              {item.value ?? '—'}
            </Text>
          </div>
        ))}
    </SimpleGrid>
  );
}
