/** Late-payment enforcement (art. 10.3): interest and EUR 40 by the sweep, acceleration, prepayment, cancellation. */
export { latePaymentRoutes, ENFORCERS } from './late-payment.routes.ts';
export { latePaymentStep, LATE_PAGE_SIZE } from './late-payment-step.ts';
export { accelerationStep } from './acceleration-step.ts';
export { prepaymentStep, prepaymentReleaseRefusal, deliveryBlockedByPrepayment } from './prepayment.ts';
export { evaluateLate, lateFacts, paymentsByInvoice, termsResolver, type LateInvoice } from './late-facts.ts';
export { recordDecisions, type BatchDecisionInput } from './record-decisions.ts';
export { paymentsOfInvoices, type PaymentFact, type LateCursor } from './late-payment.repo.ts';
export { LateDecisionOut } from './late-payment.schemas.ts';
export { changeFinancialStatus } from './change-financial-status.ts';
