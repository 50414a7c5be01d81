import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useContract, useContracts } from '../../data/contracts.ts';
import {
  deliveryNoteUrl,
  useCreateDelivery,
  useDeliveries,
  useDeliveryProgress,
  type DeliveryProgress,
} from '../../data/equipment.ts';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

const serialsOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A new delivery: a contract, the units of its sale or rental lines by serial (art. 4.1, 4.2.1). */
function NewDelivery() {
  const { t } = useI18n();
  const contracts = useContracts();
  const [contractId, setContractId] = useState('');
  const contract = useContract(contractId || undefined);
  const create = useCreateDelivery();
  const [serials, setSerials] = useState<Record<string, string>>({});
  const [site, setSite] = useState('');
  const [mode, setMode] = useState<'exw' | 'shipped' | 'on-site'>('exw');
  const [shipping, setShipping] = useState('');
  const [deliveredOn, setDeliveredOn] = useState('');
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  const lines = (contract.data?.contract.lines ?? []).filter((l) => l.kind !== 'service');
  const chosen = lines.filter((l) => serialsOf(serials[l.id] ?? '').length > 0);
  const isRental = chosen.some((l) => l.kind === 'rental');
  return (
    <Section title={t('deliveries.new')} hint={t('deliveries.newHint')} testId="delivery-new">
      <Stack gap="sm">
        <NativeSelect
          label={t('deliveries.contract')}
          value={contractId}
          onChange={(e) => {
            setContractId(e.currentTarget.value);
            setSerials({});
          }}
          data={[
            { value: '', label: '—' },
            ...(contracts.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.number} — ${c.clientName ?? ''}`,
            })),
          ]}
          data-testid="delivery-contract"
        />
        {lines.map((l, i) => (
          <Textarea
            key={l.id}
            autosize
            label={`${l.label} (${t(`equipment.kind.${l.kind as 'sale' | 'rental'}`)}, ${l.quantity})`}
            description={t('deliveries.serialsHint')}
            value={serials[l.id] ?? ''}
            onChange={(e) => setSerials({ ...serials, [l.id]: e.currentTarget.value })}
            error={errors[`lines.${chosen.findIndex((c) => c.id === l.id)}.serials`]}
            data-testid={`delivery-serials-${i}`}
          />
        ))}
        {contractId && (
          <Group align="flex-end">
            {!isRental && (
              <SegmentedControl
                value={mode}
                onChange={(v) => setMode(v as 'exw' | 'shipped')}
                data={[
                  { value: 'exw', label: t('deliveries.mode.exw') },
                  { value: 'shipped', label: t('deliveries.mode.shipped') },
                ]}
              />
            )}
            <TextInput
              type="date"
              label={t('deliveries.date')}
              value={deliveredOn}
              onChange={(e) => setDeliveredOn(e.currentTarget.value)}
              error={errors.deliveredOn}
              data-testid="delivery-date"
            />
            <TextInput
              label={t('equipment.col.site')}
              value={site}
              onChange={(e) => setSite(e.currentTarget.value)}
              data-testid="delivery-site"
            />
            {!isRental && mode === 'shipped' && (
              <TextInput
                label={t('deliveries.shipping')}
                value={shipping}
                onChange={(e) => setShipping(e.currentTarget.value)}
                error={errors.shippingCents}
              />
            )}
            <Button
              disabled={chosen.length === 0}
              loading={create.isPending}
              onClick={() =>
                create.mutate(
                  {
                    contractId,
                    ...(deliveredOn ? { deliveredOn } : {}),
                    ...(site ? { site } : {}),
                    mode: isRental ? 'on-site' : mode,
                    ...(!isRental && mode === 'shipped' && shipping
                      ? { shippingCents: Math.round(Number(shipping.replace(',', '.')) * 100), shippingOnInvoice: true }
                      : {}),
                    lines: chosen.map((l) => ({ contractLineId: l.id, serials: serialsOf(serials[l.id] ?? '') })),
                  },
                  { onSuccess: () => setSerials({}) },
                )
              }
              data-testid="delivery-submit"
            >
              {t('deliveries.deliver')}
            </Button>
          </Group>
        )}
        {create.isError && (
          <ProblemAlert error={create.error} shownFields={Object.keys(errors)} testId="delivery-error" />
        )}
        {create.data && (
          <Text c="teal.7" data-testid="delivery-created">
            {t('deliveries.created', { number: create.data.delivery.number })}
          </Text>
        )}
      </Stack>
    </Section>
  );
}

/** The active contracts with products in one state: units delivered out of those ordered. */
function ProgressTable({ items }: { items: readonly DeliveryProgress[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <Empty title={t('deliveries.progressEmpty')} testId="progress-empty" />;
  return (
    <Table striped verticalSpacing="xs" data-testid="progress-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('deliveries.contract')}</Table.Th>
          <Table.Th>{t('equipment.col.client')}</Table.Th>
          <Table.Th>{t('deliveries.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((p) => (
          <Table.Tr key={p.contractId} data-testid={`progress-row-${p.contractNumber}`} data-state={p.state}>
            <Table.Td>
              <Anchor href={`/contracts/${p.contractId}`}>{p.contractNumber}</Anchor>
              <Text size="xs" c="dimmed">
                {formatDate(p.orderDate)}
              </Text>
            </Table.Td>
            <Table.Td>{p.clientName}</Table.Td>
            <Table.Td>
              <Badge color={p.state === 'done' ? 'teal' : p.state === 'partial' ? 'orange' : 'gray'}>
                {t('deliveries.progress', { delivered: p.deliveredUnits, ordered: p.orderedUnits })}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const VIEWS = ['to-do', 'partial', 'done', 'pending', 'unsigned', 'all'] as const;
type View = (typeof VIEWS)[number];

/**
 * Deliveries: deliver a contract's units; what remains to deliver (to do, partial, done), the
 * delivery notes and the reservations still pending (art. 4.1.3), for all clients or one.
 */
export function DeliveriesPage() {
  const { t } = useI18n();
  // The view and the client live in the URL (`?view=to-do`, the dashboard's link): refresh and back keep them.
  const [params, setParams] = useSearchParams();
  const clientId = params.get('clientId') ?? '';
  const filter: View = VIEWS.find((v) => v === params.get('view')) ?? 'to-do';
  const setParam = (key: 'view' | 'clientId', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const setFilter = (view: View) => setParam('view', view);
  const setClientId = (id: string) => setParam('clientId', id);
  const deliveries = useDeliveries(clientId ? { clientId } : {});
  const allProgress = useDeliveryProgress();
  // "To deliver" is asked of the server (nothing delivered yet): the very contracts the dashboard counts.
  const toDo = useDeliveryProgress({ state: 'to-do', ...(clientId ? { clientId } : {}) });
  const clients = [
    ...new Map(
      [...(allProgress.data?.items ?? []), ...(deliveries.data?.items ?? [])].map((x) => [x.clientId, x.clientName]),
    ).entries(),
  ].sort((a, b) => String(a[1]).localeCompare(String(b[1])));
  const progress =
    filter === 'to-do'
      ? (toDo.data?.items ?? [])
      : (allProgress.data?.items ?? []).filter((p) => p.state === filter && (!clientId || p.clientId === clientId));
  const progressQuery = filter === 'to-do' ? toDo : allProgress;
  const items = (deliveries.data?.items ?? []).filter((d) =>
    filter === 'pending'
      ? d.reservation?.outcome === 'pending'
      : filter === 'unsigned'
        ? d.kind === 'rental' && !d.signature
        : true,
  );
  return (
    <Stack gap="md">
      <PageHeader title={t('deliveries.title')} subtitle={t('deliveries.subtitle')} />
      <NewDelivery />
      <Paper withBorder radius="md" p="md">
        <Group mb="sm" align="flex-end">
          <SegmentedControl
            value={filter}
            onChange={(v) => setFilter(v as View)}
            data={[
              { value: 'to-do', label: t('deliveries.view.todo') },
              { value: 'partial', label: t('deliveries.view.partial') },
              { value: 'done', label: t('deliveries.view.done') },
              { value: 'pending', label: t('deliveries.filter.pending') },
              { value: 'unsigned', label: t('deliveries.filter.unsigned') },
              { value: 'all', label: t('deliveries.view.list') },
            ]}
            data-testid="deliveries-filter"
          />
          <NativeSelect
            label={t('deliveries.client')}
            value={clientId}
            onChange={(e) => setClientId(e.currentTarget.value)}
            data={[
              { value: '', label: t('deliveries.allClients') },
              ...clients.map(([id, name]) => ({ value: id, label: String(name) })),
            ]}
            data-testid="deliveries-client"
          />
        </Group>
        {filter === 'to-do' || filter === 'partial' || filter === 'done' ? (
          progressQuery.isPending ? (
            <Loading />
          ) : progressQuery.isError ? (
            <ProblemAlert
              error={progressQuery.error}
              onRetry={() => void progressQuery.refetch()}
              testId="progress-error"
            />
          ) : (
            <ProgressTable items={progress} />
          )
        ) : deliveries.isPending ? (
          <Loading />
        ) : deliveries.isError ? (
          <ProblemAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} testId="deliveries-error" />
        ) : items.length === 0 ? (
          <Empty title={t('deliveries.empty')} testId="deliveries-empty" />
        ) : (
          <Table striped verticalSpacing="xs" data-testid="deliveries-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deliveries.number')}</Table.Th>
                <Table.Th>{t('deliveries.contract')}</Table.Th>
                <Table.Th>{t('equipment.col.client')}</Table.Th>
                <Table.Th>{t('deliveries.date')}</Table.Th>
                <Table.Th>{t('deliveries.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id} data-testid={`delivery-row-${d.number}`}>
                  <Table.Td>
                    <Anchor href={deliveryNoteUrl(d.id)} target="_blank" rel="noreferrer">
                      {d.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={`/contracts/${d.contractId}`}>{d.contractNumber}</Anchor>
                  </Table.Td>
                  <Table.Td>{d.clientName}</Table.Td>
                  <Table.Td>
                    {formatDate(d.deliveredOn)}
                    <Text size="xs" c="dimmed">
                      {t(`equipment.kind.${d.kind}`)} · {t(`deliveries.mode.${d.mode as 'exw'}`)}
                      {d.shippingCents ? ` · ${formatEur(d.shippingCents)}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {d.kind === 'rental' && (
                      <Badge color={d.signature ? 'teal' : 'orange'} mr="xs">
                        {d.signature ? t('equipment.riskTransferred') : t('equipment.unsigned')}
                      </Badge>
                    )}
                    {d.reservation && (
                      <Badge color={d.reservation.outcome === 'pending' ? 'orange' : 'gray'}>
                        {t(
                          `equipment.reservationOutcome.${d.reservation.outcome ?? 'pending'}` as 'equipment.reservationOutcome.pending',
                        )}
                        {d.reservation.outcome === 'pending' ? ` · ${formatDate(d.reservation.deadline)}` : ''}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
