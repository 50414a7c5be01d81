import { NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { useArticleLabel } from '../../components/formatValue.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useRules } from '../../data/rules.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { RuleForm } from './RuleForm.tsx';

/** Rule simulator: pick a rule (kept in `?rule=`), fill its facts, read the decision. */
export function SimulatorPage() {
  const { t, pick } = useI18n();
  const articleLabel = useArticleLabel();
  const rules = useRules();
  const [params, setParams] = useSearchParams();
  const items = rules.data?.items ?? [];
  const rule = items.find((item) => item.id === params.get('rule')) ?? items[0];

  return (
    <>
      <PageHeader title={t('simulator.title')} subtitle={t('simulator.subtitle')} />
      {rules.isPending ? (
        <Loading />
      ) : rules.isError ? (
        <ProblemAlert error={rules.error} onRetry={() => void rules.refetch()} testId="sim-rules-error" />
      ) : !rule ? (
        <Paper withBorder radius="md" p="md">
          <Empty title={t('simulator.noRules')} />
        </Paper>
      ) : (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="lg">
            <NativeSelect
              label={t('simulator.rule')}
              value={rule.id}
              onChange={(event) => setParams({ rule: event.currentTarget.value }, { replace: true })}
              data={items.map((item) => ({
                value: item.id,
                label: `${articleLabel(item.article)} — ${pick(item.title)}`,
              }))}
              data-testid="sim-rule"
              maw={640}
            />
            <Text size="xs" c="dimmed" ff="monospace" mt={6} data-testid="sim-rule-id">
              {rule.id}
            </Text>
          </Paper>
          <RuleForm key={rule.id} rule={rule} />
        </Stack>
      )}
    </>
  );
}
