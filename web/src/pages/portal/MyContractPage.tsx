import { Stack } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useContract } from '../../data/contracts.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ContractInvoices } from '../contracts/ContractInvoices.tsx';
import { ContractView } from '../contracts/ContractView.tsx';
import { ContractLifecycle } from '../contracts/ContractLifecycle.tsx';
import { ContractClaims } from '../returns/ContractClaims.tsx';
import { PortalClaimForms } from '../returns/PortalClaimForms.tsx';
import { RentalSection } from '../equipment/RentalSection.tsx';

/** Portal: one of the client's contracts. */
export function MyContractPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const detail = useContract(id);
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="my-contract-error" />;
  return (
    <Stack gap="md">
      <PageHeader title={t('contract.title', { number: detail.data.contract.number })} />
      <ContractView
        detail={detail.data}
        portal
        beforeTimeline={
          <>
            <RentalSection contractId={detail.data.contract.id} portal />
            <ContractInvoices contractId={detail.data.contract.id} portal />
          </>
        }
      />
      <ContractLifecycle contractId={detail.data.contract.id} />
      <PortalClaimForms contractId={detail.data.contract.id} lines={detail.data.contract.lines} />
      <ContractClaims contractId={detail.data.contract.id} portal />
    </Stack>
  );
}
