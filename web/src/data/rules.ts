import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { Decision, ItemList, RuleSummary } from '../api-types.ts';
import type { BodyOf } from '../api/shapes.ts';

/** GET /api/rules: the rule catalogue with each rule's facts JSON Schema. */
export function useRules() {
  return useQuery({ queryKey: ['rules'], queryFn: () => api.get<ItemList<RuleSummary>>('/api/rules'), staleTime: Infinity });
}

/** The rule to evaluate and the body of POST /api/rules/:id/evaluate. */
export type EvaluateRequest = { ruleId: string } & BodyOf<'/api/rules/{ruleId}/evaluate', 'post'>;

/** POST /api/rules/:id/evaluate → the decision. */
export function useEvaluateRule() {
  return useMutation({
    mutationFn: ({ ruleId, ...body }: EvaluateRequest) =>
      api.post<Decision>(`/api/rules/${encodeURIComponent(ruleId)}/evaluate`, body),
  });
}
