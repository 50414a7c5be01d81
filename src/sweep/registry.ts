/** Every time-based step of the daily sweep, in the order they run. A capability adds one line. */
import type { SweepStep } from '../context.ts';
import { connectionLogRetentionStep, personalDataRetentionStep } from '../modules/privacy/index.ts';
import { quoteValidityStep } from '../modules/quotes/index.ts';
import { rentBillingStep } from '../modules/billing/index.ts';
import { accelerationStep, latePaymentStep, prepaymentStep } from '../modules/late-payment/index.ts';
import { debitNoteStep } from '../modules/debit-notes/index.ts';
import { dunningStep } from '../modules/dunning/index.ts';
import { evidenceAnchorStep } from '../modules/evidence-log/index.ts';
import { mailDeliveryStep } from '../modules/outbox/index.ts';
import { forceMajeureStep, formalNoticeStep } from '../modules/contracts/index.ts';
import { insuranceReminderStep, lateReturnStep, reservationDeadlineStep } from '../modules/equipment/index.ts';
import { interventionConfirmationStep } from '../modules/interventions/index.ts';

export const SWEEP_STEPS: readonly SweepStep[] = [
  personalDataRetentionStep,
  quoteValidityStep,
  // Contract lifecycle (art. 15.2, 16.1), before the rents: a contract's status as of the day.
  forceMajeureStep,
  formalNoticeStep,
  rentBillingStep,
  // Deliveries and rentals (art. 4.1.3, 4.2.1, 15.3).
  reservationDeadlineStep,
  lateReturnStep,
  insuranceReminderStep,
  // Late payment (art. 10.3): figures first, then what they trigger, then the documents.
  latePaymentStep,
  accelerationStep,
  prepaymentStep,
  debitNoteStep,
  dunningStep,
  // Art. 6.9: unconfirmed intervention dates; its notices leave with the delivery below.
  interventionConfirmationStep,
  // The e-mails queued above leave, for an instance without a delivery worker.
  mailDeliveryStep,
  // Connection logs (login failures) after their short period (art. 17.1).
  connectionLogRetentionStep,
  // Last: the day's chain head, every entry above included, is published outside the database
  // (ADR 0016); its e-mail leaves with the next delivery (the worker of serve, or the next sweep).
  evidenceAnchorStep,
];
