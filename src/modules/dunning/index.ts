/** Dunning (relances) of unpaid invoices: the ladder, the sweep step, the dashboard (art. 10.1, 10.3, 15.2). */
export { dunningRoutes, DUNNING_ROLES } from './dunning.routes.ts';
export { dunningStep, pendingSteps } from './dunning-step.ts';
export { DEFAULT_LADDER, ensureLadder, checkLadder } from './ladder.ts';
export { dunningDeliveryListener } from './delivery-listener.ts';
export { firstStepBound, stepDuePredicate, type StepDays } from './step-due.repo.ts';
