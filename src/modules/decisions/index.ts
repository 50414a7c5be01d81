/** Decisions that acted, stored with their citation and chained into the evidence log. */
export { recordDecision, type RecordDecisionInput } from './record-decision.ts';
export { decisionsOfObject, existingEffectKeys, insertDecisions } from './decisions.repo.ts';
