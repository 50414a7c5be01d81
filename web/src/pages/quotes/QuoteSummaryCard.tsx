import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { Facts } from '../../components/Facts.tsx';
import { Section } from '../../components/Section.tsx';
import { useLessors } from '../../data/lessors.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { LESSOR_READERS, useCan } from '../../roles.ts';
import type { Quote } from '../../types/quotes.ts';
import { QuoteStatusBadge } from './QuoteStatusBadge.tsx';

/** How the quote was accepted (art. 3.1): way, date, signatory, purchase order, document hash. */
function AcceptanceFacts({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const acceptance = quote.acceptance;
  if (!acceptance) return null;
  return (
    <Stack gap="xs" data-testid="quote-acceptance">
      <Text fw={600} size="sm">
        {t('acceptance.title')}
      </Text>
      <Facts
        items={[
          {
            label: t('acceptance.channel'),
            value: t(`acceptance.channel.${acceptance.channel}`),
            testId: 'quote-acceptance-channel',
          },
          { label: t('acceptance.acceptedOn'), value: formatDate(acceptance.acceptedOn) },
          { label: t('acceptance.recordedAt'), value: formatDateTime(acceptance.recordedAt) },
          {
            label: t('acceptance.signatory'),
            value: [acceptance.signatoryName, acceptance.signatoryTitle].filter(Boolean).join(', '),
            hidden: !acceptance.signatoryName,
          },
          {
            label: t('acceptance.poReference'),
            value: acceptance.purchaseOrderReference,
            hidden: !acceptance.purchaseOrderReference,
          },
          {
            label: t('acceptance.document'),
            value: acceptance.documentSha256 ? `SHA-256 ${acceptance.documentSha256.slice(0, 16)}…` : null,
          },
        ]}
      />
    </Stack>
  );
}

/** Status, client, dates, validity (art. 3.1), terms version, lead time and acceptance of a quote. */
export function QuoteSummaryCard({ quote, portal = false }: { quote: Quote; portal?: boolean }) {
  const { t } = useI18n();
  const canReadLessors = useCan(LESSOR_READERS);
  const lessors = useLessors(!portal && canReadLessors && quote.lessorId !== null);
  const lessor = lessors.data?.items.find((item) => item.id === quote.lessorId);
  const validity =
    quote.validityDays === null ? t('quote.validityTerms') : t('quote.validityDays', { days: quote.validityDays });
  return (
    <Section title={t('quote.summary')} testId="quote-summary">
      <Facts
        items={[
          { label: t('quote.col.status'), value: <QuoteStatusBadge status={quote.status} /> },
          {
            label: t('quote.col.client'),
            value: portal ? (
              quote.clientName
            ) : (
              <Anchor component={Link} to={`/clients/${quote.clientId}`} size="sm">
                {quote.clientName}
              </Anchor>
            ),
            testId: 'quote-client-name',
          },
          { label: t('quote.col.subject'), value: quote.subject, hidden: !quote.subject },
          { label: t('quote.col.issueDate'), value: formatDate(quote.issueDate), testId: 'quote-issue-date' },
          {
            label: t('quote.validity'),
            value: quote.expiresOn ? t('quote.validUntil', { date: formatDate(quote.expiresOn), validity }) : validity,
            testId: 'quote-expires-on',
          },
          {
            label: t('quote.termsVersion'),
            value: quote.termsVersion ?? t('quote.termsAtIssue'),
            testId: 'quote-terms-version',
          },
          { label: t('quote.deliveryLeadTime'), value: quote.deliveryLeadTime, testId: 'quote-lead-time-value' },
          {
            label: t('quote.lessor'),
            value: lessor?.name ?? quote.lessorId,
            hidden: quote.lessorId === null || portal,
          },
          {
            label: t('quote.supersedes'),
            value: portal ? (
              t('quote.previousVersion')
            ) : (
              <Anchor component={Link} to={`/quotes/${quote.supersedesId}`} size="sm">
                {t('quote.previousVersion')}
              </Anchor>
            ),
            hidden: quote.supersedesId === null,
          },
          {
            label: t('quote.pdfHash'),
            value: quote.pdfSha256 ? `SHA-256 ${quote.pdfSha256.slice(0, 16)}…` : null,
            hidden: !quote.pdfSha256 || portal,
          },
        ]}
      />
      {quote.notes.length > 0 && (
        <Stack gap={2}>
          {quote.notes.map((note) => (
            <Text key={note} size="sm" c="dimmed">
              {note}
            </Text>
          ))}
        </Stack>
      )}
      <AcceptanceFacts quote={quote} />
    </Section>
  );
}
