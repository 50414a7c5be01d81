import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.ts';
import type { BankLineStatus } from '../../types/payments.ts';

const COLORS: Record<BankLineStatus, string> = {
  proposed: 'blue',
  unmatched: 'orange',
  confirmed: 'teal',
  ignored: 'gray',
};

/** A bank line's state: match proposed, no match, confirmed (payment recorded) or ignored. */
export function BankLineStatusBadge({ status, count }: { status: BankLineStatus; count?: number }) {
  const { t } = useI18n();
  return (
    <Badge size="sm" variant="light" color={COLORS[status]} data-testid="bank-line-status" data-status={status}>
      {t(`bankLine.status.${status}`)}
      {count !== undefined ? ` ${count}` : ''}
    </Badge>
  );
}
