/**
 * Row types of every table, as the domain sees them after the type parsers in database.ts:
 * money is a number of cents, civil dates are 'YYYY-MM-DD' strings, timestamps are UTC ISO
 * strings, booleans are 0/1 integers (portable between SQLite and PostgreSQL).
 */
import type { Generated } from 'kysely';

export type Bool01 = 0 | 1;

export interface OrganisationsTable {
  id: string;
  name: string;
  legal_form: string;
  share_capital_cents: number | null;
  address_line: string;
  postal_code: string;
  city: string;
  country: string;
  siren: string;
  siret: string | null;
  vat_number: string | null;
  rcs: string | null;
  iban: string | null;
  bic: string | null;
  email: string | null;
  phone: string | null;
  created_at: string;
  // Added by 0006.
  vat_on_debits: Generated<Bool01>;
  /** SEPA creditor identifier (ICS), printed on direct-debit invoices. */
  sepa_creditor_id: string | null;
  /** Added by 0032 (ADR 0034): the current logo, a row of organisation_logos; null: none. */
  logo_sha256: string | null;
}

/** Every logo an organisation uploaded (0032, ADR 0034): immutable, by SHA-256 of its bytes. */
export interface OrganisationLogosTable {
  org_id: string;
  sha256: string;
  media_type: string;
  width_px: number;
  height_px: number;
  content: Uint8Array;
  uploaded_at: string;
  uploaded_by: string;
}

/**
 * The history of an organisation's identity (0010, ADR 0012): one row per change, version 1 at
 * creation. `identity_json` holds the identity columns of `organisations` by column name.
 */
export interface OrganisationVersionsTable {
  org_id: string;
  version: number;
  /** UTC ISO timestamp from which this identity is in force. */
  valid_from: string;
  identity_json: string;
  /** A user id, or 'system' (creation, migration). */
  changed_by: string;
}

export interface UsersTable {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: string;
  client_id: string | null;
  password_hash: string;
  disabled: Bool01;
  created_at: string;
  updated_at: string;
  /** Added by 0012: notifications also by e-mail. */
  notify_by_email?: Bool01;
  /** Added by 0021: the day a restriction (GDPR art. 18) / an objection (art. 21) took effect (ADR 0021). */
  restricted_on?: string | null;
  objected_on?: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  org_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  /** Added by 0013: refused after this instant; null for tokens created before (no expiry). */
  expires_at: string | null;
}

export interface LoginFailuresTable {
  id: string;
  email: string;
  ip: string;
  at: string;
}

export interface ClientsTable {
  id: string;
  org_id: string;
  legal_name: string;
  siren: string;
  siret: string | null;
  vat_number: string | null;
  address_line: string;
  postal_code: string;
  city: string;
  country: string;
  email: string | null;
  phone: string | null;
  relationship_ended_on: string | null;
  anonymised_at: string | null;
  created_at: string;
  updated_at: string;
  // Added by 0004 (defaults let older inserts omit them).
  site_address_line: string | null;
  site_postal_code: string | null;
  site_city: string | null;
  site_country: string | null;
  payment_method: Generated<'bank-transfer' | 'direct-debit' | 'administrative-mandate'>;
  iban: string | null;
  bic: string | null;
  /** SEPA direct-debit mandate reference (RUM). */
  mandate_reference: string | null;
  mandate_signed_on: string | null;
  public_buyer: Generated<Bool01>;
  financial_status: Generated<'normal' | 'watch' | 'prepayment-required'>;
  /** Art. 14.7: the client refused in writing to be cited as a commercial reference. */
  reference_opt_out: Generated<Bool01>;
  correspondent_contact_id: string | null;
  /** Added by 0013: who last set or cleared relationship_ended_on, and when. */
  relationship_end_set_by: string | null;
  relationship_end_set_at: string | null;
  /** Added by 0018: why the end of the relationship was entered by hand rather than derived. */
  relationship_end_reason?: string | null;
  /** Added by 0019: the legal name folded for search and sorting (ADR 0028), kept by the clients module. */
  search_name: Generated<string>;
}

/**
 * The history of a client's identity as invoices print it (0011, ADR 0013): one row per change of
 * a printed field, version 1 at creation. `identity_json` holds those columns of `clients` by name.
 */
export interface ClientVersionsTable {
  org_id: string;
  client_id: string;
  version: number;
  /** UTC ISO timestamp from which this identity is in force. */
  valid_from: string;
  identity_json: string;
  /** A user id, or 'system' (seed, migration, samples). */
  changed_by: string;
}

export interface ClientContactsTable {
  id: string;
  org_id: string;
  client_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
  /** Added by 0021: the day a restriction (GDPR art. 18) / an objection (art. 21) took effect (ADR 0021). */
  restricted_on?: string | null;
  objected_on?: string | null;
}

export interface ClientFinancialStatusChangesTable {
  id: string;
  org_id: string;
  client_id: string;
  from_status: string;
  to_status: string;
  reason: string;
  changed_by: string;
  at: string;
}

export interface VatRatesTable {
  country: string;
  rate_percent: string;
  label: string;
  effective_from: string;
  /** Last day in force (inclusive); null while in force. */
  effective_to: string | null;
}

export interface CatalogueItemsTable {
  id: string;
  org_id: string;
  kind: 'product' | 'service';
  category: string;
  offer_line: string | null;
  manufacturer: string | null;
  sku: string;
  name: string;
  description: string | null;
  indicative_price_cents: number;
  vat_rate: string;
  rentable: Bool01;
  monthly_rent_cents: number | null;
  maintenance_fee_cents: number | null;
  warranty_months: number | null;
  late_cancellation_indemnity_cents: number | null;
  off_hours_surcharge_percent: string | null;
  active: Bool01;
  created_at: string;
  updated_at: string;
  // Added by 0004: products only (null for services).
  solution_kind: 'hardware' | 'virtualized' | null;
  /** Default number of licensed users of a virtualized solution (art. 8, 14.5). */
  licence_users: number | null;
  /** Added by 0029: the name folded for search and sorting (ADR 0028), kept by the catalogue module. */
  search_name: Generated<string>;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  state: 'pending' | 'done';
  status_code: number | null;
  content_type: string | null;
  response_body: string | null;
  created_at: string;
}

export interface TermsVersionsTable {
  org_id: string;
  version: string;
  effective_from: string;
  status: 'draft' | 'published';
  parameters_json: string;
  articles_json: string;
  based_on: string | null;
  created_at: string;
  published_at: string | null;
  published_by: string | null;
}

/** A random token per reference table, changed by a trigger on each write (migration 0035, ADR 0038). */
export interface ReferenceVersionsTable {
  /** The table versioned: ecb_rates, vat_rates. */
  source_table: string;
  version: string;
}

export interface EcbRatesTable {
  effective_from: string;
  rate_percent: string;
  source: string;
  imported_at: string;
}

export interface EvidenceDocumentsTable {
  org_id: string;
  sha256: string;
  media_type: string;
  filename: string;
  size_bytes: number;
  content: Uint8Array;
  created_at: string;
  /** Added by 0018 (ADR 0026): content erased (personal data) at, by the evidence entry erasure_seq. */
  erased_at?: string | null;
  erasure_seq?: number | null;
}

export interface EvidenceEntriesTable {
  org_id: string;
  seq: number;
  kind: string;
  object_type: string;
  object_id: string;
  contract_id: string | null;
  actor: string;
  at: string;
  document_sha256: string | null;
  decision_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface EvidenceHeadsTable {
  org_id: string;
  seq: number;
  hash: string;
}

export interface DecisionsTable {
  id: string;
  org_id: string;
  rule: string;
  object_type: string;
  object_id: string;
  as_of: string;
  outcome: string;
  article: string;
  terms_version: string;
  decision_json: string;
  effect_key: string;
  actor: string;
  evidence_seq: number;
  created_at: string;
}

export interface SweepRunsTable {
  org_id: string;
  step: string;
  as_of: string;
  status: 'running' | 'done';
  examined: number;
  acted: number;
  started_at: string;
  finished_at: string | null;
}

export interface SweepLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** A notification to one staff user (0012). */
export interface NotificationsTable {
  id: string;
  org_id: string;
  user_id: string;
  kind: string;
  object_type: string;
  object_id: string;
  text_fr: string;
  text_en: string;
  created_at: string;
  read_at: string | null;
}

export interface OutboxMessagesTable {
  id: string;
  org_id: string;
  from_address: string;
  /** JSON array of addresses. */
  to: string;
  /** JSON array of addresses, or null. */
  cc: string | null;
  subject: string;
  text: string;
  html: string | null;
  /** JSON array of { name, mediaType, sha256 }. */
  attachments_json: string;
  /** The RFC 822 message as sent. */
  eml: Uint8Array;
  /** 'queued' (retried with back-off while attempts remain), 'sent' (a transport accepted it), 'failed' (given up), 'cancelled'. */
  status: 'queued' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  /** Lease of an attempt in flight, then back-off before a retry (UTC ISO). */
  next_attempt_at: string | null;
  last_error: string | null;
  related_type: string | null;
  related_id: string | null;
  created_at: string;
  sent_at: string | null;
  // Added by 0012.
  transport: string | null;
  failed_at: string | null;
  cancelled_at: string | null;
  contract_id: string | null;
}

/** Gapless document numbers per organisation, series ('D', 'C', 'AR') and year. */
export interface DocumentSequencesTable {
  org_id: string;
  series: string;
  year: number;
  last_value: number;
}

/** Financing partners of rentals (organismes de financement, art. 3.2 and 4.2.4). */
export interface LessorsTable {
  id: string;
  org_id: string;
  name: string;
  siren: string | null;
  address_line: string;
  postal_code: string;
  city: string;
  country: string;
  email: string | null;
  active: Bool01;
  created_at: string;
  updated_at: string;
}

export interface QuotesTable {
  id: string;
  org_id: string;
  client_id: string;
  number: string | null;
  version: number;
  supersedes_id: string | null;
  status: 'draft' | 'issued' | 'accepted' | 'refused' | 'expired' | 'superseded';
  subject: string | null;
  delivery_lead_time: string;
  validity_days: number | null;
  lessor_id: string | null;
  notes_json: string;
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  monthly_rent_cents: number | null;
  vat_breakdown_json: string;
  issue_date: string | null;
  expires_on: string | null;
  terms_version: string | null;
  pdf_sha256: string | null;
  issued_at: string | null;
  issued_by: string | null;
  accepted_on: string | null;
  acceptance_json: string | null;
  closed_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A priced line; contract lines carry the same columns plus the rental end. */
export interface QuoteLinesTable {
  id: string;
  org_id: string;
  quote_id: string;
  position: number;
  kind: 'sale' | 'rental' | 'service';
  /** Null on a free-text service line (0031, art. 6.8): typed on the quote, not in the catalogue. */
  catalogue_item_id: string | null;
  sku: string | null;
  label: string;
  category: string | null;
  quantity: string;
  unit_price_cents: number;
  discount_percent: string | null;
  rent_cents: number | null;
  maintenance_fee_cents: number | null;
  monthly_rent_cents: number | null;
  rental_months: number | null;
  vat_rate: string;
  net_cents: number;
  licensed_users: number | null;
}

export interface RentalFileReviewsTable {
  id: string;
  org_id: string;
  quote_id: string;
  party: 'alleo' | 'lessor';
  lessor_id: string | null;
  outcome: 'approved' | 'refused';
  note: string | null;
  document_sha256: string | null;
  decided_by: string;
  decided_at: string;
  evidence_seq: number;
}

export interface ContractsTable {
  id: string;
  org_id: string;
  number: string;
  client_id: string;
  quote_id: string;
  /** art. 10.3, 15, 16 (issue #12): see ContractStatus. */
  status: ContractStatus;
  order_date: string;
  effective_date: string;
  terms_version: string;
  quote_terms_version: string;
  purchase_order_reference: string | null;
  lessor_id: string | null;
  delivery_lead_time: string;
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  monthly_rent_cents: number | null;
  vat_breakdown_json: string;
  acknowledgement_number: string;
  acknowledgement_sha256: string;
  formed_at: string;
  formed_by: string;
  created_at: string;
  updated_at: string;
  // Added by 0006 (art. 10.1: what the contract says about invoicing and payment).
  goods_billing: Generated<'order' | 'delivery'>;
  services_billing: Generated<'order' | 'completion'>;
  payment_term_days: number | null;
  prepayment_required: Generated<Bool01>;
  guarantee_note: string | null;
  // Added by 0016: the first day the contract no longer runs (termination, cancellation, end).
  ended_on: string | null;
  // Added by 0023 (art. 4.2.1, 15.1): a rented unit's period starts at its delivery or at the
  // contract's stated start (never before its delivery: undelivered units are not billed).
  rental_period_start: Generated<'delivery' | 'contract-start'>;
}

export interface ContractLinesTable extends Omit<QuoteLinesTable, 'quote_id'> {
  contract_id: string;
  rental_ends_on: string | null;
}

export interface ContractAssignmentsTable {
  id: string;
  org_id: string;
  contract_id: string;
  by_party: 'client' | 'alleo';
  assignee_name: string;
  assignee_siren: string | null;
  effective_on: string;
  document_sha256: string;
  recorded_by: string;
  recorded_at: string;
  evidence_seq: number;
}

export interface LicencesTable {
  id: string;
  org_id: string;
  contract_id: string;
  contract_line_id: string;
  client_id: string;
  solution: string;
  sku: string;
  licensed_users: number;
  terms_version: string;
  created_at: string;
}

export interface LicenceUsagesTable {
  id: string;
  org_id: string;
  licence_id: string;
  observed_on: string;
  users_count: number;
  over_limit: Bool01;
  recorded_by: string;
  recorded_at: string;
}

export type InvoiceKind = 'invoice' | 'credit-note';
export type InvoiceOrigin = 'order' | 'delivery' | 'completion' | 'rent' | 'manual' | 'credit';
export type PaymentMeans = 'bank-transfer' | 'direct-debit' | 'administrative-mandate' | 'other';

export interface InvoicesTable {
  id: string;
  org_id: string;
  client_id: string;
  contract_id: string | null;
  kind: InvoiceKind;
  status: 'draft' | 'issued';
  origin: InvoiceOrigin;
  billing_key: string | null;
  number: string | null;
  issue_date: string | null;
  due_date: string | null;
  operation_date: string | null;
  period_start: string | null;
  period_end: string | null;
  corrects_invoice_id: string | null;
  purchase_order_reference: string | null;
  delivery_address_json: string | null;
  nature: 'goods' | 'services' | 'mixed';
  vat_on_debits: Generated<Bool01>;
  payment_means: PaymentMeans;
  terms_version: string | null;
  late_rate_percent: string | null;
  late_rate_text: string | null;
  reason: string | null;
  notes_json: string;
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  vat_breakdown_json: string;
  paid_cents: Generated<number>;
  credited_cents: Generated<number>;
  settled_on: string | null;
  accelerated_on: string | null;
  late_json: string | null;
  late_as_of: string | null;
  late_interest_cents: Generated<number>;
  late_indemnity_cents: Generated<number>;
  interest_claimed_cents: Generated<number>;
  indemnity_claimed: Generated<Bool01>;
  document_sha256: string | null;
  // Added by 0007 (late-payment sweep): outcome of late_json, and the settlement it is final for.
  late_outcome: string | null;
  late_final_on: string | null;
  created_by: string;
  created_at: string;
  issued_at: string | null;
  issued_by: string | null;
  updated_at: string;
}

export interface InvoiceLinesTable {
  id: string;
  org_id: string;
  invoice_id: string;
  position: number;
  kind: 'sale' | 'rental' | 'service';
  nature: 'goods' | 'services';
  contract_line_id: string | null;
  catalogue_item_id: string | null;
  sku: string | null;
  label: string;
  quantity: string;
  unit_price_cents: number;
  discount_percent: string | null;
  vat_rate: string;
  net_cents: number;
  period_start: string | null;
  period_end: string | null;
}

export interface PaymentsTable {
  id: string;
  org_id: string;
  client_id: string;
  received_on: string;
  amount_cents: number;
  means: PaymentMeans;
  reference: string | null;
  label: string | null;
  status: 'recorded' | 'reversed';
  reversed_on: string | null;
  reversal_reason: string | null;
  bank_line_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PaymentAllocationsTable {
  id: string;
  org_id: string;
  payment_id: string;
  invoice_id: string | null;
  debit_note_id: string | null;
  amount_cents: number;
  created_by: string;
  created_at: string;
}

export interface BankImportsTable {
  id: string;
  org_id: string;
  filename: string;
  sha256: string;
  line_count: number;
  imported_by: string;
  imported_at: string;
}

export interface BankLinesTable {
  id: string;
  org_id: string;
  import_id: string;
  position: number;
  booked_on: string;
  amount_cents: number;
  label: string;
  reference: string | null;
  status: 'proposed' | 'unmatched' | 'confirmed' | 'ignored';
  client_id: string | null;
  proposal_json: string | null;
  payment_id: string | null;
  /** camt.053 entries: the bank's reference (AcctSvcrRef/NtryRef), unique per organisation (0017). */
  bank_reference: string | null;
}

/** The chart of accounts of the FEC export, per organisation (0017). */
export interface AccountingSettingsTable {
  org_id: string;
  accounts_json: string;
  updated_by: string;
  updated_at: string;
}

/** SEPA direct-debit mandates (0020, ADR 0019), owned by the `sepa` module. */
export interface SepaMandatesTable {
  id: string;
  org_id: string;
  client_id: string;
  /** The unique mandate reference (RUM / UMR), unique per organisation. */
  reference: string;
  scheme: 'CORE' | 'B2B';
  signed_on: string;
  debtor_name: string;
  debtor_iban: string;
  debtor_bic: string | null;
  status: Generated<'active' | 'revoked'>;
  revoked_on: string | null;
  /** Collection date of its first debit in a generated file; null: the next debit is FRST. */
  first_used_on: string | null;
  last_used_on: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The amendments of a mandate (0020): its fields before and after. */
export interface SepaMandateAmendmentsTable {
  id: string;
  org_id: string;
  mandate_id: string;
  version: number;
  before_json: string;
  after_json: string;
  reason: string;
  amended_by: string | null;
  amended_at: string;
}

/** A collection run (0020): the pain.008 files of the direct debits due by a date. */
export interface SepaCollectionRunsTable {
  id: string;
  org_id: string;
  due_by: string;
  status: 'generated' | 'sent';
  count: number;
  total_cents: number;
  skipped_json: string;
  created_by: string | null;
  created_at: string;
  sent_by: string | null;
  sent_at: string | null;
}

/** One pain.008.001.02 file of a run: one scheme, one collection date (0020). */
export interface SepaCollectionFilesTable {
  id: string;
  org_id: string;
  run_id: string;
  scheme: 'CORE' | 'B2B';
  collection_date: string;
  message_id: string;
  filename: string;
  xml: string;
  count: number;
  total_cents: number;
}

/** One debit of a run (0020). */
export interface SepaDebitsTable {
  id: string;
  org_id: string;
  run_id: string;
  file_id: string;
  invoice_id: string;
  client_id: string;
  mandate_id: string;
  sequence: 'FRST' | 'RCUR';
  end_to_end_id: string;
  amount_cents: number;
  collection_date: string;
  pre_notification_message_id: string | null;
  pre_notified_at: string | null;
  status: Generated<'pending' | 'returned'>;
}

/** A returned direct debit, R-transaction (0020). */
export interface SepaReturnsTable {
  id: string;
  org_id: string;
  payment_id: string;
  invoice_id: string | null;
  debit_id: string | null;
  reason_code: string;
  returned_on: string;
  source: 'bank' | 'manual';
  bank_reference: string | null;
  created_by: string | null;
  created_at: string;
}

export interface DebitNotesTable {
  id: string;
  org_id: string;
  client_id: string;
  number: string;
  issue_date: string;
  due_date: string;
  total_cents: number;
  paid_cents: Generated<number>;
  terms_version: string;
  document_sha256: string;
  created_by: string;
  created_at: string;
}

export interface DebitNoteRowsTable {
  id: string;
  org_id: string;
  debit_note_id: string;
  invoice_id: string;
  computed_until: string;
  days_late: number;
  interest_cents: number;
  indemnity_cents: number;
  decision_json: string;
}

export interface DunningStepsTable {
  org_id: string;
  position: number;
  days_after_due: number;
  channel: 'email' | 'letter' | 'formal-notice';
  label: string;
}

export interface DunningActionsTable {
  id: string;
  org_id: string;
  invoice_id: string;
  step_position: number;
  channel: 'email' | 'letter' | 'formal-notice';
  done_on: string;
  document_sha256: string;
  evidence_seq: number;
  created_at: string;
  /** Added by 0012: the reminder e-mail in the outbox (done_on becomes its delivery date). */
  outbox_message_id: string | null;
}

export interface BillingRunsTable {
  id: string;
  org_id: string;
  period: string;
  /** 'interrupted': the process died (or another run of the period started) before it finished. */
  status: 'running' | 'done' | 'failed' | 'interrupted';
  contracts_seen: Generated<number>;
  invoices_created: Generated<number>;
  started_by: string;
  started_at: string;
  finished_at: string | null;
  // Added by 0008.
  as_of: string | null;
  issue_date: string | null;
  contracts_total: number | null;
  contracts_skipped_lessor: Generated<number>;
  contracts_already_billed: Generated<number>;
  batches_committed: Generated<number>;
  first_number: string | null;
  last_number: string | null;
  error: string | null;
  updated_at: string | null;
}

// Added by 0016 (issue #12): the contract lifecycle, warranty, returns, claims, disputes.
export type ContractStatus = 'active' | 'suspended' | 'terminated' | 'cancelled' | 'ended';

export interface ContractStatusChangesTable {
  id: string;
  org_id: string;
  contract_id: string;
  from_status: ContractStatus;
  to_status: ContractStatus;
  effective_on: string;
  article: string;
  /** Why, in each language (the ground of the decision; migration 0034). */
  reason_fr: string;
  reason_en: string;
  recorded_by: string;
  recorded_at: string;
}

export interface FormalNoticesTable {
  id: string;
  org_id: string;
  contract_id: string;
  breach: 'non-payment' | 'obligations' | 'confidentiality' | 'intellectual-property' | 'other';
  description: string;
  sent_on: string;
  curable: Bool01;
  received_on: string | null;
  terminable_from: string | null;
  cured_on: string | null;
  terminable_flagged_on: string | null;
  letter_sha256: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ContractTerminationsTable {
  id: string;
  org_id: string;
  contract_id: string;
  ground: 'breach' | 'incurable-breach' | 'financial-situation' | 'force-majeure';
  formal_notice_id: string | null;
  force_majeure_event_id: string | null;
  effective_on: string;
  reason: string;
  client_fault: Bool01;
  refund_choice: 'credit-note' | 'none';
  refund_reason: string;
  refund_json: string;
  refund_cents: number;
  letter_sha256: string;
  decided_by: string;
  decided_at: string;
}

export interface ForceMajeureEventsTable {
  id: string;
  org_id: string;
  event_type: string;
  description: string;
  invoked_by: 'alleo' | 'client';
  start_date: string;
  end_date: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}
// ---- 0014: deliveries, equipment register, rentals, provisioning (issue #10) ----------------

export interface EquipmentCountersTable {
  org_id: string;
  /** 'line:<contract line id>' (units delivered) or 'notes:<contract id>' (delivery notes issued). */
  counter_key: string;
  value: number;
}

export interface DeliveriesTable {
  id: string;
  org_id: string;
  number: string;
  contract_id: string;
  client_id: string;
  kind: 'sale' | 'rental';
  delivered_on: string;
  mode: 'exw' | 'shipped' | 'on-site';
  site: string | null;
  shipping_cents: number | null;
  shipping_on_invoice: Generated<Bool01>;
  note_sha256: string;
  invoice_id: string | null;
  reservation_text: string | null;
  reservation_recorded_at: string | null;
  reservation_recorded_by: string | null;
  reservation_deadline: string | null;
  reservation_confirmed_on: string | null;
  reservation_document_sha256: string | null;
  reservation_outcome: 'pending' | 'in-time' | 'late' | 'deemed-accepted' | null;
  signed_name: string | null;
  signed_title: string | null;
  signed_at: string | null;
  signed_document_sha256: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ForceMajeureContractsTable {
  org_id: string;
  event_id: string;
  contract_id: string;
}

export interface ContestationsTable {
  id: string;
  org_id: string;
  client_id: string;
  contract_id: string;
  description: string;
  failure_date: string;
  received_on: string;
  form: 'registered-letter' | 'letter' | 'email' | 'other';
  outcome: 'in-time' | 'out-of-time' | 'invalid-form';
  deadline: string;
  paid_under_contract_cents: number;
  wilful_misconduct: Bool01;
  cap_cents: number | null;
  claimed_cents: number | null;
  indirect_damages_cents: number | null;
  created_by: string;
  created_at: string;
}

export interface WarrantyClaimsTable {
  id: string;
  org_id: string;
  client_id: string;
  contract_id: string;
  contract_line_id: string;
  serial: string | null;
  description: string;
  notified_on: string;
  warranty_ends_on: string | null;
  status: 'pending' | 'accepted' | 'refused';
  exclusion: string | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  letter_sha256: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}
/** Added by 0018: personal-data settings of an organisation. */
export interface PrivacySettingsTable {
  org_id: string;
  connection_log_retention_days: number;
  updated_by: string;
  updated_at: string;
}

/** Added by 0018: a data-subject request (art. 17.3, GDPR art. 12 and 15-22). */
export interface DataSubjectRequestsTable {
  id: string;
  org_id: string;
  client_id: string | null;
  portal_user_id: string | null;
  subject_email: string;
  subject_name: string | null;
  kind: 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability' | 'post-mortem';
  channel: 'email' | 'portal' | 'letter';
  details: string | null;
  received_on: string;
  identity_status: 'pending' | 'verified' | 'failed';
  due_on: string;
  extended_due_on: string | null;
  extension_reason: string | null;
  extension_letter_sha256: string | null;
  status: 'open' | 'answered' | 'refused';
  answer: string | null;
  answer_json: string | null;
  answered_at: string | null;
  answered_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export type UnitStatus = 'delivered' | 'in-stock' | 'rented' | 'in-repair' | 'returned' | 'lost';

export interface EquipmentUnitsTable {
  id: string;
  org_id: string;
  serial: string;
  client_id: string;
  contract_id: string;
  contract_line_id: string;
  delivery_id: string;
  kind: 'sale' | 'rental';
  sku: string;
  label: string;
  site: string | null;
  status: UnitStatus;
  delivered_on: string;
  return_due_on: string | null;
  returned_on: string | null;
  return_id: string | null;
  return_condition_json: string | null;
  late_as_of: string | null;
  late_days: Generated<number>;
  late_indemnity_cents: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ReturnRequestsTable {
  id: string;
  org_id: string;
  client_id: string;
  contract_id: string;
  contract_line_id: string;
  serial: string | null;
  reason: string;
  requested_on: string;
  status: 'requested' | 'agreed' | 'refused' | 'received' | 'inspected' | 'credited';
  transport_paid_by: 'client' | 'alleo' | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  received_on: string | null;
  inspection_state: 'perfect' | 'damaged' | 'incomplete' | null;
  inspection_note: string | null;
  inspected_by: string | null;
  inspected_at: string | null;
  credit_note_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** Added by 0018: a sub-processor (annex "Sous-traitants ultérieurs") and the solutions that use it. */
export interface SubProcessorsTable {
  id: string;
  org_id: string;
  name: string;
  address_line: string | null;
  country: string;
  activity: string;
  solution_ids_json: string;
  transfer_safeguard: string | null;
  replaces_id: string | null;
  active: Bool01;
  created_by: string;
  created_at: string;
  ended_at: string | null;
}

/** Added by 0018: the notice of a sub-processor change sent to one affected client. */
export interface SubProcessorNoticesTable {
  id: string;
  org_id: string;
  sub_processor_id: string;
  client_id: string;
  change: 'added' | 'replaced';
  sent_on: string;
  objection_until: string;
  outbox_message_id: string | null;
  evidence_seq: number;
  objected_on: string | null;
}

/** Added by 0018: a personal-data breach (GDPR art. 33; annex "Collaboration"). */
export interface DataBreachesTable {
  id: string;
  org_id: string;
  role: 'processor' | 'controller';
  discovered_at: string;
  facts: string;
  data_categories: string;
  subjects: string;
  consequences: string;
  measures: string;
  client_ids_json: string;
  clients_notified_at: string | null;
  cnil_notified_at: string | null;
  created_by: string;
  created_at: string;
}

/** Added by 0018: a client's audit of ALLEO as processor (annex "Contrôle et audit"). */
export interface ProcessorAuditsTable {
  id: string;
  org_id: string;
  client_id: string;
  requested_on: string;
  auditor: string;
  report_sha256: string | null;
  created_by: string;
  created_at: string;
}

/** Added by 0018: the return, then destruction, of a client's data at the end of the contract. */
export interface DataReturnTasksTable {
  id: string;
  org_id: string;
  client_id: string;
  contract_id: string | null;
  status: 'open' | 'returned' | 'destroyed';
  returned_on: string | null;
  destroyed_on: string | null;
  certificate_sha256: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DisputesTable {
  id: string;
  org_id: string;
  client_id: string;
  contract_id: string | null;
  subject: string;
  notified_on: string;
  court_from: string;
  created_by: string;
  created_at: string;
}

export interface SolicitationHiringsTable {
  id: string;
  org_id: string;
  client_id: string;
  employee_name: string;
  hired_on: string;
  monthly_gross_salary_cents: number;
  until: string | null;
  within_period: Bool01;
  indemnity_cents: number;
  created_by: string;
  created_at: string;
}

export interface ConfidentialItemsTable {
  id: string;
  org_id: string;
  client_id: string;
  contract_id: string | null;
  what: string;
  disclosed_by: 'client' | 'alleo';
  disclosed_on: string;
  exclusion: 'a' | 'b' | 'c' | 'd' | null;
  protected_until: string;
  created_by: string;
  created_at: string;
}
export interface EquipmentReturnsTable {
  id: string;
  org_id: string;
  contract_id: string;
  client_id: string;
  returned_on: string;
  place: string;
  invoice_id: string | null;
  indemnity_cents: Generated<number>;
  created_by: string;
  created_at: string;
}

export interface RentalIncidentsTable {
  id: string;
  org_id: string;
  unit_id: string;
  contract_id: string;
  client_id: string;
  event_at: string;
  reported_at: string;
  description: string;
  outcome: 'in-time' | 'late';
  misuse: Generated<Bool01>;
  repair_invoice_id: string | null;
  reported_by: string;
  created_at: string;
}

export interface InsuranceCertificatesTable {
  id: string;
  org_id: string;
  contract_id: string;
  client_id: string;
  insurer: string;
  all_risks: Bool01;
  starts_on: string;
  expires_on: string;
  document_sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

export interface ProvisioningsTable {
  id: string;
  org_id: string;
  contract_id: string;
  contract_line_id: string;
  offer_line: string | null;
  environment: 'alleo' | 'client';
  installation: 'remote' | 'on-site';
  data_hosting: 'alleo' | 'client';
  created_by: string;
  created_at: string;
}

export interface Database {
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  payments: PaymentsTable;
  payment_allocations: PaymentAllocationsTable;
  bank_imports: BankImportsTable;
  bank_lines: BankLinesTable;
  accounting_settings: AccountingSettingsTable;
  sepa_mandates: SepaMandatesTable;
  sepa_mandate_amendments: SepaMandateAmendmentsTable;
  sepa_collection_runs: SepaCollectionRunsTable;
  sepa_collection_files: SepaCollectionFilesTable;
  sepa_debits: SepaDebitsTable;
  sepa_returns: SepaReturnsTable;
  debit_notes: DebitNotesTable;
  debit_note_rows: DebitNoteRowsTable;
  dunning_steps: DunningStepsTable;
  dunning_actions: DunningActionsTable;
  billing_runs: BillingRunsTable;
  terms_versions: TermsVersionsTable;
  ecb_rates: EcbRatesTable;
  reference_versions: ReferenceVersionsTable;
  evidence_documents: EvidenceDocumentsTable;
  evidence_entries: EvidenceEntriesTable;
  evidence_heads: EvidenceHeadsTable;
  decisions: DecisionsTable;
  sweep_runs: SweepRunsTable;
  sweep_leases: SweepLeasesTable;
  organisations: OrganisationsTable;
  organisation_logos: OrganisationLogosTable;
  organisation_versions: OrganisationVersionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  clients: ClientsTable;
  client_versions: ClientVersionsTable;
  catalogue_items: CatalogueItemsTable;
  client_contacts: ClientContactsTable;
  client_financial_status_changes: ClientFinancialStatusChangesTable;
  vat_rates: VatRatesTable;
  idempotency_keys: IdempotencyKeysTable;
  document_sequences: DocumentSequencesTable;
  lessors: LessorsTable;
  quotes: QuotesTable;
  quote_lines: QuoteLinesTable;
  rental_file_reviews: RentalFileReviewsTable;
  contracts: ContractsTable;
  contract_lines: ContractLinesTable;
  contract_assignments: ContractAssignmentsTable;
  licences: LicencesTable;
  licence_usages: LicenceUsagesTable;
  outbox_messages: OutboxMessagesTable;
  notifications: NotificationsTable;
  privacy_settings: PrivacySettingsTable;
  data_subject_requests: DataSubjectRequestsTable;
  sub_processors: SubProcessorsTable;
  sub_processor_notices: SubProcessorNoticesTable;
  data_breaches: DataBreachesTable;
  processor_audits: ProcessorAuditsTable;
  data_return_tasks: DataReturnTasksTable;
  contract_status_changes: ContractStatusChangesTable;
  formal_notices: FormalNoticesTable;
  contract_terminations: ContractTerminationsTable;
  force_majeure_events: ForceMajeureEventsTable;
  force_majeure_contracts: ForceMajeureContractsTable;
  contestations: ContestationsTable;
  warranty_claims: WarrantyClaimsTable;
  return_requests: ReturnRequestsTable;
  disputes: DisputesTable;
  solicitation_hirings: SolicitationHiringsTable;
  confidential_items: ConfidentialItemsTable;
  equipment_counters: EquipmentCountersTable;
  deliveries: DeliveriesTable;
  equipment_units: EquipmentUnitsTable;
  equipment_returns: EquipmentReturnsTable;
  rental_incidents: RentalIncidentsTable;
  insurance_certificates: InsuranceCertificatesTable;
  provisionings: ProvisioningsTable;
  technicians: TechniciansTable;
  interventions: InterventionsTable;
  intervention_technicians: InterventionTechniciansTable;
  intervention_events: InterventionEventsTable;
  ticket_balances: TicketBalancesTable;
  ticket_movements: TicketMovementsTable;
  technician_hours: TechnicianHoursTable;
}

// Added by 0015 (services and interventions, art. 6, 7, 11.2).
export interface TechniciansTable {
  id: string;
  org_id: string;
  /** The staff user (technician role), or null for a named resource. */
  user_id: string | null;
  name: string;
  active: Generated<Bool01>;
  /** SHA-256 of the iCalendar feed secret; null when none or revoked. */
  feed_token_hash: string | null;
  feed_created_at: string | null;
  created_at: string;
  updated_at: string;
  /** Added by 0022: 1 once the technician's weekly hours are set (0: ALLEO's hours apply). */
  hours_set: Generated<Bool01>;
}

export type InterventionStatus = 'scheduled' | 'to-reschedule' | 'cancelled' | 'completed' | 'received';

export interface InterventionsTable {
  id: string;
  org_id: string;
  contract_id: string;
  contract_line_id: string;
  client_id: string;
  service_kind: string;
  label: string;
  mode: 'on-site' | 'remote';
  site_address: string | null;
  date: string;
  start_time: string;
  end_time: string;
  off_hours: Generated<Bool01>;
  surcharge_percent: string | null;
  surcharge_cents: Generated<number>;
  service_price_cents: number;
  indemnity_cents: Generated<number>;
  tickets: Generated<number>;
  terms_version: string;
  status: InterventionStatus;
  confirmation: 'pending' | 'guaranteed' | 'not-guaranteed';
  confirmed_on: string | null;
  confirmed_by: string | null;
  charge_cents: Generated<number>;
  charge_invoice_id: string | null;
  report_json: string | null;
  completed_at: string | null;
  signed_by_name: string | null;
  signed_at: string | null;
  received_on: string | null;
  invoice_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface InterventionTechniciansTable {
  intervention_id: string;
  technician_id: string;
  org_id: string;
  starts_at: string;
  ends_at: string;
  active: Generated<Bool01>;
}

export interface InterventionEventsTable {
  id: string;
  org_id: string;
  intervention_id: string;
  kind: string;
  cause: string | null;
  note: string | null;
  occurred_on: string;
  recorded_by: string;
  recorded_at: string;
}

export interface TicketBalancesTable {
  org_id: string;
  client_id: string;
  balance: number;
  updated_at: string;
}

export interface TicketMovementsTable {
  id: string;
  org_id: string;
  client_id: string;
  delta: number;
  reason: 'purchase' | 'consumption' | 'refund';
  intervention_id: string | null;
  invoice_id: string | null;
  recorded_by: string;
  recorded_at: string;
}

// Added by 0022 (technicians' weekly hours, issue #11).
export interface TechnicianHoursTable {
  technician_id: string;
  org_id: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  start_time: string;
  end_time: string;
  updated_at: string;
}
