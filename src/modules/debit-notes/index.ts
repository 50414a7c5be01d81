/** Debit notes (notes de débit, art. 10.3; LEGAL.md R11): interest and EUR 40, own series 'ND', no VAT. */
export { debitNotesRoutes, DEBIT_NOTE_WRITERS } from './debit-notes.routes.ts';
export { debitNoteStep } from './debit-note-step.ts';
export {
  issueDebitNoteWithin,
  issueDebitNoteOnDemand,
  DEBIT_NOTE_SERIES,
  DEBIT_NOTE_DIGITS,
} from './issue-debit-note.ts';
export { claimOf, type Claim } from './claims.ts';
export { addDebitNotePaid, removeDebitNotePaid } from './debit-notes.repo.ts';
