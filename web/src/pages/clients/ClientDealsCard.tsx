import { Tabs } from '@mantine/core';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useContracts } from '../../data/contracts.ts';
import { useInvoices } from '../../data/invoices.ts';
import { useQuotes } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { CONTRACT_READERS, INVOICE_READERS, QUOTE_READERS, useCan } from '../../roles.ts';
import { ContractsTable } from '../contracts/ContractsTable.tsx';
import { InvoiceListTotals } from '../invoices/InvoiceListTotals.tsx';
import { InvoicesTable } from '../invoices/InvoicesTable.tsx';
import { QuotesTable } from '../quotes/QuotesTable.tsx';
import { ClientStatement } from '../statements/ClientStatement.tsx';

/** The client's quotes, contracts, invoices and account statement (relevé de compte). */
export function ClientDealsCard({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const canReadInvoices = useCan(INVOICE_READERS);
  // ADR 0015: a technician reads contracts (without prices), not quotes; the DPO neither.
  const canReadQuotes = useCan(QUOTE_READERS);
  const canReadContracts = useCan(CONTRACT_READERS);
  const quotes = useQuotes({ clientId }, canReadQuotes);
  const contracts = useContracts({ clientId }, canReadContracts);
  const invoices = useInvoices({ clientId }, canReadInvoices);
  if (!canReadQuotes && !canReadContracts && !canReadInvoices) return null;
  return (
    <Section title={t('client.deals')} testId="client-deals">
      <Tabs defaultValue={canReadQuotes ? 'quotes' : 'contracts'} keepMounted={false}>
        <Tabs.List>
          {canReadQuotes && (
            <Tabs.Tab value="quotes" data-testid="client-tab-quotes">
              {t('nav.quotes')} ({quotes.data?.items.length ?? '…'})
            </Tabs.Tab>
          )}
          {canReadContracts && (
            <Tabs.Tab value="contracts" data-testid="client-tab-contracts">
              {t('nav.contracts')} ({contracts.data?.items.length ?? '…'})
            </Tabs.Tab>
          )}
          {canReadInvoices && (
            <>
              <Tabs.Tab value="invoices" data-testid="client-tab-invoices">
                {t('nav.invoices')} ({invoices.data?.items.length ?? '…'})
              </Tabs.Tab>
              <Tabs.Tab value="statement" data-testid="client-tab-statement">
                {t('statement.title')}
              </Tabs.Tab>
            </>
          )}
        </Tabs.List>
        <Tabs.Panel value="quotes" pt="md">
          {quotes.isPending ? (
            <Loading />
          ) : quotes.isError ? (
            <ProblemAlert error={quotes.error} />
          ) : quotes.data.items.length === 0 ? (
            <Empty title={t('quotes.empty')} />
          ) : (
            <QuotesTable quotes={quotes.data.items} linkBase="/quotes" showClient={false} testId="client-quotes" />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="contracts" pt="md">
          {contracts.isPending ? (
            <Loading />
          ) : contracts.isError ? (
            <ProblemAlert error={contracts.error} />
          ) : contracts.data.items.length === 0 ? (
            <Empty title={t('contracts.empty')} />
          ) : (
            <ContractsTable
              contracts={contracts.data.items}
              linkBase="/contracts"
              showClient={false}
              testId="client-contracts"
            />
          )}
        </Tabs.Panel>
        {canReadInvoices && (
          <>
            <Tabs.Panel value="invoices" pt="md">
              {invoices.isPending ? (
                <Loading />
              ) : invoices.isError ? (
                <ProblemAlert error={invoices.error} />
              ) : invoices.data.items.length === 0 ? (
                <Empty title={t('invoices.empty')} />
              ) : (
                <>
                  <InvoicesTable
                    invoices={invoices.data.items}
                    linkBase="/invoices"
                    showClient={false}
                    testId="client-invoices"
                  />
                  <InvoiceListTotals invoices={invoices.data.items} testId="client-invoices-totals" />
                </>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="statement" pt="md">
              <ClientStatement clientId={clientId} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Section>
  );
}
