import { Box, type BoxProps, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import type { Column, DataAttributes } from './DataTable.tsx';

/** Below this width (Mantine's `xs`, 576 px) a list is read as cards: a phone held upright. */
export const PHONE_QUERY = '(max-width: 35.99em)';

/** True on a phone-sized viewport (read at once, so the first paint is already the right layout). */
export function usePhoneLayout(): boolean {
  return useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false }) ?? false;
}

const INTERACTIVE = 'a, button, input, select, textarea, label, [role="button"]';

interface CardListProps<T> {
  rows: readonly T[];
  columns: ReadonlyArray<Column<T>>;
  rowKey: (row: T) => string;
  rowProps?: ((row: T) => DataAttributes) | undefined;
  onRowClick?: ((row: T) => void) | undefined;
  testId: string;
}

/**
 * The rows of a table as cards, one per row, each cell a "label — value" line: nothing is wider
 * than the screen (the portal at 390 px), every figure keeps its label. The row's and the cells'
 * data attributes are kept, so the same tests find the same values in either layout.
 */
export function CardList<T>({ rows, columns, rowKey, rowProps, onRowClick, testId }: CardListProps<T>) {
  const click = onRowClick
    ? (row: T) => (event: MouseEvent<HTMLDivElement>) => {
        if ((event.target as Element).closest(INTERACTIVE)) return;
        onRowClick(row);
      }
    : undefined;
  return (
    <Stack gap="xs" data-testid={testId} data-layout="cards">
      {rows.map((row) => (
        <Paper
          key={rowKey(row)}
          withBorder
          radius="md"
          p="sm"
          {...rowProps?.(row)}
          onClick={click?.(row)}
          style={click ? { cursor: 'pointer' } : undefined}
        >
          <Stack gap={4}>
            {columns.map((column) => (
              <Box
                key={column.key}
                style={{ display: 'flex', justifyContent: 'space-between', gap: 12, alignItems: 'baseline' }}
              >
                {column.header ? (
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                    {column.header}
                  </Text>
                ) : null}
                <CardValue props={column.cellProps?.(row) as (BoxProps & DataAttributes) | undefined}>
                  {column.cell(row)}
                </CardValue>
              </Box>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** A cell's value in a card: right-aligned, wrapping anywhere rather than widening the card; the cell's own props kept. */
function CardValue({ props, children }: { props: (BoxProps & DataAttributes) | undefined; children: ReactNode }) {
  const { style, ...rest } = (props ?? {}) as BoxProps & DataAttributes & { style?: CSSProperties };
  return (
    <Box
      fz="sm"
      ta="right"
      {...rest}
      style={{ minWidth: 0, overflowWrap: 'anywhere', marginLeft: 'auto', ...style, whiteSpace: 'normal' }}
    >
      {children}
    </Box>
  );
}
