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
  catalogue_item_id: string;
  sku: string;
  label: string;
  category: string;
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
  status: 'active';
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

export interface Database {
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  payments: PaymentsTable;
  payment_allocations: PaymentAllocationsTable;
  bank_imports: BankImportsTable;
  bank_lines: BankLinesTable;
  debit_notes: DebitNotesTable;
  debit_note_rows: DebitNoteRowsTable;
  dunning_steps: DunningStepsTable;
  dunning_actions: DunningActionsTable;
  billing_runs: BillingRunsTable;
  terms_versions: TermsVersionsTable;
  ecb_rates: EcbRatesTable;
  evidence_documents: EvidenceDocumentsTable;
  evidence_entries: EvidenceEntriesTable;
  evidence_heads: EvidenceHeadsTable;
  decisions: DecisionsTable;
  sweep_runs: SweepRunsTable;
  sweep_leases: SweepLeasesTable;
  organisations: OrganisationsTable;
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
}
