import { useState } from 'react';
import { Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useBuyTickets, useTicketAccount } from '../../data/interventions.ts';
import { formatDateTime, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';

const TICKET_SELLERS = ['admin', 'order-admin', 'sales', 'accounting'] as const;

/** A client's maintenance ticket balance (art. 6.6, 11.2), its last movements and tariffs. */
export function TicketBalance({ clientId }: { clientId: string }) {
  const { t, tx } = useI18n();
  const account = useTicketAccount(clientId);
  const canBuy = useCan(TICKET_SELLERS);
  const buy = useBuyTickets(clientId);
  const [lineId, setLineId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(5);
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
          {canBuy && account.data.tariffs.length > 0 && (
            <Group align="flex-end" gap="xs">
              <Select
                label={t('interventions.tickets.tariff')}
                data={account.data.tariffs.map((x) => ({
                  value: x.contractLineId,
                  label: `${x.label} — ${formatEur(x.unitPriceCents)}`,
                }))}
                value={lineId}
                onChange={setLineId}
                data-testid="tickets-line"
              />
              <NumberInput
                label={t('interventions.tickets.quantity')}
                value={quantity}
                onChange={setQuantity}
                min={1}
                max={1000}
                w={100}
                data-testid="tickets-quantity"
              />
              <Button
                disabled={!lineId || !Number(quantity)}
                loading={buy.isPending}
                onClick={() => lineId && buy.mutate({ contractLineId: lineId, quantity: Number(quantity) })}
                data-testid="tickets-buy"
              >
                {t('interventions.tickets.buy')}
              </Button>
            </Group>
          )}
          {buy.isError && <ProblemAlert error={buy.error} testId="tickets-buy-error" />}
          {buy.isSuccess && (
            <Text size="xs" c="green" data-testid="tickets-bought">
              {t('interventions.tickets.bought')}
            </Text>
          )}
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
