/** Shapes of the debit notes, dunning, late-payment enforcement and billing-run APIs. */
import type { Decision } from '../api-types.ts';
import type { LocalizedText } from '../i18n/i18n.ts';

export interface DebitNoteSummary {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  issueDate: string;
  dueDate: string;
  totalCents: number;
  paidCents: number;
  openCents: number;
  termsVersion: string;
  documentSha256: string;
  /** A user id, or 'system:sweep' for a note issued when a late invoice was settled. */
  createdBy: string;
  createdAt: string;
}

export interface DebitNoteRow {
  invoiceId: string;
  invoiceNumber: string | null;
  invoiceDueDate: string | null;
  computedUntil: string;
  daysLate: number;
  interestCents: number;
  indemnityCents: number;
  article: string;
  termsVersion: string;
  explanation: LocalizedText;
  /** The invoice.late-payment decision the row claims from. */
  decision: Decision;
}

export interface DebitNote extends DebitNoteSummary {
  rows: DebitNoteRow[];
}

export const DUNNING_CHANNELS = ['email', 'letter', 'formal-notice'] as const;
export type DunningChannel = (typeof DUNNING_CHANNELS)[number];

export interface LadderStep {
  position: number;
  daysAfterDue: number;
  channel: DunningChannel;
  label: string;
}

export interface DunningItem {
  invoiceId: string;
  invoiceNumber: string | null;
  clientId: string;
  clientName: string;
  contractNumber: string | null;
  dueDate: string | null;
  daysLate: number;
  openCents: number;
  interestCents: number;
  indemnityCents: number;
  lateAsOf: string | null;
  lastStep:
    | (Omit<LadderStep, 'daysAfterDue'> & {
        doneOn: string;
        channelUsed: DunningChannel;
        documentSha256: string;
        /** The e-mail of the step: queued until a transport accepted it (doneOn is then its delivery date). Null for a letter. */
        delivery: { messageId: string; status: 'queued' | 'sent' | 'failed' | 'cancelled'; sentAt: string | null; error: string | null; attempts: number } | null;
      })
    | null;
  nextStep: (Omit<LadderStep, 'daysAfterDue'> & { date: string }) | null;
}

export interface DunningDashboard {
  asOf: string;
  items: DunningItem[];
}

export type EnforcementMeasure = 'late-interest' | 'recovery-indemnity' | 'acceleration' | 'prepayment' | 'order-cancellation';

export interface Enforcement {
  clientId: string;
  legalName: string;
  asOf: string;
  financialStatus: string;
  overdueInvoices: Array<{ id: string; number: string | null; dueDate: string | null; daysLate: number; openCents: number; interestCents: number; indemnityCents: number; explanation: LocalizedText | null }>;
  notYetDueInvoices: Array<{ id: string; number: string | null; dueDate: string | null; acceleratedOn: string | null; openCents: number }>;
  contracts: Array<{ id: string; number: string; status: string; cancelledForNonPayment: { on: string; by: string; at: string } | null; canCancel: boolean }>;
  measures: Array<{ measure: EnforcementMeasure; citation: { article: string; termsVersion: string }; available: boolean; done: boolean; explanation: LocalizedText }>;
}

export type BillingRunStatus = 'running' | 'done' | 'failed' | 'interrupted';

export interface BillingRun {
  id: string;
  period: string;
  status: BillingRunStatus;
  issueDate: string | null;
  contractsTotal: number | null;
  contractsSeen: number;
  invoicesCreated: number;
  skippedLessor: number;
  alreadyBilled: number;
  batchesCommitted: number;
  firstNumber: string | null;
  lastNumber: string | null;
  error: string | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
}
