import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useCancelForNonPayment, useEnforcement } from '../../data/collection.ts';
import { formatDate, formatEur, formatInteger } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { PAYMENT_WRITERS, useCan } from '../../roles.ts';
import type { Enforcement } from '../../types/collection.ts';
import { CreateDebitNoteModal } from '../debit-notes/CreateDebitNoteModal.tsx';

function CancelModal({ contract, onClose }: { contract: Enforcement['contracts'][number]; onClose: () => void }) {
  const { t } = useI18n();
  const cancel = useCancelForNonPayment();
  const [reason, setReason] = useState('');
  const errors = cancel.error instanceof ApiError ? cancel.error.fieldErrors() : {};
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('enforcement.cancelTitle', { number: contract.number })}
      data-testid="enforcement-cancel-modal"
    >
      <Stack gap="md">
        <Text size="sm">{t('enforcement.cancelHint')}</Text>
        <Textarea
          label={t('invoice.reason')}
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          data-testid="enforcement-cancel-reason"
        />
        {cancel.isError && <ProblemAlert error={cancel.error} shownFields={['reason']} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={cancel.isPending}
            onClick={() => cancel.mutate({ contractId: contract.id, reason: reason.trim() }, { onSuccess: onClose })}
            data-testid="enforcement-cancel-submit"
          >
            {t('enforcement.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Late payment against this client (art. 10.3): its overdue invoices with interest and EUR 40,
 * and each measure the terms allow now — interest, indemnity, acceleration, prepayment, cancelling
 * orders in progress — with its citation. Cancelling an order is a decision taken here, never automatic.
 */
export function ClientEnforcementCard({ clientId }: { clientId: string }) {
  const { t, pick } = useI18n();
  const canAct = useCan(PAYMENT_WRITERS);
  const enforcement = useEnforcement(clientId, canAct);
  const [claiming, setClaiming] = useState(false);
  const [cancelling, setCancelling] = useState<Enforcement['contracts'][number] | null>(null);
  if (!canAct) return null;
  if (enforcement.isPending) return <Loading />;
  if (enforcement.isError)
    return (
      <ProblemAlert error={enforcement.error} onRetry={() => void enforcement.refetch()} testId="enforcement-error" />
    );
  const data = enforcement.data;
  const late = data.overdueInvoices.length > 0;

  return (
    <Section
      title={t('enforcement.title')}
      hint={t('enforcement.hint', { date: formatDate(data.asOf) })}
      testId="client-enforcement"
      actions={
        late && (
          <Button size="xs" variant="light" onClick={() => setClaiming(true)} data-testid="enforcement-debit-note">
            {t('debitNote.create')}
          </Button>
        )
      }
    >
      {!late ? (
        <Text size="sm" c="dimmed" data-testid="enforcement-none">
          {t('enforcement.none')}
        </Text>
      ) : (
        <Stack gap="md">
          <Table verticalSpacing="xs" data-testid="enforcement-overdue">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('debitNote.invoice')}</Table.Th>
                <Table.Th>{t('invoice.col.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('field.daysLate')}</Table.Th>
                <Table.Th ta="right">{t('invoice.col.open')}</Table.Th>
                <Table.Th ta="right">{t('invoice.lateInterest')}</Table.Th>
                <Table.Th ta="right">{t('statement.indemnity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.overdueInvoices.map((inv) => (
                <Table.Tr key={inv.id} title={pick(inv.explanation)}>
                  <Table.Td>
                    <Anchor component={Link} to={`/invoices/${inv.id}`} size="sm" fw={600}>
                      {inv.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(inv.dueDate)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(inv.daysLate)}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {formatEur(inv.openCents)}
                  </Table.Td>
                  <Table.Td ta="right">{formatEur(inv.interestCents)}</Table.Td>
                  <Table.Td ta="right">{formatEur(inv.indemnityCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={6} data-testid="enforcement-measures">
            {data.measures.map((m) => (
              <Alert
                key={m.measure}
                variant="light"
                color={m.done ? 'gray' : m.available ? 'orange' : 'gray'}
                data-testid={`enforcement-measure-${m.measure}`}
                data-available={m.available}
                data-done={m.done}
              >
                <Group gap="xs" mb={4}>
                  <Badge size="sm" color={m.done ? 'gray' : m.available ? 'orange' : 'gray'}>
                    {t(`enforcement.measure.${m.measure}`)}
                  </Badge>
                  <Text size="sm" fw={600} c="indigo.9">
                    {t('decision.citation', { article: m.citation.article, version: m.citation.termsVersion })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {m.done
                      ? t('enforcement.done')
                      : m.available
                        ? t('enforcement.available')
                        : t('enforcement.notAvailable')}
                  </Text>
                </Group>
                <Text size="sm">{pick(m.explanation)}</Text>
              </Alert>
            ))}
          </Stack>
          {data.contracts.some((c) => c.canCancel || c.cancelledForNonPayment) && (
            <Table verticalSpacing="xs" data-testid="enforcement-contracts">
              <Table.Tbody>
                {data.contracts.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/contracts/${c.id}`} size="sm" fw={600}>
                        {c.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {c.cancelledForNonPayment ? (
                        <Text size="sm" c="red.7">
                          {t('enforcement.cancelledOn', { date: formatDate(c.cancelledForNonPayment.on) })}
                        </Text>
                      ) : (
                        c.canCancel && (
                          <Button
                            size="compact-xs"
                            color="red"
                            variant="light"
                            onClick={() => setCancelling(c)}
                            data-testid="enforcement-cancel"
                          >
                            {t('enforcement.cancel')}
                          </Button>
                        )
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      {claiming && <CreateDebitNoteModal clientId={clientId} onClose={() => setClaiming(false)} />}
      {cancelling && <CancelModal contract={cancelling} onClose={() => setCancelling(null)} />}
    </Section>
  );
}
