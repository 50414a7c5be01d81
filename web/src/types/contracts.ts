/** Shapes of the contracts and licences APIs (src/modules/contracts, src/modules/licences). */
import type { Decision } from '../api-types.ts';
import type { EvidenceEntry, QuoteLine, TimelineDecision, Totals, UploadedDocument } from './quotes.ts';

export interface ContractSummary {
  id: string;
  number: string;
  status: string;
  clientId: string;
  clientName: string;
  quoteId: string;
  quoteNumber: string | null;
  quoteVersion: number;
  orderDate: string;
  effectiveDate: string;
  termsVersion: string;
  /** Left out for the roles that do not see prices (technician, ADR 0015). */
  grossCents?: number;
  monthlyRentCents?: number | null;
}

export interface Assignment {
  id: string;
  by: 'client' | 'alleo';
  assigneeName: string;
  assigneeSiren: string | null;
  effectiveOn: string;
  documentSha256: string;
  recordedAt: string;
}

interface AssignmentCommon {
  assigneeName: string;
  /** Nine digits. */
  assigneeSiren?: string;
}

/** Body of POST /api/contracts/:id/assignments (art. 3.4, 19.1). */
export type AssignmentInput =
  | (AssignmentCommon & { by: 'client'; consentDocument?: UploadedDocument; effectiveOn?: string })
  | (AssignmentCommon & { by: 'alleo'; effectiveOn: string; signatoryName: string; signatoryTitle?: string });

/** The recorded assignment: its document (ALLEO's consent received, or the notice letter issued) and the decision. */
export interface AssignmentResult {
  assignmentId: string;
  documentSha256: string;
  decision: Decision;
}

export interface Contract extends ContractSummary {
  quoteTermsVersion: string;
  purchaseOrderReference: string | null;
  lessorId: string | null;
  deliveryLeadTime: string;
  /** Left out, with the lines' price fields, for the roles that do not see prices (technician). */
  totals?: Totals;
  acknowledgementNumber: string;
  acknowledgementSha256: string;
  formedAt: string;
  lines: ContractLine[];
  assignments: Assignment[];
}

/** The price fields of a line: a contract line may come without them (ADR 0015). */
type LinePrices = 'unitPriceCents' | 'discountPercent' | 'rentCents' | 'maintenanceFeeCents' | 'monthlyRentCents' | 'vatRatePercent' | 'netCents';
export type ContractLine = Omit<QuoteLine, LinePrices> & Partial<Pick<QuoteLine, LinePrices>>;

export interface ContractDetail {
  contract: Contract;
  decisions: TimelineDecision[];
  evidence: EvidenceEntry[];
}

export interface LicenceUsage {
  id: string;
  observedOn: string;
  usersCount: number;
  overLimit: boolean;
  recordedAt: string;
}

export interface Licence {
  id: string;
  contractId: string;
  clientId: string;
  solution: string;
  sku: string;
  licensedUsers: number;
  transferable: false;
  termsVersion: string;
  createdAt: string;
  usages: LicenceUsage[];
}
