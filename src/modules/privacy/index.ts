/** Personal data (art. 17, annex): retention sweep; requests and registers come next. */
export { personalDataRetentionStep } from './retention-step.ts';
