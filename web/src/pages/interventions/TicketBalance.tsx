import { Group, Stack, Text } from '@mantine/core';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useTicketAccount } from '../../data/interventions.ts';
import { formatDateTime, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** A client's maintenance ticket balance (art. 6.6, 11.2), its last movements and tariffs. */
export function TicketBalance({ clientId }: { clientId: string }) {
  const { t, tx } = useI18n();
  const account = useTicketAccount(clientId);
  return (
    <Section title={t('interventions.tickets.title')} hint={t('interventions.tickets.hint')} testId="ticket-balance">
      {account.isPending ? (
        <Loading />
      ) : account.isError ? (
        <ProblemAlert error={account.error} testId="tickets-error" />
      ) : (
        <Stack gap={4}>
          <Text size="xl" fw={700} data-testid="ticket-balance-value">
            {t('interventions.tickets.balance', { n: account.data.balance })}
          </Text>
          {account.data.tariffs.map((x) => (
            <Text size="xs" c="dimmed" key={x.contractLineId}>
              {x.label} — {formatEur(x.unitPriceCents)} / ticket
            </Text>
          ))}
          {account.data.movements.slice(0, 10).map((m) => (
            <Group key={m.id} gap="xs">
              <Text size="xs" w={160}>
                {formatDateTime(m.recordedAt)}
              </Text>
              <Text size="xs" fw={600} c={m.delta < 0 ? 'red' : 'green'}>
                {m.delta > 0 ? `+${m.delta}` : m.delta}
              </Text>
              <Text size="xs">{tx(`interventions.tickets.reason.${m.reason}`, m.reason)}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
