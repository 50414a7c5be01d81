import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Decision, TermsParameter } from '../../api-types.ts';
import { PeriodsTable, isPeriod } from '../../components/PeriodsTable.tsx';
import { useFormatValue } from '../../components/formatValue.ts';
import { findArticle, useTermsDetail } from '../../data/terms.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** Decision keys shown in their own blocks, not in the generic details table. */
const COMMON_KEYS = new Set(['rule', 'asOf', 'outcome', 'citation', 'explanation', 'parameters', 'periods']);

const POSITIVE = new Set([
  'valid',
  'accepted',
  'in-time',
  'guaranteed',
  'free',
  'not-due',
  'paid-on-time',
  'on-time',
  'cured',
  'ended',
  'capped',
  'protected',
  'active',
  'retain',
  'amicable',
  'allowed',
  'no-overdue-invoice',
  'not-required',
  'release-allowed',
  'unchanged',
  'within-licence',
]);
const NEGATIVE = new Set([
  'expired',
  'refused',
  'late',
  'deemed-accepted',
  'not-guaranteed',
  'full',
  'paid-late',
  'returned-late',
  'terminable',
  'out-of-time',
  'invalid-form',
  'uncapped',
  'erase',
  'court',
  'accelerated',
  'prepayment-required',
  'release-refused',
  'cancelled',
  'over-usage',
]);
const WARNING = new Set(['pending', 'indemnity', 'cure-period', 'suspended', 'due', 'in-force', 'rerated']);

/** Badge colour of an outcome: green when nothing is owed or lost, red when a right is lost or a sum due. */
function outcomeColor(outcome: string): string {
  if (POSITIVE.has(outcome)) return 'teal';
  if (NEGATIVE.has(outcome)) return 'red';
  if (WARNING.has(outcome)) return 'orange';
  return 'gray';
}

function KeyValueTable({ rows, testId }: { rows: { key: string; label: string; value: string }[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Table withTableBorder verticalSpacing={6} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('decision.field')}</Table.Th>
          <Table.Th>{t('decision.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} data-testid={`${testId}-${row.key}`}>
            <Table.Td>{row.label}</Table.Td>
            <Table.Td fw={600}>{row.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A rule decision: outcome, citation and article, explanation, details, periods, parameters. */
export function DecisionView({ decision }: { decision: Decision }) {
  const { t, tx, outcome, pick } = useI18n();
  const terms = useTermsDetail(decision.citation.termsVersion);
  const article = terms.data ? findArticle(terms.data.articles, decision.citation.article) : undefined;
  const parameterLabels = new Map((terms.data?.parameters ?? []).map((p: TermsParameter) => [p.key, pick(p.label)]));
  const format = useFormatValue();

  const fields = Object.entries(decision)
    .filter(([key]) => !COMMON_KEYS.has(key))
    .map(([key, value]) => ({
      key,
      label: tx(`field.${key}`, key),
      value: key === 'capCents' && value === null ? t('decision.uncapped') : format(key, value),
    }));
  const parameters = Object.entries(decision.parameters ?? {}).map(([key, value]) => ({
    key,
    label: parameterLabels.get(key) ?? key,
    value: format(key, value),
  }));
  const periods = Array.isArray(decision.periods) ? decision.periods.filter(isPeriod) : [];

  return (
    <Paper withBorder radius="md" p="lg" data-testid="decision" data-outcome={decision.outcome}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3}>{t('decision.title')}</Title>
            <Text size="xs" c="dimmed" ff="monospace">
              {decision.rule} · {t('decision.asOf', { date: formatDate(decision.asOf) })}
            </Text>
          </div>
          <Badge
            size="lg"
            color={outcomeColor(decision.outcome)}
            data-testid="decision-outcome"
            data-outcome={decision.outcome}
          >
            {outcome(decision)}
          </Badge>
        </Group>

        <Paper bg="gray.0" p="sm" radius="sm">
          <Text fw={700} data-testid="decision-citation">
            {t('decision.citation', { article: decision.citation.article, version: decision.citation.termsVersion })}
          </Text>
          {article && (
            <div data-testid="decision-article">
              <Text size="sm" fw={600}>
                {pick(article.title)}
              </Text>
              <Text size="sm" c="dimmed">
                {pick(article.summary)}
              </Text>
            </div>
          )}
        </Paper>

        <Alert variant="light" color="blue" title={t('decision.explanation')} data-testid="decision-explanation">
          {pick(decision.explanation)}
        </Alert>

        {fields.length > 0 && (
          <div>
            <Text fw={600} size="sm" mb={6}>
              {t('decision.fields')}
            </Text>
            <KeyValueTable rows={fields} testId="decision-fields" />
          </div>
        )}

        {periods.length > 0 && <PeriodsTable periods={periods} totalCents={decision.interestCents} />}

        {parameters.length > 0 && (
          <div>
            <Text fw={600} size="sm" mb={6}>
              {t('decision.parameters')}
            </Text>
            <KeyValueTable rows={parameters} testId="decision-parameters" />
          </div>
        )}
      </Stack>
    </Paper>
  );
}
