import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useInvoices } from '../../data/invoices.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { InvoicesTable } from '../invoices/InvoicesTable.tsx';

/** The invoices and credit notes of a contract. */
export function ContractInvoices({ contractId, portal = false }: { contractId: string; portal?: boolean }) {
  const { t } = useI18n();
  const invoices = useInvoices({ contractId });
  return (
    <Section title={t('contract.invoices')} testId="contract-invoices">
      {invoices.isPending ? (
        <Loading />
      ) : invoices.isError ? (
        <ProblemAlert error={invoices.error} onRetry={() => void invoices.refetch()} testId="contract-invoices-error" />
      ) : invoices.data.items.length === 0 ? (
        <Empty title={t('invoices.empty')} testId="contract-invoices-empty" />
      ) : (
        <InvoicesTable
          invoices={invoices.data.items}
          linkBase={portal ? '/portal/invoices' : '/invoices'}
          showClient={false}
          testId="contract-invoices-table"
        />
      )}
    </Section>
  );
}
