/** Contract formation (art. 3.2–3.4, 15.1, 19): rental files, acknowledgements, contracts, assignments. */
export { contractsRoutes } from './contracts.routes.ts';
export { formContract } from './form-contract.ts';
export { getContract, listContracts, visibleContract } from './read-contracts.ts';
// The lifecycle (art. 10.3, 15, 16; issue #12). A contract's `status` (visibleContract, getContract)
// is one of CONTRACT_STATUSES; deliveries and interventions act only when isRunning(status).
export { CONTRACT_STATUSES, TRANSITIONS, changeStatusWithin, checkTransition, isRunning } from './contract-status.ts';
export {
  suspendedDays,
  suspendedDaysIn,
  suspensionsOf,
  suspensionsOfContracts,
  pushDeadline,
  pushDeadlineBy,
  type SuspensionInterval,
} from './force-majeure.ts';
export { formalNoticeStep, forceMajeureStep } from './lifecycle-steps.ts';
export { onContractTerminated, type TerminationEffect, type TerminationEffectInput } from './termination-effects.ts';
