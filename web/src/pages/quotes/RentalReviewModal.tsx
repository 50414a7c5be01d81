import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, FileInput, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { fileInputTestId } from '../../components/fileInputTestId.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useReviewRentalFile } from '../../data/quotes.ts';
import { toUpload } from '../../data/upload.ts';
import { useI18n } from '../../i18n/i18n.ts';

export interface ReviewTarget {
  party: 'alleo' | 'lessor';
  outcome: 'approved' | 'refused';
}

function ReviewForm({ quoteId, target, onDone }: { quoteId: string; target: ReviewTarget; onDone: () => void }) {
  const { t } = useI18n();
  const review = useReviewRentalFile(quoteId);
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const errors = review.error instanceof ApiError ? review.error.fieldErrors() : {};
  const documentRequired = target.party === 'lessor';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const document = file ? await toUpload(file) : undefined;
    review.mutate(
      { ...target, ...(note.trim() ? { note: note.trim() } : {}), ...(document ? { document } : {}) },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t(`rentalFile.confirm.${target.outcome}`, { party: t(`rentalFile.party.${target.party}`) })}
        </Text>
        {review.isError && (
          <ProblemAlert error={review.error} shownFields={['note', 'document']} testId="rental-review-error" />
        )}
        <Textarea
          label={<OptionalLabel>{t('rentalFile.note')}</OptionalLabel>}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          autosize
          minRows={2}
          data-testid="rental-review-note"
        />
        <FileInput
          label={
            documentRequired ? t('rentalFile.document') : <OptionalLabel>{t('rentalFile.document')}</OptionalLabel>
          }
          description={documentRequired ? t('rentalFile.documentRequired') : undefined}
          accept="application/pdf,image/jpeg,image/png"
          value={file}
          onChange={setFile}
          error={errors.document ?? errors['document.contentBase64']}
          withAsterisk={documentRequired}
          clearable
          data-testid="rental-review-file"
          fileInputProps={fileInputTestId('rental-review-file-input')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={target.outcome === 'approved' ? 'teal' : 'red'}
            loading={review.isPending}
            disabled={documentRequired && !file}
            data-testid="rental-review-submit"
          >
            {t(`rentalFile.action.${target.outcome}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Records ALLEO's or the financing partner's approval or refusal of a rental file (art. 3.2). */
export function RentalReviewModal({
  quoteId,
  target,
  onClose,
}: {
  quoteId: string;
  target: ReviewTarget | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={t('rentalFile.reviewTitle')}
      data-testid="rental-review-modal"
    >
      {target && <ReviewForm quoteId={quoteId} target={target} onDone={onClose} />}
    </Modal>
  );
}
