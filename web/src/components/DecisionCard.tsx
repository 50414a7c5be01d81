import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { ApiError } from '../api.ts';
import type { Decision } from '../api-types.ts';
import { useI18n } from '../i18n/i18n.ts';

/** The decision a refusal carries in its problem body (409 of quote.acceptance, contract changes…). */
export function problemDecision(error: unknown): Decision | null {
  if (!(error instanceof ApiError)) return null;
  const decision = (error.problem as unknown as { decision?: Decision }).decision;
  return decision && typeof decision === 'object' && 'outcome' in decision ? decision : null;
}

const POSITIVE = new Set(['accepted', 'allowed', 'valid', 'approved', 'in-time', 'on-time', 'not-due', 'paid-on-time']);

/** True for an outcome that lets the action go ahead (shown in green). */
export const isPositiveOutcome = (outcome: string) => POSITIVE.has(outcome);

/** A decision of the rules: outcome, the article and terms version cited, and why. */
export function DecisionCard({ decision, testId = 'decision' }: { decision: Decision; testId?: string }) {
  const { t, outcome, pick } = useI18n();
  const positive = isPositiveOutcome(decision.outcome);
  return (
    <Alert
      color={positive ? 'teal' : 'red'}
      variant="light"
      data-testid={testId}
      data-outcome={decision.outcome}
      role="status"
    >
      <Stack gap={6}>
        <Group gap="sm">
          <Badge color={positive ? 'teal' : 'red'} data-testid={`${testId}-outcome`}>
            {outcome(decision)}
          </Badge>
          <Text size="sm" fw={600} c="indigo.9" data-testid={`${testId}-citation`}>
            {t('decision.citation', { article: decision.citation.article, version: decision.citation.termsVersion })}
          </Text>
        </Group>
        <Text size="sm" data-testid={`${testId}-explanation`}>
          {pick(decision.explanation)}
        </Text>
      </Stack>
    </Alert>
  );
}
