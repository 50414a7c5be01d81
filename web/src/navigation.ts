import type { Role } from './api-types.ts';
import type { MessageKey } from './i18n/i18n.ts';

/** One navigation entry; `roles` is a UI convenience, the server enforces access anyway. */
export interface NavItem {
  /** Stable key, used in `data-testid="nav-<key>"`. */
  key: string;
  path: string;
  labelKey: MessageKey;
  roles: readonly Role[];
  /** Articles of the terms the capability applies (shown on placeholders). */
  articles: readonly string[];
  /** One-line description shown while the page is a placeholder. */
  descriptionKey?: MessageKey;
}

export interface NavGroup {
  key: string;
  labelKey?: MessageKey;
  items: readonly NavItem[];
}

const STAFF: readonly Role[] = ['admin', 'sales', 'order-admin', 'technician', 'accounting', 'dpo'];
const COMMERCE: readonly Role[] = ['admin', 'sales', 'order-admin', 'accounting'];
const OPERATIONS: readonly Role[] = ['admin', 'sales', 'order-admin', 'technician'];
const FINANCE: readonly Role[] = ['admin', 'order-admin', 'accounting'];

/** Back-office menu, grouped as the business works. */
export const BACK_OFFICE_NAV: readonly NavGroup[] = [
  {
    key: 'home',
    items: [
      { key: 'dashboard', path: '/', labelKey: 'nav.dashboard', roles: STAFF, articles: [] },
      { key: 'notifications', path: '/notifications', labelKey: 'nav.notifications', roles: STAFF, articles: [] },
    ],
  },
  {
    key: 'commercial',
    labelKey: 'nav.group.commercial',
    items: [
      {
        key: 'clients',
        path: '/clients',
        labelKey: 'nav.clients',
        roles: STAFF,
        articles: ['1', '2', '7', '14.7'],
        descriptionKey: 'soon.desc.clients',
      },
      {
        key: 'catalogue',
        path: '/catalogue',
        labelKey: 'nav.catalogue',
        roles: STAFF,
        articles: ['5', '8', '9.1', '14'],
        descriptionKey: 'soon.desc.catalogue',
      },
      {
        key: 'quotes',
        path: '/quotes',
        labelKey: 'nav.quotes',
        roles: COMMERCE,
        articles: ['3.1', '3.2', '9.1', '9.2'],
        descriptionKey: 'soon.desc.quotes',
      },
      {
        key: 'contracts',
        path: '/contracts',
        labelKey: 'nav.contracts',
        roles: [...COMMERCE, 'technician'],
        articles: ['1.2', '3.2', '3.3', '3.4', '15.1', '19'],
        descriptionKey: 'soon.desc.contracts',
      },
      { key: 'lessors', path: '/lessors', labelKey: 'nav.lessors', roles: COMMERCE, articles: ['3.2', '4.2.4'] },
    ],
  },
  {
    key: 'execution',
    labelKey: 'nav.group.execution',
    items: [
      {
        key: 'deliveries',
        path: '/deliveries',
        labelKey: 'nav.deliveries',
        roles: OPERATIONS,
        articles: ['4.1.1', '4.1.2', '4.1.3', '4.1.4'],
        descriptionKey: 'soon.desc.deliveries',
      },
      {
        key: 'rentals',
        path: '/rentals',
        labelKey: 'nav.rentals',
        roles: [...OPERATIONS, 'accounting'],
        articles: ['4.2', '7', '15.3'],
        descriptionKey: 'soon.desc.rentals',
      },
      {
        key: 'interventions',
        path: '/interventions',
        labelKey: 'nav.interventions',
        roles: OPERATIONS,
        articles: ['6.6', '6.7', '6.9'],
        descriptionKey: 'soon.desc.interventions',
      },
      {
        key: 'returns',
        path: '/returns',
        labelKey: 'nav.returns',
        roles: [...OPERATIONS, 'accounting'],
        articles: ['11.2', '12'],
        descriptionKey: 'soon.desc.returns',
      },
    ],
  },
  {
    key: 'finance',
    labelKey: 'nav.group.finance',
    items: [
      {
        key: 'invoices',
        path: '/invoices',
        labelKey: 'nav.invoices',
        roles: [...FINANCE, 'sales'],
        articles: ['9.2', '9.4', '10.1'],
        descriptionKey: 'soon.desc.invoices',
      },
      {
        key: 'payments',
        path: '/payments',
        labelKey: 'nav.payments',
        roles: [...FINANCE, 'sales'],
        articles: ['10.1', '10.2'],
        descriptionKey: 'soon.desc.payments',
      },
      {
        key: 'dunning',
        path: '/dunning',
        labelKey: 'nav.dunning',
        roles: ['admin', 'accounting'],
        articles: ['10.3', '15.2'],
        descriptionKey: 'soon.desc.dunning',
      },
      {
        key: 'debit-notes',
        path: '/debit-notes',
        labelKey: 'nav.debitNotes',
        roles: [...FINANCE, 'sales'],
        articles: ['10.3'],
        descriptionKey: 'soon.desc.debitNotes',
      },
      {
        key: 'billing-runs',
        path: '/billing-runs',
        labelKey: 'nav.billingRuns',
        roles: ['admin', 'accounting'],
        articles: ['9.1', '10.1'],
        descriptionKey: 'soon.desc.billingRuns',
      },
      { key: 'exports', path: '/exports', labelKey: 'nav.exports', roles: ['admin', 'accounting'], articles: [] },
      {
        key: 'sepa-runs',
        path: '/sepa-runs',
        labelKey: 'nav.sepaRuns',
        roles: ['admin', 'accounting'],
        articles: ['10.1'],
      },
    ],
  },
  {
    key: 'compliance',
    labelKey: 'nav.group.compliance',
    items: [
      { key: 'terms', path: '/terms', labelKey: 'nav.terms', roles: STAFF, articles: ['1.1', '1.2'] },
      { key: 'simulator', path: '/simulator', labelKey: 'nav.simulator', roles: STAFF, articles: [] },
      { key: 'rates', path: '/rates', labelKey: 'nav.rates', roles: STAFF, articles: ['10.3'] },
      {
        key: 'evidence',
        path: '/evidence',
        labelKey: 'nav.evidence',
        roles: ['admin', 'order-admin', 'accounting', 'dpo'],
        articles: ['22'],
        descriptionKey: 'soon.desc.evidence',
      },
      {
        key: 'privacy',
        path: '/privacy',
        labelKey: 'nav.privacy',
        roles: ['admin', 'dpo'],
        articles: ['13', '17'],
        descriptionKey: 'soon.desc.privacy',
      },
    ],
  },
  {
    key: 'admin',
    labelKey: 'nav.group.admin',
    items: [
      { key: 'users', path: '/users', labelKey: 'nav.users', roles: ['admin'], articles: [] },
      // Every staff member may give an integration a bearer token of their own (an admin sees all).
      { key: 'tokens', path: '/tokens', labelKey: 'nav.tokens', roles: STAFF, articles: [] },
      { key: 'outbox', path: '/outbox', labelKey: 'nav.outbox', roles: ['admin'], articles: ['22'] },
      // Administrators change the company's identity; the other staff read it.
      { key: 'organisation', path: '/organisation', labelKey: 'nav.organisation', roles: STAFF, articles: [] },
    ],
  },
];

/** Client portal menu. */
export const PORTAL_NAV: readonly NavGroup[] = [
  {
    key: 'portal',
    labelKey: 'nav.group.portal',
    items: [
      { key: 'portal-home', path: '/portal', labelKey: 'nav.portalHome', roles: ['client'], articles: [] },
      {
        key: 'my-quotes',
        path: '/portal/quotes',
        labelKey: 'nav.myQuotes',
        roles: ['client'],
        articles: ['3.1', '3.3'],
        descriptionKey: 'soon.desc.myQuotes',
      },
      {
        key: 'my-contracts',
        path: '/portal/contracts',
        labelKey: 'nav.myContracts',
        roles: ['client'],
        articles: ['3.2', '15.1'],
        descriptionKey: 'soon.desc.myContracts',
      },
      {
        key: 'my-invoices',
        path: '/portal/invoices',
        labelKey: 'nav.myInvoices',
        roles: ['client'],
        articles: ['10.1', '10.3'],
        descriptionKey: 'soon.desc.myInvoices',
      },
      {
        key: 'my-statement',
        path: '/portal/statement',
        labelKey: 'nav.myStatement',
        roles: ['client'],
        articles: ['10.1'],
        descriptionKey: 'soon.desc.myStatement',
      },
      {
        key: 'my-interventions',
        path: '/portal/interventions',
        labelKey: 'nav.myInterventions',
        roles: ['client'],
        articles: ['6.9', '7'],
      },
      {
        key: 'my-dues',
        path: '/portal/dues',
        labelKey: 'nav.myDues',
        roles: ['client'],
        articles: ['10.3'],
        descriptionKey: 'soon.desc.myDues',
      },
      { key: 'my-privacy', path: '/portal/privacy', labelKey: 'nav.myPrivacy', roles: ['client'], articles: ['17.3'] },
      {
        key: 'my-equipment',
        path: '/portal/equipment',
        labelKey: 'nav.myEquipment',
        roles: ['client'],
        articles: ['4.1.4', '4.2.5'],
      },
    ],
  },
];

/** The groups and items a role may see (empty groups dropped). */
export function visibleNav(groups: readonly NavGroup[], role: Role): NavGroup[] {
  return groups
    .map((group) => ({ ...group, items: group.items.filter((item) => item.roles.includes(role)) }))
    .filter((group) => group.items.length > 0);
}

/** Every item of a menu, flattened (for routes). */
export function navItems(groups: readonly NavGroup[]): NavItem[] {
  return groups.flatMap((group) => group.items);
}
