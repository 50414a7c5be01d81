/** Demo data for a fresh, non-production install: ALLEO, one user per role, clients, catalogue. */
import type { Role } from '../modules/auth/index.ts';

export const ALLEO_ORGANISATION = {
  name: 'ALLEO',
  legal_form: 'SASU',
  share_capital_cents: null,
  address_line: '20 rue Troyon',
  postal_code: '92310',
  city: 'Sèvres',
  country: 'FR',
  siren: '481422475',
  siret: '48142247500014',
  vat_number: 'FR02481422475',
  rcs: 'RCS Nanterre 481 422 475',
  // A demonstration IBAN (valid checksum, not a real account).
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPPXXX',
  // A demonstration SEPA creditor identifier (ICS, valid checksum, not a real one): direct-debit
  // invoices must print it (EN 16931 BT-90), or they cannot be issued.
  sepa_creditor_id: 'FR70ZZZ481422',
  email: 'contact@alleo.example',
  phone: '+33 1 00 00 00 00',
};

export const DEMO_USERS: Array<{ role: Role; email: string; name: string; password: string; clientIndex?: number }> = [
  { role: 'admin', email: 'admin@alleo.example', name: 'Alice Admin', password: 'demo-admin-2026' },
  { role: 'sales', email: 'commercial@alleo.example', name: 'Sébastien Commercial', password: 'demo-sales-2026' },
  { role: 'order-admin', email: 'adv@alleo.example', name: 'Odile ADV', password: 'demo-adv-2026!' },
  { role: 'technician', email: 'technicien@alleo.example', name: 'Thomas Technicien', password: 'demo-tech-2026' },
  { role: 'accounting', email: 'compta@alleo.example', name: 'Claire Comptable', password: 'demo-compta-2026' },
  { role: 'dpo', email: 'dpo@alleo.example', name: 'David Référent', password: 'demo-dpo-2026!' },
  {
    role: 'client',
    email: 'it@transports-morel.example',
    name: 'Marc Morel',
    password: 'demo-client-2026',
    clientIndex: 0,
  },
];

export const DEMO_CLIENTS = [
  {
    legal_name: 'Transports Morel SAS',
    siren: '552081317',
    siret: '55208131700018',
    vat_number: 'FR03552081317',
    address_line: '12 rue de la Gare',
    postal_code: '71000',
    city: 'Mâcon',
    email: 'compta@transports-morel.example',
  },
  {
    legal_name: 'Clinique du Parc SA',
    siren: '383471489',
    siret: '38347148900013',
    vat_number: 'FR08383471489',
    address_line: '5 avenue du Parc',
    postal_code: '69006',
    city: 'Lyon',
    email: 'dsi@clinique-du-parc.example',
  },
  // Pays by SEPA direct debit: IBAN and signed mandate (RUM) on file (demonstration IBAN).
  {
    legal_name: 'Cabinet Durand Avocats SELARL',
    siren: '792539108',
    siret: '79253910800011',
    vat_number: 'FR90792539108',
    address_line: '40 boulevard Haussmann',
    postal_code: '75009',
    city: 'Paris',
    email: 'secretariat@durand-avocats.example',
    payment_method: 'direct-debit' as const,
    iban: 'FR7630004000031234567890143',
    bic: 'BNPAFRPPXXX',
    mandate_reference: 'ALLEO-DURAND-2025-001',
    mandate_signed_on: '2025-09-15',
  },
  {
    legal_name: 'Boulangeries Lefèvre SARL',
    siren: '412309783',
    siret: '41230978300014',
    vat_number: 'FR08412309783',
    address_line: '3 place du Marché',
    postal_code: '92310',
    city: 'Sèvres',
    email: 'gestion@lefevre.example',
  },
  {
    legal_name: 'Logistique Vallée du Rhône SAS',
    siren: '833112451',
    siret: '83311245100012',
    vat_number: 'FR57833112451',
    address_line: 'ZI des Platières',
    postal_code: '69400',
    city: 'Villefranche-sur-Saône',
    email: 'achats@lvr.example',
    site_address_line: 'Entrepôt 3, rue des Frères Lumière',
    site_postal_code: '69400',
    site_city: 'Arnas',
    site_country: 'FR',
    reference_opt_out: 1 as const,
  },
  // A public buyer (fictitious commune) paying by administrative mandate.
  {
    legal_name: 'Commune de Val-Fleuri',
    siren: '217100007',
    siret: '21710000700004',
    vat_number: null,
    address_line: "1 place de l'Hôtel de Ville",
    postal_code: '71250',
    city: 'Val-Fleuri',
    email: 'dgs@val-fleuri.example',
    payment_method: 'administrative-mandate' as const,
    public_buyer: 1 as const,
  },
];

/** Contacts of the demo clients (by index); the one marked correspondent is the art. 7 correspondent. */
export const DEMO_CONTACTS: Array<{
  clientIndex: number;
  name: string;
  title: string;
  email: string;
  phone: string | null;
  correspondent?: boolean;
}> = [
  {
    clientIndex: 0,
    name: 'Marc Morel',
    title: 'Directeur informatique',
    email: 'it@transports-morel.example',
    phone: '+33 3 85 00 00 01',
    correspondent: true,
  },
  { clientIndex: 0, name: 'Sophie Morel', title: 'Comptable', email: 'compta@transports-morel.example', phone: null },
  {
    clientIndex: 1,
    name: 'Dr Hélène Martin',
    title: 'DSI',
    email: 'h.martin@clinique-du-parc.example',
    phone: '+33 4 72 00 00 02',
    correspondent: true,
  },
  {
    clientIndex: 2,
    name: 'Maître Paul Durand',
    title: 'Associé gérant',
    email: 'p.durand@durand-avocats.example',
    phone: '+33 1 40 00 00 03',
    correspondent: true,
  },
  {
    clientIndex: 3,
    name: 'Julie Lefèvre',
    title: 'Gérante',
    email: 'julie@lefevre.example',
    phone: '+33 1 45 00 00 04',
    correspondent: true,
  },
  {
    clientIndex: 4,
    name: 'Karim Benali',
    title: 'Responsable achats',
    email: 'k.benali@lvr.example',
    phone: '+33 4 74 00 00 05',
    correspondent: true,
  },
  {
    clientIndex: 4,
    name: 'Nadia Roux',
    title: "Responsable d'exploitation",
    email: 'n.roux@lvr.example',
    phone: '+33 4 74 00 00 06',
  },
  {
    clientIndex: 5,
    name: 'Bernard Petit',
    title: 'Directeur général des services',
    email: 'dgs@val-fleuri.example',
    phone: '+33 3 85 00 00 07',
    correspondent: true,
  },
];

type Item = {
  kind: 'product' | 'service';
  category: string;
  offer_line: string | null;
  manufacturer: string | null;
  sku: string;
  name: string;
  indicative_price_cents: number;
  rentable?: boolean;
  monthly_rent_cents?: number;
  maintenance_fee_cents?: number;
  warranty_months?: number;
  /** Products: hardware is delivered, a virtualized solution is licensed per user (art. 8). */
  solution_kind?: 'hardware' | 'virtualized';
  licence_users?: number;
  late_cancellation_indemnity_cents?: number;
  off_hours_surcharge_percent?: string;
};

export const DEMO_CATALOGUE: Item[] = [
  {
    kind: 'product',
    category: 'firewall',
    offer_line: 'cybersecurity',
    manufacturer: 'Fortinet',
    sku: 'FG-40F',
    name: 'Pare-feu FortiGate 40F',
    indicative_price_cents: 59000,
    rentable: true,
    monthly_rent_cents: 2900,
    maintenance_fee_cents: 900,
    warranty_months: 12,
    solution_kind: 'hardware',
  },
  {
    kind: 'product',
    category: 'firewall',
    offer_line: 'cybersecurity',
    manufacturer: 'Fortinet',
    sku: 'FG-100F',
    name: 'Pare-feu FortiGate 100F',
    indicative_price_cents: 329000,
    rentable: true,
    monthly_rent_cents: 13900,
    maintenance_fee_cents: 3500,
    warranty_months: 12,
    solution_kind: 'hardware',
  },
  {
    kind: 'product',
    category: 'wifi-access-point',
    offer_line: 'cybersecurity',
    manufacturer: 'Fortinet',
    sku: 'FAP-231F',
    name: 'Borne wifi FortiAP 231F',
    indicative_price_cents: 64000,
    rentable: true,
    monthly_rent_cents: 2500,
    maintenance_fee_cents: 600,
    warranty_months: 12,
    solution_kind: 'hardware',
  },
  {
    kind: 'product',
    category: 'switch',
    offer_line: 'cybersecurity',
    manufacturer: 'Fortinet',
    sku: 'FS-124F-POE',
    name: 'Switch FortiSwitch 124F PoE',
    indicative_price_cents: 115000,
    rentable: true,
    monthly_rent_cents: 4500,
    maintenance_fee_cents: 1000,
    warranty_months: 12,
    solution_kind: 'hardware',
  },
  {
    kind: 'product',
    category: 'telephony-licence',
    offer_line: 'telephony',
    manufacturer: '3CX',
    sku: '3CX-PRO-8SC',
    name: 'Licence téléphonie 3CX Pro 8 appels simultanés (1 an)',
    indicative_price_cents: 49500,
    solution_kind: 'virtualized',
    licence_users: 8,
  },
  {
    kind: 'product',
    category: 'log-storage',
    offer_line: 'cybersecurity',
    manufacturer: 'Fortinet',
    sku: 'FAZ-CLOUD-1Y',
    name: 'Stockage de logs FortiAnalyzer Cloud (1 an)',
    indicative_price_cents: 36000,
    solution_kind: 'virtualized',
    licence_users: 1,
  },
  {
    kind: 'product',
    category: 'management-console',
    offer_line: 'cybersecurity',
    manufacturer: 'Fortinet',
    sku: 'FMG-CLOUD-1Y',
    name: 'Console de gestion FortiManager Cloud (1 an)',
    indicative_price_cents: 42000,
    solution_kind: 'virtualized',
    licence_users: 1,
  },
  {
    kind: 'product',
    category: 'two-factor-authentication',
    offer_line: 'cybersecurity',
    manufacturer: 'Fortinet',
    sku: 'FTK-CLOUD-25',
    name: 'Double authentification FortiToken Cloud (25 utilisateurs)',
    indicative_price_cents: 27500,
    solution_kind: 'virtualized',
    licence_users: 25,
  },
  {
    kind: 'product',
    category: 'endpoint-protection',
    offer_line: 'cybersecurity',
    manufacturer: 'SentinelOne',
    sku: 'S1-CORE-1Y',
    name: 'Protection des postes SentinelOne Core (par poste, 1 an)',
    indicative_price_cents: 5500,
    solution_kind: 'virtualized',
    licence_users: 1,
  },
  {
    kind: 'product',
    category: 'unified-communications',
    offer_line: 'unified-communications',
    manufacturer: '3CX',
    sku: '3CX-UC-HOSTED',
    name: 'Communications unifiées 3CX hébergées (par utilisateur et par mois)',
    indicative_price_cents: 900,
    solution_kind: 'virtualized',
    licence_users: 1,
  },
  {
    kind: 'service',
    category: 'diagnostic',
    offer_line: null,
    manufacturer: null,
    sku: 'SRV-DIAG',
    name: 'Diagnostic de sécurité du réseau (rapport et préconisations)',
    indicative_price_cents: 120000,
    late_cancellation_indemnity_cents: 30000,
    off_hours_surcharge_percent: '50',
  },
  {
    kind: 'service',
    category: 'installation',
    offer_line: null,
    manufacturer: null,
    sku: 'SRV-INSTALL-DAY',
    name: "Installation et paramétrage (jour d'intervention)",
    indicative_price_cents: 95000,
    late_cancellation_indemnity_cents: 25000,
    off_hours_surcharge_percent: '50',
  },
  {
    kind: 'service',
    category: 'training',
    offer_line: null,
    manufacturer: null,
    sku: 'SRV-TRAINING-HALF',
    name: 'Formation des utilisateurs (demi-journée, sur site ou à distance)',
    indicative_price_cents: 65000,
    late_cancellation_indemnity_cents: 20000,
    off_hours_surcharge_percent: '50',
  },
  {
    kind: 'service',
    category: 'maintenance-ticket',
    offer_line: null,
    manufacturer: null,
    sku: 'SRV-TICKET',
    name: 'Ticket de maintenance (1 heure)',
    indicative_price_cents: 11000,
    late_cancellation_indemnity_cents: 5500,
    off_hours_surcharge_percent: '100',
  },
  {
    kind: 'service',
    category: 'rental-maintenance',
    offer_line: null,
    manufacturer: null,
    sku: 'SRV-RENTAL-MAINT',
    name: 'Maintenance du matériel loué (incluse dans le loyer)',
    indicative_price_cents: 0,
  },
];
