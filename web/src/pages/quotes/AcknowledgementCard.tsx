import { useState } from 'react';
import { Alert, Anchor, Button, Group, Text, TextInput } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { DocumentButton } from '../../components/DocumentButton.tsx';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { acknowledgementPdfUrl, useContracts, useFormContract } from '../../data/contracts.ts';
import { useRentalFile } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ORDER_ADMIN, RENTAL_FILE_READERS, useCan } from '../../roles.ts';
import type { Quote } from '../../types/quotes.ts';

/**
 * The order acknowledgement of an accepted quote (art. 3.2): it forms the contract. A rental waits
 * for its file's approvals, and the reason is shown; once formed, the contract is linked.
 */
export function AcknowledgementCard({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const canIssue = useCan(ORDER_ADMIN);
  const hasRental = quote.lines.some((line) => line.kind === 'rental');
  const canReadFile = useCan(RENTAL_FILE_READERS);
  const file = useRentalFile(quote.id, hasRental && canReadFile);
  const contracts = useContracts({ clientId: quote.clientId });
  const form = useFormContract();
  const [effectiveDate, setEffectiveDate] = useState('');
  const contract = contracts.data?.items.find((item) => item.quoteId === quote.id);
  const missing = file.data?.missing ?? [];
  const errors = form.error instanceof ApiError ? form.error.fieldErrors() : {};

  const issue = () =>
    form.mutate(
      { quoteId: quote.id, ...(effectiveDate ? { effectiveDate } : {}) },
      { onSuccess: ({ contract: formed }) => void navigate(`/contracts/${formed.id}`) },
    );

  return (
    <Section title={t('ack.title')} hint={t('ack.hint')} testId="acknowledgement">
      {contract ? (
        <Group justify="space-between" data-testid="ack-formed">
          <Text size="sm">
            {t('ack.formed')}{' '}
            <Anchor component={Link} to={`/contracts/${contract.id}`} fw={600} data-testid="ack-contract-link">
              {contract.number}
            </Anchor>
          </Text>
          <DocumentButton href={acknowledgementPdfUrl(contract.id)} testId="ack-pdf">
            {t('contract.ackPdf')}
          </DocumentButton>
        </Group>
      ) : !canIssue ? (
        <Text size="sm" c="dimmed" data-testid="ack-waiting">
          {t('ack.waiting')}
        </Text>
      ) : (
        <>
          {missing.length > 0 && (
            <Alert color="orange" variant="light" data-testid="ack-blocked" title={t('ack.blocked')}>
              {t('ack.blockedBy', { parties: missing.map((party) => t(`rentalFile.party.${party}`)).join(', ') })}
            </Alert>
          )}
          {form.isError && <ProblemAlert error={form.error} shownFields={['effectiveDate']} testId="ack-error" />}
          <Group align="flex-end">
            <TextInput
              type="date"
              label={<OptionalLabel>{t('ack.effectiveDate')}</OptionalLabel>}
              description={t('ack.effectiveDateHint')}
              value={effectiveDate}
              onChange={(event) => setEffectiveDate(event.currentTarget.value)}
              error={errors.effectiveDate}
              data-testid="ack-effective-date"
            />
            <Button
              onClick={issue}
              loading={form.isPending}
              disabled={missing.length > 0 || (hasRental && file.isPending)}
              data-testid="ack-issue"
            >
              {t('ack.issue')}
            </Button>
          </Group>
        </>
      )}
    </Section>
  );
}
