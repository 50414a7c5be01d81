import { useState } from 'react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useRentalFile } from '../../data/quotes.ts';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ORDER_ADMIN, useCan } from '../../roles.ts';
import type { PartyReview, PartyStatus, Quote } from '../../types/quotes.ts';
import { RentalReviewModal } from './RentalReviewModal.tsx';
import type { ReviewTarget } from './RentalReviewModal.tsx';

const COLORS: Record<PartyStatus, string> = {
  pending: 'orange',
  approved: 'teal',
  refused: 'red',
  'not-required': 'gray',
};

/** The rental file of a quote with rentals: ALLEO's and the financing partner's reviews (art. 3.2). */
export function RentalFileCard({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const canReview = useCan(ORDER_ADMIN) && (quote.status === 'issued' || quote.status === 'accepted');
  const file = useRentalFile(quote.id, true);
  const [target, setTarget] = useState<ReviewTarget | null>(null);

  const row = (party: 'alleo' | 'lessor', review: PartyReview) => (
    <Table.Tr key={party} data-testid={`rental-file-${party}`} data-status={review.status}>
      <Table.Td fw={500}>{t(`rentalFile.party.${party}`)}</Table.Td>
      <Table.Td>
        <Badge
          variant="light"
          color={COLORS[review.status]}
          data-testid={`rental-file-${party}-status`}
          data-status={review.status}
        >
          {t(`rentalFile.status.${review.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{review.decidedAt ? formatDateTime(review.decidedAt) : t('common.none')}</Table.Td>
      <Table.Td>
        <Text size="sm">{review.note ?? t('common.none')}</Text>
        {review.documentSha256 && (
          <Text size="xs" c="dimmed" ff="monospace">
            SHA-256 {review.documentSha256.slice(0, 12)}…
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {canReview && review.status !== 'not-required' && (
          <Group gap={6} justify="flex-end" wrap="nowrap">
            <Button
              size="xs"
              color="teal"
              variant="light"
              onClick={() => setTarget({ party, outcome: 'approved' })}
              data-testid={`rental-file-approve-${party}`}
            >
              {t('rentalFile.action.approved')}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="subtle"
              onClick={() => setTarget({ party, outcome: 'refused' })}
              data-testid={`rental-file-refuse-${party}`}
            >
              {t('rentalFile.action.refused')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Section title={t('rentalFile.title')} hint={t('rentalFile.hint')} testId="rental-file">
      {file.isPending ? (
        <Loading />
      ) : file.isError ? (
        <ProblemAlert error={file.error} onRetry={() => void file.refetch()} testId="rental-file-error" />
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rentalFile.col.party')}</Table.Th>
              <Table.Th>{t('rentalFile.col.status')}</Table.Th>
              <Table.Th>{t('rentalFile.col.decidedAt')}</Table.Th>
              <Table.Th>{t('rentalFile.col.note')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {row('alleo', file.data.alleo)}
            {row('lessor', file.data.lessor)}
          </Table.Tbody>
        </Table>
      )}
      <RentalReviewModal quoteId={quote.id} target={target} onClose={() => setTarget(null)} />
    </Section>
  );
}
