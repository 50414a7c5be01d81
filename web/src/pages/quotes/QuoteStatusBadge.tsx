import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.ts';
import type { QuoteStatus } from '../../types/quotes.ts';

const COLORS: Record<QuoteStatus, string> = {
  draft: 'gray',
  issued: 'blue',
  accepted: 'teal',
  refused: 'red',
  expired: 'orange',
  superseded: 'gray',
};

/** The state of a quote in words (draft → issued → accepted | refused | expired; superseded). */
export function QuoteStatusBadge({ status, testId = 'quote-status' }: { status: QuoteStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Badge variant="light" color={COLORS[status]} data-testid={testId} data-status={status}>
      {t(`quote.status.${status}`)}
    </Badge>
  );
}
