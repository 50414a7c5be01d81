import { Suspense, lazy } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { useSession } from './auth/session.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { Loading } from './components/QueryState.tsx';
import { BACK_OFFICE_NAV, PORTAL_NAV, navItems } from './navigation.ts';
import type { NavItem } from './navigation.ts';
import { ComingSoonPage } from './pages/ComingSoonPage.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { PortalHomePage } from './pages/PortalHomePage.tsx';
import { NotFoundPage, RoleGate } from './pages/StatusPages.tsx';
import { PAYMENT_WRITERS } from './roles.ts';

/** A page component loaded on first visit (one chunk per page file). */
function lazyPage<K extends string>(load: () => Promise<{ [P in K]: ComponentType }>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const UsersPage = lazyPage(() => import('./pages/users/UsersPage.tsx'), 'UsersPage');
const TermsPage = lazyPage(() => import('./pages/terms/TermsPage.tsx'), 'TermsPage');
const SimulatorPage = lazyPage(() => import('./pages/simulator/SimulatorPage.tsx'), 'SimulatorPage');
const RatesPage = lazyPage(() => import('./pages/rates/RatesPage.tsx'), 'RatesPage');
const EvidencePage = lazyPage(() => import('./pages/evidence/EvidencePage.tsx'), 'EvidencePage');
const ClientsPage = lazyPage(() => import('./pages/clients/ClientsPage.tsx'), 'ClientsPage');
const ClientDetailPage = lazyPage(() => import('./pages/clients/ClientDetailPage.tsx'), 'ClientDetailPage');
const CataloguePage = lazyPage(() => import('./pages/catalogue/CataloguePage.tsx'), 'CataloguePage');
const CatalogueItemPage = lazyPage(() => import('./pages/catalogue/CatalogueItemPage.tsx'), 'CatalogueItemPage');
const QuotesPage = lazyPage(() => import('./pages/quotes/QuotesPage.tsx'), 'QuotesPage');
const QuoteEditorPage = lazyPage(() => import('./pages/quotes/QuoteEditorPage.tsx'), 'QuoteEditorPage');
const QuoteDetailPage = lazyPage(() => import('./pages/quotes/QuoteDetailPage.tsx'), 'QuoteDetailPage');
const ContractsPage = lazyPage(() => import('./pages/contracts/ContractsPage.tsx'), 'ContractsPage');
const ContractDetailPage = lazyPage(() => import('./pages/contracts/ContractDetailPage.tsx'), 'ContractDetailPage');
const LessorsPage = lazyPage(() => import('./pages/lessors/LessorsPage.tsx'), 'LessorsPage');
const MyQuotesPage = lazyPage(() => import('./pages/portal/MyQuotesPage.tsx'), 'MyQuotesPage');
const MyQuotePage = lazyPage(() => import('./pages/portal/MyQuotePage.tsx'), 'MyQuotePage');
const MyContractsPage = lazyPage(() => import('./pages/portal/MyContractsPage.tsx'), 'MyContractsPage');
const MyContractPage = lazyPage(() => import('./pages/portal/MyContractPage.tsx'), 'MyContractPage');
const InvoicesPage = lazyPage(() => import('./pages/invoices/InvoicesPage.tsx'), 'InvoicesPage');
const InvoiceDetailPage = lazyPage(() => import('./pages/invoices/InvoiceDetailPage.tsx'), 'InvoiceDetailPage');
const PaymentsPage = lazyPage(() => import('./pages/payments/PaymentsPage.tsx'), 'PaymentsPage');
const PaymentEntryPage = lazyPage(() => import('./pages/payments/PaymentEntryPage.tsx'), 'PaymentEntryPage');
const BankImportsPage = lazyPage(() => import('./pages/payments/BankImportsPage.tsx'), 'BankImportsPage');
const BankImportPage = lazyPage(() => import('./pages/payments/BankImportPage.tsx'), 'BankImportPage');
const MyInvoicesPage = lazyPage(() => import('./pages/portal/MyInvoicesPage.tsx'), 'MyInvoicesPage');
const MyInvoicePage = lazyPage(() => import('./pages/portal/MyInvoicePage.tsx'), 'MyInvoicePage');
const MyStatementPage = lazyPage(() => import('./pages/portal/MyStatementPage.tsx'), 'MyStatementPage');
const MyDuesPage = lazyPage(() => import('./pages/portal/MyDuesPage.tsx'), 'MyDuesPage');
const DunningPage = lazyPage(() => import('./pages/dunning/DunningPage.tsx'), 'DunningPage');
const DebitNotesPage = lazyPage(() => import('./pages/debit-notes/DebitNotesPage.tsx'), 'DebitNotesPage');
const DebitNoteDetailPage = lazyPage(
  () => import('./pages/debit-notes/DebitNoteDetailPage.tsx'),
  'DebitNoteDetailPage',
);
const MyDebitNotePage = lazyPage(() => import('./pages/debit-notes/DebitNoteDetailPage.tsx'), 'MyDebitNotePage');
const CollectionRunsPage = lazyPage(() => import('./pages/sepa/CollectionRunsPage.tsx'), 'CollectionRunsPage');
const ExportsPage = lazyPage(() => import('./pages/exports/ExportsPage.tsx'), 'ExportsPage');
const BillingRunsPage = lazyPage(() => import('./pages/billing/BillingRunsPage.tsx'), 'BillingRunsPage');
const TokensPage = lazyPage(() => import('./pages/tokens/TokensPage.tsx'), 'TokensPage');
const OutboxPage = lazyPage(() => import('./pages/outbox/OutboxPage.tsx'), 'OutboxPage');
const NotificationsPage = lazyPage(() => import('./pages/notifications/NotificationsPage.tsx'), 'NotificationsPage');
const ReturnsPage = lazyPage(() => import('./pages/returns/ReturnsPage.tsx'), 'ReturnsPage');
const DeliveriesPage = lazyPage(() => import('./pages/equipment/DeliveriesPage.tsx'), 'DeliveriesPage');
const RentalsPage = lazyPage(() => import('./pages/equipment/RentalsPage.tsx'), 'RentalsPage');
const OrganisationPage = lazyPage(() => import('./pages/organisation/OrganisationPage.tsx'), 'OrganisationPage');
const InterventionsPage = lazyPage(() => import('./pages/interventions/InterventionsPage.tsx'), 'InterventionsPage');
const InterventionDetailPage = lazyPage(
  () => import('./pages/interventions/InterventionDetailPage.tsx'),
  'InterventionDetailPage',
);
const TicketsPage = lazyPage(() => import('./pages/interventions/TicketsPage.tsx'), 'TicketsPage');
const TechniciansPage = lazyPage(() => import('./pages/interventions/TechniciansPage.tsx'), 'TechniciansPage');
const MyInterventionsPage = lazyPage(() => import('./pages/portal/MyInterventionsPage.tsx'), 'MyInterventionsPage');
const MyEquipmentPage = lazyPage(() => import('./pages/portal/MyEquipmentPage.tsx'), 'MyEquipmentPage');
const PrivacyPage = lazyPage(() => import('./pages/privacy/PrivacyPage.tsx'), 'PrivacyPage');
const MyPrivacyPage = lazyPage(() => import('./pages/portal/MyPrivacyPage.tsx'), 'MyPrivacyPage');

/** Pages already built; every other menu entry shows its "coming soon" placeholder. */
const BUILT: Record<string, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  'portal-home': () => <PortalHomePage />,
  users: () => <UsersPage />,
  terms: () => <TermsPage />,
  simulator: () => <SimulatorPage />,
  rates: () => <RatesPage />,
  evidence: () => <EvidencePage />,
  clients: () => <ClientsPage />,
  catalogue: () => <CataloguePage />,
  quotes: () => <QuotesPage />,
  contracts: () => <ContractsPage />,
  lessors: () => <LessorsPage />,
  'my-quotes': () => <MyQuotesPage />,
  'my-contracts': () => <MyContractsPage />,
  invoices: () => <InvoicesPage />,
  payments: () => <PaymentsPage />,
  'my-invoices': () => <MyInvoicesPage />,
  'my-statement': () => <MyStatementPage />,
  'my-dues': () => <MyDuesPage />,
  dunning: () => <DunningPage />,
  'debit-notes': () => <DebitNotesPage />,
  'billing-runs': () => <BillingRunsPage />,
  exports: () => <ExportsPage />,
  'sepa-runs': () => <CollectionRunsPage />,
  organisation: () => <OrganisationPage />,
  tokens: () => <TokensPage />,
  outbox: () => <OutboxPage />,
  notifications: () => <NotificationsPage />,
  returns: () => <ReturnsPage />,
  interventions: () => <InterventionsPage />,
  'my-interventions': () => <MyInterventionsPage />,
  'my-equipment': () => <MyEquipmentPage />,
  privacy: () => <PrivacyPage />,
  'my-privacy': () => <MyPrivacyPage />,
  deliveries: () => <DeliveriesPage />,
  rentals: () => <RentalsPage />,
};

/** Pages below a menu entry (same roles), by path relative to their frame. */
const SUBPAGES: Record<string, ReadonlyArray<readonly [string, () => ReactNode]>> = {
  terms: [['terms/:version', () => <TermsPage />]],
  clients: [['clients/:id', () => <ClientDetailPage />]],
  catalogue: [['catalogue/:id', () => <CatalogueItemPage />]],
  quotes: [
    ['quotes/new', () => <QuoteEditorPage />],
    ['quotes/:id/edit', () => <QuoteEditorPage />],
    ['quotes/:id', () => <QuoteDetailPage />],
  ],
  contracts: [['contracts/:id', () => <ContractDetailPage />]],
  'my-quotes': [['quotes/:id', () => <MyQuotePage />]],
  'my-contracts': [['contracts/:id', () => <MyContractPage />]],
  invoices: [['invoices/:id', () => <InvoiceDetailPage />]],
  payments: [
    [
      'payments/new',
      () => (
        <RoleGate roles={PAYMENT_WRITERS}>
          <PaymentEntryPage />
        </RoleGate>
      ),
    ],
    [
      'payments/bank-imports',
      () => (
        <RoleGate roles={PAYMENT_WRITERS}>
          <BankImportsPage />
        </RoleGate>
      ),
    ],
    [
      'payments/bank-imports/:id',
      () => (
        <RoleGate roles={PAYMENT_WRITERS}>
          <BankImportPage />
        </RoleGate>
      ),
    ],
  ],
  'debit-notes': [['debit-notes/:id', () => <DebitNoteDetailPage />]],
  interventions: [
    ['interventions/tickets', () => <TicketsPage />],
    ['interventions/technicians', () => <TechniciansPage />],
    ['interventions/:id', () => <InterventionDetailPage />],
  ],
  'my-invoices': [
    ['invoices/:id', () => <MyInvoicePage />],
    ['debit-notes/:id', () => <MyDebitNotePage />],
  ],
};

function page(item: NavItem, render?: () => ReactNode): ReactNode {
  const content = render?.() ?? BUILT[item.key]?.() ?? <ComingSoonPage item={item} />;
  return (
    <RoleGate roles={item.roles}>
      <Suspense fallback={<Loading />}>{content}</Suspense>
    </RoleGate>
  );
}

function BackOfficeFrame() {
  const { user } = useSession();
  return user.role === 'client' ? <Navigate to="/portal" replace /> : <AppLayout nav={BACK_OFFICE_NAV} />;
}

function PortalFrame() {
  const { user } = useSession();
  return user.role === 'client' ? <AppLayout nav={PORTAL_NAV} portal /> : <Navigate to="/" replace />;
}

/** The routes of a frame: each menu entry (its index or path) and the pages below it. */
function frameRoutes(items: readonly NavItem[], root: string) {
  return items.flatMap((item) => [
    item.path === root ? (
      <Route key={item.key} index element={page(item)} />
    ) : (
      <Route key={item.key} path={item.path.slice(root.length === 1 ? 1 : root.length + 1)} element={page(item)} />
    ),
    ...(SUBPAGES[item.key] ?? []).map(([path, render]) => (
      <Route key={`${item.key}:${path}`} path={path} element={page(item, render)} />
    )),
  ]);
}

const backOfficeItems = navItems(BACK_OFFICE_NAV);
const portalItems = navItems(PORTAL_NAV);

/** Routes: /login, the back-office (staff roles) and /portal (client users). */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route path="/portal" element={<PortalFrame />}>
          {frameRoutes(portalItems, '/portal')}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route element={<BackOfficeFrame />}>
          {frameRoutes(backOfficeItems, '/')}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
