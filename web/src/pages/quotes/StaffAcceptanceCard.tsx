import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { ApiError } from '../../api.ts';
import { DecisionCard, problemDecision } from '../../components/DecisionCard.tsx';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { fileInputTestId } from '../../components/fileInputTestId.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useRecordAcceptance } from '../../data/quotes.ts';
import { toUpload } from '../../data/upload.ts';
import { todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Quote } from '../../types/quotes.ts';

type Way = 'signed-quote' | 'purchase-order';
const FIELDS = [
  'document',
  'document.contentBase64',
  'document.filename',
  'document.mediaType',
  'receivedOn',
  'purchaseOrderReference',
  'quoteReference',
  'signatoryName',
  'signatoryTitle',
];

/**
 * Staff record the client's acceptance received outside the portal (art. 3.1): the quote returned
 * signed, or a purchase order that must cite the quote. The rule's decision is shown either way.
 */
export function StaffAcceptanceCard({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const record = useRecordAcceptance(quote.id);
  const [way, setWay] = useState<Way>('signed-quote');
  const [file, setFile] = useState<File | null>(null);
  const [receivedOn, setReceivedOn] = useState(todayInParis());
  const [receivedBy, setReceivedBy] = useState<'email' | 'post'>('email');
  const [signatoryName, setSignatoryName] = useState('');
  const [signatoryTitle, setSignatoryTitle] = useState('');
  const [poReference, setPoReference] = useState('');
  const [quoteReference, setQuoteReference] = useState(quote.number ?? '');
  const [withReservations, setWithReservations] = useState(false);
  const errors = record.error instanceof ApiError ? record.error.fieldErrors() : {};
  const refusal = problemDecision(record.error);
  const decision = record.data?.decision ?? refusal;
  if (quote.status !== 'issued' && !decision) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const document = await toUpload(file);
    const common = { document, withReservations, ...(receivedOn ? { receivedOn } : {}) };
    if (way === 'signed-quote') {
      record.mutate({
        way,
        ...common,
        receivedBy,
        ...(signatoryName.trim() ? { signatoryName: signatoryName.trim() } : {}),
        ...(signatoryTitle.trim() ? { signatoryTitle: signatoryTitle.trim() } : {}),
      });
    } else {
      record.mutate({
        way,
        ...common,
        purchaseOrderReference: poReference.trim(),
        quoteReference: quoteReference.trim() || null,
      });
    }
  };

  return (
    <Section title={t('staffAccept.title')} hint={t('staffAccept.hint')} testId="staff-acceptance">
      {decision && <DecisionCard decision={decision} testId="staff-acceptance-decision" />}
      {record.isError && !refusal && (
        <ProblemAlert error={record.error} shownFields={FIELDS} testId="staff-acceptance-error" />
      )}
      {quote.status === 'issued' && !record.data && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <SegmentedControl
              value={way}
              onChange={(value) => setWay(value as Way)}
              data={[
                {
                  value: 'signed-quote',
                  label: <span data-testid="accept-way-signed">{t('staffAccept.signedQuote')}</span>,
                },
                {
                  value: 'purchase-order',
                  label: <span data-testid="accept-way-po">{t('staffAccept.purchaseOrder')}</span>,
                },
              ]}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <FileInput
                label={way === 'signed-quote' ? t('staffAccept.signedFile') : t('staffAccept.poFile')}
                description={t('staffAccept.fileHint')}
                accept="application/pdf,image/jpeg,image/png"
                value={file}
                onChange={setFile}
                error={errors.document ?? errors['document.contentBase64'] ?? errors['document.mediaType']}
                withAsterisk
                clearable
                data-testid="accept-file"
                fileInputProps={fileInputTestId('accept-file-input')}
              />
              <TextInput
                type="date"
                label={t('staffAccept.receivedOn')}
                value={receivedOn}
                onChange={(e) => setReceivedOn(e.currentTarget.value)}
                error={errors.receivedOn}
                data-testid="accept-received-on"
              />
              {way === 'signed-quote' ? (
                <>
                  <NativeSelect
                    label={t('staffAccept.receivedBy')}
                    value={receivedBy}
                    onChange={(e) => setReceivedBy(e.currentTarget.value as 'email' | 'post')}
                    data={[
                      { value: 'email', label: t('staffAccept.byEmail') },
                      { value: 'post', label: t('staffAccept.byPost') },
                    ]}
                    data-testid="accept-received-by"
                  />
                  <TextInput
                    label={<OptionalLabel>{t('staffAccept.signatoryName')}</OptionalLabel>}
                    value={signatoryName}
                    onChange={(e) => setSignatoryName(e.currentTarget.value)}
                    error={errors.signatoryName}
                    data-testid="accept-signatory-name"
                  />
                  <TextInput
                    label={<OptionalLabel>{t('staffAccept.signatoryTitle')}</OptionalLabel>}
                    value={signatoryTitle}
                    onChange={(e) => setSignatoryTitle(e.currentTarget.value)}
                    error={errors.signatoryTitle}
                    data-testid="accept-signatory-title"
                  />
                </>
              ) : (
                <>
                  <TextInput
                    label={t('staffAccept.poReference')}
                    value={poReference}
                    onChange={(e) => setPoReference(e.currentTarget.value)}
                    error={errors.purchaseOrderReference}
                    withAsterisk
                    data-testid="accept-po-reference"
                  />
                  <TextInput
                    label={t('staffAccept.quoteReference')}
                    description={t('staffAccept.quoteReferenceHint')}
                    value={quoteReference}
                    onChange={(e) => setQuoteReference(e.currentTarget.value)}
                    error={errors.quoteReference}
                    data-testid="accept-quote-reference"
                  />
                </>
              )}
            </SimpleGrid>
            <Checkbox
              label={t('staffAccept.withReservations')}
              checked={withReservations}
              onChange={(e) => setWithReservations(e.currentTarget.checked)}
              data-testid="accept-with-reservations"
            />
            <Group justify="flex-end">
              <Button type="submit" disabled={!file} loading={record.isPending} data-testid="accept-submit">
                {t('staffAccept.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}
