import { Table, type TableTdProps } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { Empty } from './QueryState.tsx';
import { CardList, usePhoneLayout } from './CardList.tsx';

/** `data-*` attributes for the tests and the styles (`data-testid`, `data-status`…). */
export type DataAttributes = { [name: `data-${string}`]: string | number | boolean | null | undefined };

/** One column of a DataTable: its header and how a row fills its cell. */
export interface Column<T> {
  /** Unique among the columns (React key). */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned header and cell (amounts, actions). */
  align?: 'right';
  /** Keeps the cell on one line. */
  nowrap?: boolean;
  /** More props of the cell: data attributes, font… */
  cellProps?: (row: T) => Omit<TableTdProps, 'children'> & DataAttributes;
}

interface DataTableProps<T> {
  rows: readonly T[];
  /** The columns in order; `false` leaves one out (e.g. `canWrite && actionsColumn`). */
  columns: ReadonlyArray<Column<T> | false>;
  rowKey: (row: T) => string;
  /** Data attributes of each row. */
  rowProps?: (row: T) => DataAttributes;
  /** Makes the whole row open something (a click on a link or a button inside keeps its own action). */
  onRowClick?: (row: T) => void;
  /** Shown instead of the table when there is no row. */
  empty: { title: string; testId?: string };
  testId: string;
  minWidth: number;
  verticalSpacing?: 'xs' | 'sm';
  /** On a phone the rows become cards (label: value); `false` keeps the table (scrolling inside its box). */
  cardsOnPhone?: boolean;
}

const INTERACTIVE = 'a, button, input, select, textarea, label, [role="button"]';

/** The list table of the back-office (striped, hover, scrolls horizontally below `minWidth`). */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  rowProps,
  onRowClick,
  empty,
  testId,
  minWidth,
  verticalSpacing = 'sm',
  cardsOnPhone = true,
}: DataTableProps<T>) {
  const phone = usePhoneLayout();
  if (rows.length === 0) return <Empty title={empty.title} {...(empty.testId ? { testId: empty.testId } : {})} />;
  const shown = columns.filter((column): column is Column<T> => column !== false);
  if (phone && cardsOnPhone)
    return (
      <CardList
        rows={rows}
        columns={shown}
        rowKey={rowKey}
        rowProps={rowProps}
        onRowClick={onRowClick}
        testId={testId}
      />
    );
  const click = onRowClick
    ? (row: T) => (event: MouseEvent<HTMLTableRowElement>) => {
        if ((event.target as Element).closest(INTERACTIVE)) return;
        onRowClick(row);
      }
    : undefined;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing={verticalSpacing} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {shown.map((column) => (
              <Table.Th key={column.key} ta={column.align}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={rowKey(row)}
              {...rowProps?.(row)}
              onClick={click?.(row)}
              style={click ? { cursor: 'pointer' } : undefined}
            >
              {shown.map((column) => (
                <Table.Td
                  key={column.key}
                  ta={column.align}
                  style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                  {...column.cellProps?.(row)}
                >
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
