/**
 * The rule catalogue: the rules of RULES.md in the order of its table, then the decisions modules
 * take that the catalogue also exposes (marked `moduleDecision`), so every decision the product
 * records can be listed, simulated and evaluated the same way.
 */
import { claimContestation } from './claim-contestation.ts';
import { clientPrepayment } from './client-prepayment.ts';
import { confidentialityExpiry } from './confidentiality-expiry.ts';
import { contractAssignment } from './contract-assignment.ts';
import { contractCancellationForNonPayment } from './contract-cancellation-for-non-payment.ts';
import { contractVatRate } from './contract-vat-rate.ts';
import { deliveryReservationDeadline } from './delivery-reservation-deadline.ts';
import { disputeAmicablePeriod } from './dispute-amicable-period.ts';
import { forceMajeure } from './force-majeure.ts';
import { interventionCancellation } from './intervention-cancellation.ts';
import { interventionConfirmation } from './intervention-confirmation.ts';
import { invoiceAcceleration } from './invoice-acceleration.ts';
import { invoiceDueDateRule } from './invoice-due-date.ts';
import { invoiceLatePayment } from './invoice-late-payment.ts';
import { liabilityCap } from './liability-cap.ts';
import { licenceUsage } from './licence-usage.ts';
import { nonSolicitation } from './non-solicitation.ts';
import { personalDataRetention } from './personal-data-retention.ts';
import { quoteAcceptance } from './quote-acceptance.ts';
import { quoteValidity } from './quote-validity.ts';
import { rentalIncidentReport } from './rental-incident-report.ts';
import { rentalLateReturn } from './rental-late-return.ts';
import { terminationFormalNotice } from './termination-formal-notice.ts';
import type { RuleDefinition } from './types.ts';

/** Every rule, in catalogue order: RULES.md's table, then the module decisions. */
export const RULES: readonly RuleDefinition[] = [
  quoteValidity,
  quoteAcceptance,
  deliveryReservationDeadline,
  interventionConfirmation,
  interventionCancellation,
  rentalIncidentReport,
  invoiceDueDateRule,
  invoiceLatePayment,
  rentalLateReturn,
  terminationFormalNotice,
  forceMajeure,
  claimContestation,
  liabilityCap,
  confidentialityExpiry,
  personalDataRetention,
  nonSolicitation,
  disputeAmicablePeriod,
  // Module decisions, also exposed (not in RULES.md's table)
  invoiceAcceleration,
  clientPrepayment,
  contractCancellationForNonPayment,
  contractVatRate,
  licenceUsage,
  contractAssignment,
];

const byId = new Map<string, RuleDefinition>(RULES.map((r) => [r.id, r]));

/** The rule with that id, or undefined. */
export function findRule(id: string): RuleDefinition | undefined {
  return byId.get(id);
}
