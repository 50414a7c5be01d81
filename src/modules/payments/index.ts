/** Payments received (CGV art. 10; LEGAL.md R3), bank statement imports, client account statements. */
export { paymentsRoutes, PAYMENT_WRITERS } from './payments.routes.ts';
export { recordPaymentWithin, type RecordPaymentInput } from './record-payment.ts';
export { paymentFactsOf } from './invoice-payments.ts';
export { clientStatement, buildStatement } from './account-statement.ts';
export { StatementOut, PaymentOut } from './payments.schemas.ts';
export { importStatement } from './import-statement.ts';
export { confirmLine, ignoreLine } from './bank-line-actions.ts';
export { getImport, listImports } from './read-bank-imports.ts';
export { reversePayment, reversePaymentWithin } from './reverse-payment.ts';
export { parseCamt053, type CamtEntry } from './bank-camt.ts';
