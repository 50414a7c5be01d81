/** Rule evaluation with an organisation's stored terms and ECB table (API, CLI, sweep). */
export { evaluateRule, type EvaluateInput } from './evaluate-rule.ts';
export { rulesRoutes } from './rules.routes.ts';
