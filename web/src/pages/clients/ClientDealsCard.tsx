import { Tabs } from '@mantine/core';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useContracts } from '../../data/contracts.ts';
import { useQuotes } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ContractsTable } from '../contracts/ContractsTable.tsx';
import { QuotesTable } from '../quotes/QuotesTable.tsx';

/** The client's quotes and contracts. */
export function ClientDealsCard({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const quotes = useQuotes({ clientId });
  const contracts = useContracts({ clientId });
  return (
    <Section title={t('client.deals')} testId="client-deals">
      <Tabs defaultValue="quotes" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="quotes" data-testid="client-tab-quotes">
            {t('nav.quotes')} ({quotes.data?.items.length ?? '…'})
          </Tabs.Tab>
          <Tabs.Tab value="contracts" data-testid="client-tab-contracts">
            {t('nav.contracts')} ({contracts.data?.items.length ?? '…'})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="quotes" pt="md">
          {quotes.isPending ? <Loading /> : quotes.isError ? <ProblemAlert error={quotes.error} /> : quotes.data.items.length === 0 ? <Empty title={t('quotes.empty')} /> : <QuotesTable quotes={quotes.data.items} linkBase="/quotes" showClient={false} testId="client-quotes" />}
        </Tabs.Panel>
        <Tabs.Panel value="contracts" pt="md">
          {contracts.isPending ? <Loading /> : contracts.isError ? <ProblemAlert error={contracts.error} /> : contracts.data.items.length === 0 ? <Empty title={t('contracts.empty')} /> : <ContractsTable contracts={contracts.data.items} linkBase="/contracts" showClient={false} testId="client-contracts" />}
        </Tabs.Panel>
      </Tabs>
    </Section>
  );
}
