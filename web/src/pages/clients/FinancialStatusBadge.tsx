import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.ts';
import type { FinancialStatus } from '../../types/clients.ts';

const COLORS: Record<FinancialStatus, string> = { normal: 'teal', watch: 'orange', 'prepayment-required': 'red' };

/** Normal / under watch / prepayment required (art. 10.1, 15.2). */
export function FinancialStatusBadge({
  status,
  testId = 'client-financial-status',
}: {
  status: FinancialStatus;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Badge variant="light" color={COLORS[status]} data-testid={testId} data-status={status}>
      {t(`client.financial.${status}`)}
    </Badge>
  );
}
