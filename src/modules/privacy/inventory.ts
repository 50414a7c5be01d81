/**
 * The inventory of personal data (art. 17.1, GDPR art. 30(1)): every column and stored document
 * that holds, or is named like, personal data, with its legal basis and how long it is kept.
 * `test/integration/privacy-retention.test.ts` reads the migrated schema on both engines and
 * fails when a column named like personal data (email, name, phone, ip, address, to, cc) is not
 * listed here: a migration that adds one must say what it is and when it goes.
 */

export type Retention =
  /** Erased or anonymised by the sweep the day after retainUntil (end of relationship + 5 years, art. 17.2). */
  | 'relationship+5y'
  /** Deleted by the sweep after the connection-log period (privacy settings, 1 year at most). */
  | 'connection-log'
  /** Kept: legal obligation (Code de commerce L123-22: 10 years) or proof (art. 22). */
  | 'legal'
  /** Not personal data (a legal person, a product, a technical name). */
  | 'not-personal';

export interface InventoryItem {
  /** `table.column`, or `document:<what>` for stored documents. */
  id: string;
  personal: boolean;
  /** Category of data (art. 17.1: identification or connection). */
  category: 'identification' | 'connection' | 'correspondence' | 'none';
  /** GDPR art. 6 basis, with the article of the terms or the law. */
  legalBasis: string;
  retention: Retention;
  /** What happens at the end of the retention (or why nothing happens). */
  handling: string;
}

const CONTRACT = 'Exécution du contrat (RGPD art. 6(1)(b), CGV art. 17.2)';
const LEGAL_INVOICE = 'Obligation légale (RGPD art. 6(1)(c), Code de commerce L123-22 : 10 ans)';
const PROOF = 'Intérêt légitime : preuve (RGPD art. 6(1)(f), CGV art. 22)';
const SECURITY = 'Intérêt légitime : sécurité des accès (RGPD art. 6(1)(f))';
const ACCOUNTABILITY = 'Obligation légale : preuve du respect des droits (RGPD art. 5(2), 12)';
const NONE = '—';

export const PERSONAL_DATA_INVENTORY: readonly InventoryItem[] = [
  // Clients and their people (controller).
  {
    id: 'clients.email',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: 'set to null',
  },
  {
    id: 'clients.phone',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: 'set to null',
  },
  {
    id: 'clients.legal_name',
    personal: false,
    category: 'none',
    legalBasis: LEGAL_INVOICE,
    retention: 'not-personal',
    handling: 'a legal person; printed on issued invoices, kept',
  },
  {
    id: 'clients.address_line',
    personal: false,
    category: 'none',
    legalBasis: LEGAL_INVOICE,
    retention: 'not-personal',
    handling: "a company's billing address; printed on issued invoices, kept",
  },
  {
    id: 'clients.site_address_line',
    personal: false,
    category: 'none',
    legalBasis: CONTRACT,
    retention: 'not-personal',
    handling: "a company's site address",
  },
  {
    id: 'client_versions.identity_json',
    personal: true,
    category: 'identification',
    legalBasis: LEGAL_INVOICE,
    retention: 'relationship+5y',
    handling: 'e-mail erased from every version (ADR 0013); the printed identity of issued invoices stays',
  },
  {
    id: 'client_contacts.name',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: "replaced by 'Contact anonymisé'",
  },
  {
    id: 'client_contacts.title',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: 'set to null',
  },
  {
    id: 'sepa_mandates.debtor_name',
    personal: true,
    category: 'identification',
    legalBasis:
      'Exécution du contrat et preuve des prélèvements (RGPD art. 6(1)(b) et (f), CGV art. 10.1 ; règlement SEPA : mandat conservé au moins 14 mois après le dernier prélèvement)',
    retention: 'legal',
    handling:
      'the debtor is the client company (a person only for a sole trader); kept with the mandate as proof of the collections; not erased by the retention sweep (ADR 0019)',
  },
  {
    id: 'client_contacts.email',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: 'set to null',
  },
  {
    id: 'client_contacts.phone',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: 'set to null',
  },
  {
    id: 'client_contacts.restricted_on',
    personal: true,
    category: 'identification',
    legalBasis: ACCOUNTABILITY,
    retention: 'relationship+5y',
    handling:
      'contact: the day a restriction (GDPR art. 18) or objection (art. 21) took effect (ADR 0021); kept with the row, meaningless once it is anonymised',
  },
  {
    id: 'client_contacts.objected_on',
    personal: true,
    category: 'identification',
    legalBasis: ACCOUNTABILITY,
    retention: 'relationship+5y',
    handling:
      'contact: the day a restriction (GDPR art. 18) or objection (art. 21) took effect (ADR 0021); kept with the row, meaningless once it is anonymised',
  },
  // Portal and staff accounts.
  {
    id: 'users.email',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling:
      "portal users: replaced by 'anonymised-<id>@invalid.example', account disabled, sessions and tokens removed",
  },
  {
    id: 'users.name',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: "portal users: replaced by 'Utilisateur anonymisé'",
  },
  {
    id: 'users.notify_by_email',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: 'a preference flag',
  },
  {
    id: 'users.restricted_on',
    personal: true,
    category: 'identification',
    legalBasis: ACCOUNTABILITY,
    retention: 'relationship+5y',
    handling:
      'account: the day a restriction (GDPR art. 18) or objection (art. 21) took effect (ADR 0021); kept with the row, meaningless once it is anonymised',
  },
  {
    id: 'users.objected_on',
    personal: true,
    category: 'identification',
    legalBasis: ACCOUNTABILITY,
    retention: 'relationship+5y',
    handling:
      'account: the day a restriction (GDPR art. 18) or objection (art. 21) took effect (ADR 0021); kept with the row, meaningless once it is anonymised',
  },
  {
    id: 'api_tokens.name',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "a token's label",
  },
  {
    id: 'login_failures.email',
    personal: true,
    category: 'connection',
    legalBasis: SECURITY,
    retention: 'connection-log',
    handling: 'row deleted after the connection-log period',
  },
  {
    id: 'login_failures.ip',
    personal: true,
    category: 'connection',
    legalBasis: SECURITY,
    retention: 'connection-log',
    handling: 'row deleted after the connection-log period',
  },
  // Acceptance records (art. 3.1).
  {
    id: 'quotes.acceptance_json',
    personal: true,
    category: 'identification',
    legalBasis: PROOF,
    retention: 'relationship+5y',
    handling: "signatory's name, title and IP set to null; method, date and hashes kept",
  },
  {
    id: 'document:portal-acceptance-statement',
    personal: true,
    category: 'identification',
    legalBasis: PROOF,
    retention: 'relationship+5y',
    handling: 'content erased from the evidence store, the erasure recorded in the chain (ADR 0026)',
  },
  // Correspondence.
  {
    id: 'outbox_messages.to',
    personal: true,
    category: 'correspondence',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: 'recipients, body and .eml erased; subject and dates kept',
  },
  {
    id: 'outbox_messages.cc',
    personal: true,
    category: 'correspondence',
    legalBasis: CONTRACT,
    retention: 'relationship+5y',
    handling: 'erased with the message',
  },
  {
    id: 'outbox_messages.from_address',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "ALLEO's own address",
  },
  {
    id: 'document:email-about-quote',
    personal: true,
    category: 'correspondence',
    legalBasis: PROOF,
    retention: 'relationship+5y',
    handling: 'the .eml kept as evidence is erased, the erasure recorded in the chain (ADR 0026)',
  },
  {
    id: 'document:email-about-invoice-contract-debit-note',
    personal: true,
    category: 'correspondence',
    legalBasis: LEGAL_INVOICE,
    retention: 'legal',
    handling: 'kept with the document it proves (10 years)',
  },
  {
    id: 'evidence_entries.decision_json',
    personal: true,
    category: 'correspondence',
    legalBasis: PROOF,
    retention: 'legal',
    handling:
      'recipients of legally kept documents; hashed verbatim, never rewritten (ADR 0026); new entries name people by a digest only',
  },
  {
    id: 'notifications.text_fr',
    personal: true,
    category: 'identification',
    legalBasis: CONTRACT,
    retention: 'legal',
    handling: 'staff notification text may name a portal signatory; not erased yet (known gap)',
  },
  // Data-subject requests (art. 17.3).
  {
    id: 'data_subject_requests.subject_email',
    personal: true,
    category: 'identification',
    legalBasis: ACCOUNTABILITY,
    retention: 'relationship+5y',
    handling: "replaced by 'erased' with the client's data",
  },
  {
    id: 'data_subject_requests.subject_name',
    personal: true,
    category: 'identification',
    legalBasis: ACCOUNTABILITY,
    retention: 'relationship+5y',
    handling: 'set to null with the client',
  },
  // Not personal: ALLEO, partners, products, documents.
  {
    id: 'organisations.name',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "ALLEO's identity",
  },
  {
    id: 'organisations.address_line',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "ALLEO's identity",
  },
  {
    id: 'organisations.email',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "ALLEO's identity",
  },
  {
    id: 'organisations.phone',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "ALLEO's identity",
  },
  {
    id: 'lessors.name',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: 'a financing company',
  },
  {
    id: 'lessors.address_line',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: 'a financing company',
  },
  {
    id: 'lessors.email',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "a financing company's address",
  },
  {
    id: 'contract_assignments.assignee_name',
    personal: false,
    category: 'none',
    legalBasis: LEGAL_INVOICE,
    retention: 'not-personal',
    handling: 'a company taking over a contract',
  },
  {
    id: 'catalogue_items.name',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: 'a product',
  },
  {
    id: 'sub_processors.name',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: 'a company (annex, sub-processors)',
  },
  {
    id: 'sub_processors.address_line',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "a company's address",
  },
  {
    id: 'document:privacy-letters',
    personal: true,
    category: 'correspondence',
    legalBasis: ACCOUNTABILITY,
    retention: 'legal',
    handling:
      'extension letters of requests (name, e-mail); kept as proof that the request was handled. Exports are generated on demand, never stored',
  },
  {
    id: 'sweep_leases.name',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: 'a lock name',
  },
  {
    id: 'invoices.delivery_address_json',
    personal: false,
    category: 'none',
    legalBasis: LEGAL_INVOICE,
    retention: 'legal',
    handling: 'printed on the issued invoice, kept 10 years',
  },
  // Columns added by the deliveries, interventions, contract-end and search capabilities.
  {
    id: 'clients.search_name',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: 'the legal name folded for search (ADR 0028); follows legal_name, rewritten when it is anonymised',
  },
  {
    id: 'catalogue_items.search_name',
    personal: false,
    category: 'none',
    legalBasis: NONE,
    retention: 'not-personal',
    handling: "a product's name folded for search and French order (ADR 0028)",
  },
  {
    id: 'interventions.site_address',
    personal: false,
    category: 'none',
    legalBasis: CONTRACT,
    retention: 'not-personal',
    handling: "the client's site where the intervention takes place (a company's premises)",
  },
  {
    id: 'deliveries.signed_name',
    personal: true,
    category: 'identification',
    legalBasis: PROOF,
    retention: 'legal',
    handling:
      'the signatory of a rental delivery note: proof of the transfer of risk (art. 4.2.1); kept with the note, not erased',
  },
  {
    id: 'interventions.signed_by_name',
    personal: true,
    category: 'identification',
    legalBasis: PROOF,
    retention: 'legal',
    handling:
      "the client's signatory of an intervention report: proof of reception (art. 6); kept with the report, not erased",
  },
  {
    id: 'solicitation_hirings.employee_name',
    personal: true,
    category: 'identification',
    legalBasis: PROOF,
    retention: 'legal',
    handling:
      'the hired employee named in a non-solicitation claim (art. 18): proof of the indemnity claimed; kept with the claim',
  },
  {
    id: 'technicians.name',
    personal: true,
    category: 'identification',
    legalBasis: 'Intérêt légitime : organisation des interventions (RGPD art. 6(1)(f))',
    retention: 'legal',
    handling:
      "ALLEO's own technician (staff or named resource) on the planning; removed by an administrator when they leave",
  },
];

/** Tokens of a column name that make it look like personal data. */
const PERSONAL_TOKENS = new Set(['email', 'name', 'phone', 'ip', 'address']);
const PERSONAL_COLUMNS = new Set(['to', 'cc']);

export function looksPersonal(column: string): boolean {
  return PERSONAL_COLUMNS.has(column) || column.split('_').some((t) => PERSONAL_TOKENS.has(t));
}

/** The `table.column` names that look personal but that the inventory does not list. */
export function unlistedColumns(columns: ReadonlyArray<{ table: string; column: string }>): string[] {
  const listed = new Set(PERSONAL_DATA_INVENTORY.map((i) => i.id));
  return columns
    .filter((c) => looksPersonal(c.column) && !listed.has(`${c.table}.${c.column}`))
    .map((c) => `${c.table}.${c.column}`)
    .sort();
}
