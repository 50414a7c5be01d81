import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Divider, Grid, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import type { RuleSummary } from '../../api-types.ts';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useEvaluateRule } from '../../data/rules.ts';
import { useTermsList } from '../../data/terms.ts';
import { formatDate, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { DecisionView } from './DecisionView.tsx';
import { FactsForm } from './FactsForm.tsx';
import { buildFacts, factErrorKey, fieldSpecs, initialValues } from './schemaForm.ts';
import type { FormValue, FormValues } from './schemaForm.ts';

/** Errors of a failed evaluation split into facts (by form key) and context fields. */
function splitErrors(error: unknown) {
  const facts: Record<string, string> = {};
  const context: Record<string, string> = {};
  const shown: string[] = [];
  if (error instanceof ApiError) {
    for (const { path, message } of error.problem.errors ?? []) {
      const key = factErrorKey(path);
      if (key) facts[key] ??= message;
      else if (path === 'asOf' || path === 'termsVersion') context[path] ??= message;
      else continue;
      shown.push(path);
    }
  }
  return { facts, context, shown };
}

/** The facts form of one rule (remounted when the rule changes) and its decision. */
export function RuleForm({ rule }: { rule: RuleSummary }) {
  const { t } = useI18n();
  const specs = useMemo(() => fieldSpecs(rule.factsJsonSchema), [rule]);
  const [values, setValues] = useState<FormValues>(() => initialValues(specs));
  const [asOf, setAsOf] = useState(todayInParis);
  const [termsVersion, setTermsVersion] = useState('');
  const terms = useTermsList();
  const evaluate = useEvaluateRule();
  const errors = splitErrors(evaluate.error);

  const versions = (terms.data?.items ?? []).map((item) => ({
    value: item.version,
    label: `${item.version} (${formatDate(item.effectiveFrom)})${item.status === 'draft' ? ` — ${t('terms.status.draft')}` : ''}`,
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const facts = buildFacts(specs, values);
    evaluate.mutate({ ruleId: rule.id, asOf, facts, ...(termsVersion ? { termsVersion } : {}) });
  };
  const change = (name: string, value: FormValue) => setValues((previous) => ({ ...previous, [name]: value }));

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, xl: 5 }}>
        <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate data-testid="sim-form">
          <Stack gap="md">
            <Text fw={600}>{t('simulator.facts')}</Text>
            <FactsForm specs={specs} values={values} errors={errors.facts} onChange={change} />
            <Divider label={t('simulator.context')} labelPosition="left" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                type="date"
                label={t('simulator.asOf')}
                description={t('simulator.asOfHint')}
                value={asOf}
                onChange={(event) => setAsOf(event.currentTarget.value)}
                error={errors.context.asOf}
                errorProps={{ 'data-testid': 'sim-asof-error' }}
                withAsterisk
                data-testid="sim-asof"
              />
              <NativeSelect
                label={<OptionalLabel>{t('simulator.termsVersion')}</OptionalLabel>}
                description={t('simulator.termsVersionAuto')}
                value={termsVersion}
                onChange={(event) => setTermsVersion(event.currentTarget.value)}
                data={[{ value: '', label: t('simulator.termsVersionAutoShort') }, ...versions]}
                error={errors.context.termsVersion}
                data-testid="sim-terms-version"
              />
            </SimpleGrid>
            <Button
              type="submit"
              loading={evaluate.isPending}
              data-testid="sim-submit"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('simulator.submit')}
            </Button>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 7 }}>
        <Stack gap="md">
          {evaluate.isError && <ProblemAlert error={evaluate.error} shownFields={errors.shown} testId="sim-error" />}
          {evaluate.data && !evaluate.isError ? (
            <DecisionView decision={evaluate.data} />
          ) : (
            !evaluate.isError && (
              <Paper withBorder radius="md" p="lg" data-testid="decision-empty">
                <Text c="dimmed" size="sm">
                  {t('simulator.emptyDecision')}
                </Text>
              </Paper>
            )
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
