/** Every time-based step of the daily sweep, in the order they run. A capability adds one line. */
import type { SweepStep } from '../context.ts';
import { personalDataRetentionStep } from '../modules/privacy/index.ts';
import { quoteValidityStep } from '../modules/quotes/index.ts';

export const SWEEP_STEPS: readonly SweepStep[] = [personalDataRetentionStep, quoteValidityStep];
