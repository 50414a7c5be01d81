import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { ProblemAlert, Loading } from '../../components/QueryState.tsx';
import { type CancelPreview, previewCancellation, useCancel } from '../../data/interventions.ts';
import { formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/**
 * Cancel or postpone an intervention (art. 6.9): the cost decided by rule intervention.cancellation
 * is fetched and shown first; confirming sends that very cost, which the server checks again.
 */
export function CancelModal({ interventionId, onClose }: { interventionId: string | null; onClose: () => void }) {
  const { t, pick } = useI18n();
  const [kind, setKind] = useState<'cancel' | 'postpone'>('cancel');
  const [preview, setPreview] = useState<CancelPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const cancel = useCancel();
  useEffect(() => {
    if (!interventionId) return;
    let live = true;
    setPreview(null);
    setError(null);
    previewCancellation(interventionId, kind).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [interventionId, kind]);
  const close = () => {
    cancel.reset();
    setKind('cancel');
    onClose();
  };
  return (
    <Modal
      opened={interventionId !== null}
      onClose={close}
      title={t('interventions.cancel.title')}
      centered
      data-testid="cancel-modal"
    >
      <Stack gap="md">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as 'cancel' | 'postpone')}
          data={[
            { value: 'cancel', label: t('interventions.cancel.kind.cancel') },
            { value: 'postpone', label: t('interventions.cancel.kind.postpone') },
          ]}
          data-testid="cancel-kind"
        />
        {error ? <ProblemAlert error={error} testId="cancel-preview-error" /> : null}
        {!preview && !error && <Loading />}
        {preview && (
          <Alert color={preview.chargeCents > 0 ? 'orange' : 'green'} data-testid="cancel-preview">
            <Stack gap={4}>
              <Text fw={600} data-testid="cancel-charge">
                {preview.chargeCents > 0
                  ? t('interventions.cancel.cost', { amount: formatEur(preview.chargeCents) })
                  : t('interventions.cancel.free')}
              </Text>
              <Text size="sm">{pick(preview.decision.explanation)}</Text>
              <Text size="xs" c="dimmed">
                {t('common.article', { number: preview.decision.citation.article })} ·{' '}
                {preview.decision.citation.termsVersion}
              </Text>
            </Stack>
          </Alert>
        )}
        {cancel.isError && <ProblemAlert error={cancel.error} testId="cancel-error" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} data-testid="cancel-modal-close">
            {t('common.close')}
          </Button>
          <Button
            color="red"
            disabled={!preview}
            loading={cancel.isPending}
            data-testid="cancel-confirm"
            onClick={() =>
              interventionId &&
              preview &&
              cancel.mutate(
                { id: interventionId, body: { kind, acceptedChargeCents: preview.chargeCents } },
                { onSuccess: close },
              )
            }
          >
            {kind === 'cancel' ? t('interventions.cancel.confirm') : t('interventions.postpone.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
