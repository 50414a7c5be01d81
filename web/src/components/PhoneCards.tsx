import { Table } from '@mantine/core';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { usePhoneLayout } from './CardList.tsx';
import classes from './phone-cards.module.css';

/**
 * Wraps a table: on a wide screen it scrolls inside its box below `minWidth` (Table.ScrollContainer);
 * on a phone its rows become cards, each cell labelled by its column header, so the page never
 * scrolls sideways (the portal at 390 px). The labels are copied from the header into each cell's
 * data-label after every render, so a table needs no change to be read on a phone.
 */
export function PhoneCards({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  const phone = usePhoneLayout();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!phone || !ref.current) return;
    for (const table of ref.current.querySelectorAll('table')) {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      for (const row of table.querySelectorAll('tbody tr'))
        [...row.children].forEach((cell, i) => {
          if (headers[i]) cell.setAttribute('data-label', headers[i]);
        });
    }
  });
  if (!phone) return <Table.ScrollContainer minWidth={minWidth}>{children}</Table.ScrollContainer>;
  return (
    <div ref={ref} className={classes.cards} data-layout="cards">
      {children}
    </div>
  );
}
