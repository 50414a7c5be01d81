import { useState } from 'react';
import { Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useObligations } from '../../data/lifecycle.ts';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';
import { ConfidentialForm } from '../contracts/ContractRegisters.tsx';
import { DisputeForm, HiringForm } from './ObligationForms.tsx';

type Explained = { explanation: { fr: string; en: string }; until?: string };

type Form = null | 'dispute' | 'hiring' | 'confidential';

/** Disputes (art. 21), non-solicitation (18) and confidential information (13) on the client record. */
export function ClientObligationsCard({ clientId }: { clientId: string }) {
  const { t, pick } = useI18n();
  const allowed = useCan(['admin', 'sales', 'order-admin', 'accounting']);
  const canWrite = useCan(['admin', 'order-admin', 'accounting']);
  const q = useObligations(clientId);
  const [open, setOpen] = useState<Form>(null);
  if (!allowed) return null;
  if (q.isError) return <ProblemAlert error={q.error} testId="obligations-error" />;
  if (!q.data) return null;
  const o = q.data;
  const close = () => setOpen(null);
  const add = (form: Exclude<Form, null>, label: string) =>
    canWrite && (
      <Button size="xs" variant="light" onClick={() => setOpen(form)} data-testid={`obligations-add-${form}`}>
        {label}
      </Button>
    );
  const nonSolicitation = o.nonSolicitation.decision as Explained | null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="client-obligations">
      <Stack gap="sm">
        <Title order={4}>{t('obl.title')}</Title>
        <Group justify="space-between">
          <Text fw={500} size="sm">
            {t('obl.disputes')}
          </Text>
          {add('dispute', t('obl.recordDispute'))}
        </Group>
        {o.disputes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('obl.noDisputes')}
          </Text>
        ) : (
          <List size="sm" data-testid="obligations-disputes">
            {o.disputes.map((d) => (
              <List.Item key={d.id}>
                {t('obl.dispute', {
                  subject: d.subject,
                  date: formatDate(d.notifiedOn),
                  court: formatDate(d.courtFrom),
                })}
              </List.Item>
            ))}
          </List>
        )}
        <Group justify="space-between">
          <Text fw={500} size="sm">
            {t('obl.nonSolicitation')}
          </Text>
          {add('hiring', t('obl.recordHiring'))}
        </Group>
        {nonSolicitation?.until && (
          <Text size="sm" fw={500} data-testid="obligations-non-solicitation-until">
            {t('obl.until', { date: formatDate(nonSolicitation.until) })}
          </Text>
        )}
        <Text size="sm" data-testid="obligations-non-solicitation">
          {nonSolicitation ? pick(nonSolicitation.explanation) : t('obl.noContract')}
        </Text>
        {o.nonSolicitation.hirings.length > 0 && (
          <List size="sm" data-testid="obligations-hirings">
            {o.nonSolicitation.hirings.map((h) => (
              <List.Item key={h.id}>
                {h.withinPeriod
                  ? t('obl.hiring', {
                      name: h.employeeName,
                      date: formatDate(h.hiredOn),
                      amount: formatEur(h.indemnityCents),
                    })
                  : t('obl.hiringOutside', { name: h.employeeName, date: formatDate(h.hiredOn) })}
              </List.Item>
            ))}
          </List>
        )}
        <Group justify="space-between">
          <Text fw={500} size="sm">
            {t('obl.confidential')}
          </Text>
          {add('confidential', t('conf.record'))}
        </Group>
        {o.confidentialItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('obl.noItems')}
          </Text>
        ) : (
          <List size="sm" data-testid="obligations-confidential">
            {o.confidentialItems.map((c) => (
              <List.Item key={c.id}>
                {t('obl.item', { what: c.what, date: formatDate(c.disclosedOn), until: formatDate(c.protectedUntil) })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Modal opened={open === 'dispute'} onClose={close} title={t('obl.recordDispute')}>
        {open === 'dispute' && <DisputeForm clientId={clientId} onDone={close} />}
      </Modal>
      <Modal opened={open === 'hiring'} onClose={close} title={t('obl.recordHiring')}>
        {open === 'hiring' && <HiringForm clientId={clientId} onDone={close} />}
      </Modal>
      <Modal opened={open === 'confidential'} onClose={close} title={t('conf.record')}>
        {open === 'confidential' && <ConfidentialForm clientId={clientId} onDone={close} />}
      </Modal>
    </Paper>
  );
}
