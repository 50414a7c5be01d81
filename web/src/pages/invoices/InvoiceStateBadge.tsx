import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.ts';

const COLORS: Record<string, string> = {
  draft: 'gray',
  'credit-note': 'grape',
  paid: 'teal',
  overdue: 'red',
  due: 'orange',
  'not-due': 'blue',
};

/** Where an invoice stands today: draft, credit note, paid, overdue, payable at once (10.3) or not yet due. */
export function InvoiceStateBadge({ state, testId = 'invoice-state' }: { state: string; testId?: string }) {
  const { tx } = useI18n();
  return (
    <Badge variant="light" color={COLORS[state] ?? 'gray'} c="dark.8" data-testid={testId} data-state={state}>
      {tx(`invoice.state.${state}`, state)}
    </Badge>
  );
}
