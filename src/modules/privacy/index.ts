/** Personal data (art. 17, annex): inventory, retention sweep steps, exports, data-subject requests. */
export { personalDataRetentionStep } from './retention-step.ts';
export { connectionLogRetentionStep } from './connection-log-step.ts';
export { privacyRoutes, PRIVACY_STAFF } from './privacy.routes.ts';
export { processorRoutes } from './processor.routes.ts';
export { PERSONAL_DATA_INVENTORY, looksPersonal, unlistedColumns } from './inventory.ts';
export { relationshipEnds, contractEndOf, type RelationshipEnd } from './relationship-end.ts';
