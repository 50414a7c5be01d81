/** Shapes of the debit notes, dunning, late-payment enforcement and billing-run APIs. */
import type { Assert, ItemOf, ResponseOf, SameMembers } from '../api/shapes.ts';

/** A debit note; `createdBy` is a user id, or 'system:sweep' for a note issued when a late invoice was settled. */
export type DebitNoteSummary = ItemOf<ResponseOf<'/api/debit-notes', 'get'>>;
export type DebitNote = ResponseOf<'/api/debit-notes/{id}', 'get'>['debitNote'];
/** A row of a debit note, with the invoice.late-payment decision it claims from. */
export type DebitNoteRow = ItemOf<DebitNote['rows']>;

export const DUNNING_CHANNELS = ['email', 'letter', 'formal-notice'] as const;
export type DunningChannel = (typeof DUNNING_CHANNELS)[number];

export type LadderStep = ItemOf<ResponseOf<'/api/dunning/steps', 'get'>['steps']>;

export type DunningDashboard = ResponseOf<'/api/dunning', 'get'>;
export type DunningItem = ItemOf<DunningDashboard>;

export type Enforcement = ResponseOf<'/api/clients/{id}/enforcement', 'get'>;
export type EnforcementMeasure = ItemOf<Enforcement['measures']>['measure'];

export type BillingRun = ItemOf<ResponseOf<'/api/billing-runs', 'get'>>;
export type BillingRunStatus = BillingRun['status'];

type _DunningChannelsAreTheApis = Assert<SameMembers<DunningChannel, LadderStep['channel']>>;
