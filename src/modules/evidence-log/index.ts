/** HTTP access to the evidence log (the log itself lives in src/evidence). */
export { evidenceLogRoutes } from './evidence-log.routes.ts';
export { ANCHORS_FILE, evidenceAnchorStep } from './anchor-step.ts';
