/** Services and interventions (CGV art. 6, 7, 11.2): planning, confirmation, cancellation, reports, tickets, calendar feeds. */
export { interventionsRoutes } from './interventions.routes.ts';
export { interventionConfirmationStep } from './confirmation-step.ts';
export { listInterventions, getIntervention } from './read-interventions.ts';
export { planningBoard } from './planning-board.ts';
export { InterventionOut } from './interventions.schemas.ts';
