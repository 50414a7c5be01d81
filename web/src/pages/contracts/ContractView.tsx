import type { ReactNode } from 'react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { DecisionTimeline } from '../../components/DecisionTimeline.tsx';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { Facts } from '../../components/Facts.tsx';
import { Section } from '../../components/Section.tsx';
import { acknowledgementPdfUrl } from '../../data/contracts.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { EVIDENCE_READERS, QUOTE_READERS, useCan } from '../../roles.ts';
import type { ContractDetail } from '../../types/contracts.ts';
import { QuoteLinesTable } from '../quotes/QuoteLinesTable.tsx';
import { QuoteTotals } from '../quotes/QuoteTotals.tsx';
import { ContractAssignments } from './ContractAssignments.tsx';
import { ContractLicences } from './ContractLicences.tsx';

interface ContractViewProps {
  detail: ContractDetail;
  portal?: boolean;
  /** Actions of the assignments section (recording one). */
  assignmentActions?: ReactNode;
  beforeTimeline?: ReactNode;
}

/** A contract as formed (art. 3.2): identity, dates, terms version, lines and rentals, licences, assignments (and `beforeTimeline`: its invoices). */
export function ContractView({ detail, portal = false, assignmentActions, beforeTimeline }: ContractViewProps) {
  const { t, tx } = useI18n();
  const canOpenDocuments = useCan(EVIDENCE_READERS) && !portal;
  const { contract, decisions, evidence } = detail;
  const base = portal ? '/portal' : '';
  // A technician reads the contract without prices (ADR 0015): no totals, no acknowledgement PDF, no quote.
  const prices = contract.totals !== undefined;
  const canOpenQuote = useCan(QUOTE_READERS) || portal;
  const quoteLabel = `${contract.quoteNumber ?? ''} v${contract.quoteVersion}`;
  return (
    <Stack gap="md" data-testid="contract-detail" data-contract-id={contract.id} data-number={contract.number}>
      <Section
        title={t('contract.summary')}
        actions={
          prices && (
            <DocumentButton href={acknowledgementPdfUrl(contract.id)} testId="contract-ack-pdf">
              {t('contract.ackPdf')}
            </DocumentButton>
          )
        }
        testId="contract-summary"
      >
        <Facts
          items={[
            { label: t('contract.col.number'), value: contract.number, testId: 'contract-number' },
            {
              label: t('contract.col.status'),
              value: tx(`contract.status.${contract.status}`, contract.status),
              testId: 'contract-status',
            },
            {
              label: t('quote.col.client'),
              value: portal ? (
                contract.clientName
              ) : (
                <Anchor component={Link} to={`/clients/${contract.clientId}`} size="sm">
                  {contract.clientName}
                </Anchor>
              ),
            },
            {
              label: t('contract.col.quote'),
              value: canOpenQuote ? (
                <Anchor
                  component={Link}
                  to={`${base}/quotes/${contract.quoteId}`}
                  size="sm"
                  data-testid="contract-quote-link"
                >
                  {quoteLabel}
                </Anchor>
              ) : (
                quoteLabel
              ),
            },
            { label: t('contract.orderDate'), value: formatDate(contract.orderDate), testId: 'contract-order-date' },
            {
              label: t('contract.col.effectiveDate'),
              value: formatDate(contract.effectiveDate),
              testId: 'contract-effective-date',
            },
            { label: t('contract.col.termsVersion'), value: contract.termsVersion, testId: 'contract-terms-version' },
            {
              label: t('contract.quoteTermsVersion'),
              value: contract.quoteTermsVersion,
              hidden: contract.quoteTermsVersion === contract.termsVersion,
            },
            { label: t('contract.ackNumber'), value: contract.acknowledgementNumber, testId: 'contract-ack-number' },
            { label: t('contract.formedAt'), value: formatDateTime(contract.formedAt) },
            { label: t('quote.deliveryLeadTime'), value: contract.deliveryLeadTime },
            {
              label: t('acceptance.poReference'),
              value: contract.purchaseOrderReference,
              hidden: !contract.purchaseOrderReference,
            },
          ]}
        />
        {portal && (
          <Alert variant="light" color="gray" data-testid="contract-firm-commitment">
            <Text size="sm">{t('contract.firmCommitment')}</Text>
          </Alert>
        )}
      </Section>
      <Section title={t('contract.lines')} hint={t('contract.linesHint')} testId="contract-lines">
        <QuoteLinesTable lines={contract.lines} withRentalEnd />
        {contract.totals && <QuoteTotals totals={contract.totals} />}
      </Section>
      <Section title={t('licences.title')} hint={t('licences.hint')} testId="contract-licences">
        <ContractLicences contractId={contract.id} portal={portal} />
      </Section>
      <Section
        title={t('assignments.title')}
        hint={t('assignments.hint')}
        actions={assignmentActions}
        testId="contract-assignments"
      >
        <ContractAssignments assignments={contract.assignments} documentLinks={canOpenDocuments} />
      </Section>
      {beforeTimeline}
      <Section title={t('timeline.title')} hint={t('timeline.hint')} testId="contract-timeline">
        <DecisionTimeline decisions={decisions} evidence={evidence} />
      </Section>
    </Stack>
  );
}
