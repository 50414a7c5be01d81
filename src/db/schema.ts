/**
 * Row types of every table, as the domain sees them after the type parsers in database.ts:
 * money is a number of cents, civil dates are 'YYYY-MM-DD' strings, timestamps are UTC ISO
 * strings, booleans are 0/1 integers (portable between SQLite and PostgreSQL).
 */
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

export interface Database {
  terms_versions: TermsVersionsTable;
  ecb_rates: EcbRatesTable;
  evidence_documents: EvidenceDocumentsTable;
  evidence_entries: EvidenceEntriesTable;
  evidence_heads: EvidenceHeadsTable;
  decisions: DecisionsTable;
  sweep_runs: SweepRunsTable;
  sweep_leases: SweepLeasesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  clients: ClientsTable;
  catalogue_items: CatalogueItemsTable;
  idempotency_keys: IdempotencyKeysTable;
}
