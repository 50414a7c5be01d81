import { useState } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { DocumentMessages } from '../../components/DocumentMessages.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useContract, useSendAcknowledgement } from '../../data/contracts.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { INVOICE_DRAFTERS, INVOICE_READERS, ORDER_ADMIN, useCan } from '../../roles.ts';
import { ContractInvoiceModal } from './ContractInvoiceModal.tsx';
import { ContractInvoices } from './ContractInvoices.tsx';
import { RentalSection } from '../equipment/RentalSection.tsx';
import { AssignmentModal } from './AssignmentModal.tsx';
import { ContractView } from './ContractView.tsx';
import { ContractLifecycle } from './ContractLifecycle.tsx';
import { ContractClaims } from '../returns/ContractClaims.tsx';
import { ContractRegisters } from './ContractRegisters.tsx';

/** One contract in the back-office; order administration can (re)send its acknowledgement and record an assignment (art. 19.1). */
export function ContractDetailPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const detail = useContract(id);
  const send = useSendAcknowledgement();
  const canSend = useCan(ORDER_ADMIN);
  const canAssign = useCan(ORDER_ADMIN);
  const canInvoice = useCan(INVOICE_DRAFTERS);
  const canReadInvoices = useCan(INVOICE_READERS);
  const [invoicing, setInvoicing] = useState(false);
  const [assigning, setAssigning] = useState(false);
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="contract-load-error" />;
  const { contract } = detail.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('contract.title', { number: contract.number })}
        subtitle={contract.clientName}
        actions={
          <>
            {canInvoice && (
              <Button size="xs" onClick={() => setInvoicing(true)} data-testid="contract-invoice">
                {t('contract.invoice')}
              </Button>
            )}
            {canSend && (
              <Button
                size="xs"
                variant="light"
                loading={send.isPending}
                onClick={() => send.mutate(contract.id)}
                data-testid="contract-send"
              >
                {t('contract.send')}
              </Button>
            )}
          </>
        }
      />
      {send.data && (
        <Alert color="teal" variant="light" data-testid="contract-send-result">
          {t('send.queued', { to: send.data.to.join(', ') })}
        </Alert>
      )}
      {send.isError && <ProblemAlert error={send.error} testId="contract-send-error" />}
      <ContractLifecycle contractId={contract.id} />
      <ContractView
        detail={detail.data}
        assignmentActions={
          canAssign && (
            <Button size="xs" variant="light" onClick={() => setAssigning(true)} data-testid="contract-assign">
              {t('assignment.open')}
            </Button>
          )
        }
        beforeTimeline={
          <>
            <RentalSection contractId={contract.id} />
            {canReadInvoices && <ContractInvoices contractId={contract.id} />}
          </>
        }
      />
      <ContractClaims contractId={contract.id} />
      <ContractRegisters contractId={contract.id} clientId={contract.clientId} />
      <DocumentMessages type="contract" id={contract.id} />
      {invoicing && (
        <ContractInvoiceModal contractId={contract.id} opened={invoicing} onClose={() => setInvoicing(false)} />
      )}
      <AssignmentModal contractId={contract.id} opened={assigning} onClose={() => setAssigning(false)} />
    </Stack>
  );
}
