import { useState } from 'react';
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { Empty, ProblemAlert } from '../../components/QueryState.tsx';
import {
  useDecideWarranty,
  useReturns,
  useReturnStep,
  useWarrantyClaims,
  warrantyPdfUrl,
} from '../../data/lifecycle.ts';
import type { ReturnRequest, WarrantyClaim } from '../../data/lifecycle.ts';
import { formatDate, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';

const EXCLUSIONS = [
  'client-specifications',
  'force-majeure',
  'normal-wear',
  'storage-negligence',
  'non-compliant-use',
  'unauthorised-repair',
  'lack-of-maintenance',
] as const;

const color = (s: string) =>
  s === 'refused' ? 'red' : s === 'accepted' || s === 'credited' || s === 'agreed' ? 'teal' : 'blue';

function WarrantyActions({ claim }: { claim: WarrantyClaim }) {
  const { t } = useI18n();
  const decide = useDecideWarranty();
  const [exclusion, setExclusion] = useState<(typeof EXCLUSIONS)[number]>('normal-wear');
  if (claim.status !== 'pending') return null;
  const signatoryName = 'ALLEO — administration des ventes';
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="light"
        loading={decide.isPending}
        onClick={() => decide.mutate({ id: claim.id, body: { outcome: 'accepted', signatoryName } })}
        data-testid="warranty-accept"
      >
        {t('claims.accept')}
      </Button>
      <NativeSelect
        size="xs"
        aria-label={t('claims.exclusion')}
        value={exclusion}
        onChange={(e) => setExclusion(e.currentTarget.value as (typeof EXCLUSIONS)[number])}
        data={EXCLUSIONS.map((x) => ({ value: x, label: t(`claims.exclusion.${x}`) }))}
        data-testid="warranty-exclusion"
      />
      <Button
        size="xs"
        color="red"
        variant="light"
        loading={decide.isPending}
        onClick={() => decide.mutate({ id: claim.id, body: { outcome: 'refused', exclusion, signatoryName } })}
        data-testid="warranty-refuse"
      >
        {t('claims.refuse')}
      </Button>
      {decide.isError && <ProblemAlert error={decide.error} testId="warranty-decide-error" />}
    </Group>
  );
}

/** Warranty claims (art. 11.2): staff decide them; the client sees the status and the reason. */
export function WarrantyTable({ contractId, portal = false }: { contractId?: string; portal?: boolean }) {
  const { t } = useI18n();
  const list = useWarrantyClaims(contractId);
  const canDecide = useCan(['admin', 'order-admin']) && !portal;
  if (list.isError) return <ProblemAlert error={list.error} testId="warranty-error" />;
  const items = list.data?.items ?? [];
  if (items.length === 0) return <Empty title={t('claims.empty')} testId="warranty-empty" />;
  return (
    <PhoneCards minWidth={640}>
      <Table verticalSpacing="xs" data-testid="warranty-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('claims.col.serial')}</Table.Th>
            <Table.Th>{t('claims.col.description')}</Table.Th>
            <Table.Th>{t('claims.col.notifiedOn')}</Table.Th>
            <Table.Th>{t('claims.col.warranty')}</Table.Th>
            <Table.Th>{t('claims.col.status')}</Table.Th>
            <Table.Th>{t('claims.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-testid="warranty-row" data-status={c.status}>
              <Table.Td>{c.serial ?? '—'}</Table.Td>
              <Table.Td>{c.description}</Table.Td>
              <Table.Td>{formatDate(c.notifiedOn)}</Table.Td>
              <Table.Td>
                {c.warrantyEndsOn ? t('claims.withinWarranty', { date: formatDate(c.warrantyEndsOn) }) : '—'}
              </Table.Td>
              <Table.Td>
                <Badge color={color(c.status)} variant="light" data-testid="warranty-status">
                  {t(`claims.status.${c.status}`)}
                </Badge>
                {c.exclusion && (
                  <Text size="xs" data-testid="warranty-reason">
                    {t(`claims.exclusion.${c.exclusion}` as 'claims.exclusion.normal-wear')}
                  </Text>
                )}
                {c.decisionNote && (
                  <Text size="xs" c="dimmed" data-testid="warranty-note">
                    {c.decisionNote}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {canDecide && <WarrantyActions claim={c} />}
                {c.letterSha256 && (
                  <Anchor href={warrantyPdfUrl(c.id)} target="_blank" size="xs">
                    {t('claims.letter')}
                  </Anchor>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}

function ReturnActions({ r }: { r: ReturnRequest }) {
  const { t } = useI18n();
  const step = useReturnStep();
  const handles = useCan(['admin', 'order-admin']);
  const credits = useCan(['admin', 'accounting']);
  // Transport is at the client's cost unless agreed otherwise (art. 12): the choice is recorded.
  const [transport, setTransport] = useState<'client' | 'alleo'>('client');
  const [note, setNote] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayInParis());
  const noteBody = note.trim() ? { note: note.trim() } : {};
  const go = (
    s: 'decision' | 'receipt' | 'inspection' | 'credit-note',
    body: unknown,
    testId: string,
    label: string,
    c?: string,
    disabled = false,
  ) => (
    <Button
      size="xs"
      variant="light"
      color={c}
      disabled={disabled}
      loading={step.isPending}
      onClick={() => step.mutate({ id: r.id, step: s, body }, { onSuccess: () => setNote('') })}
      data-testid={testId}
    >
      {label}
    </Button>
  );
  const noteInput = (label: string, testId: string) => (
    <TextInput
      size="xs"
      aria-label={label}
      placeholder={label}
      value={note}
      onChange={(e) => setNote(e.currentTarget.value)}
      data-testid={testId}
    />
  );
  return (
    <Stack gap={4}>
      {handles && r.status === 'requested' && (
        <>
          <Group gap="xs" wrap="nowrap">
            <NativeSelect
              size="xs"
              aria-label={t('claims.transportBy')}
              value={transport}
              onChange={(e) => setTransport(e.currentTarget.value as 'client' | 'alleo')}
              data={(['client', 'alleo'] as const).map((p) => ({
                value: p,
                label: `${t('claims.transportBy')} : ${t(`lc.party.${p}`)}`,
              }))}
              data-testid="return-transport"
            />
            {go(
              'decision',
              { outcome: 'agreed', transportPaidBy: transport, ...noteBody },
              'return-agree',
              t('claims.agree'),
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {noteInput(t('claims.refuseNote'), 'return-note')}
            {go(
              'decision',
              { outcome: 'refused', note: note.trim() },
              'return-refuse',
              t('claims.refuseReturn'),
              'red',
              note.trim() === '',
            )}
          </Group>
        </>
      )}
      {handles && r.status === 'agreed' && (
        <Group gap="xs" wrap="nowrap">
          <TextInput
            type="date"
            size="xs"
            aria-label={t('claims.receivedOn')}
            value={receivedOn}
            onChange={(e) => setReceivedOn(e.currentTarget.value)}
            data-testid="return-received-on"
          />
          {go('receipt', { receivedOn }, 'return-receive', t('claims.receive'))}
        </Group>
      )}
      {handles && r.status === 'received' && (
        <>
          {noteInput(t('claims.inspectionNote'), 'return-inspection-note')}
          <Group gap="xs" wrap="nowrap">
            {go('inspection', { state: 'perfect', ...noteBody }, 'return-inspect-perfect', t('claims.inspectPerfect'))}
            {go(
              'inspection',
              { state: 'damaged', ...noteBody },
              'return-inspect-damaged',
              t('claims.inspectDamaged'),
              'red',
            )}
            {go(
              'inspection',
              { state: 'incomplete', ...noteBody },
              'return-inspect-incomplete',
              t('claims.inspectIncomplete'),
              'red',
            )}
          </Group>
        </>
      )}
      {credits &&
        r.status === 'inspected' &&
        r.inspectionState === 'perfect' &&
        go('credit-note', {}, 'return-credit', t('claims.credit'))}
      {step.isError && <ProblemAlert error={step.error} testId="return-step-error" />}
    </Stack>
  );
}

/** Returns (RMA, art. 12): agreed or refused, received, inspected, then credited in perfect state only. */
export function ReturnsTable({ contractId, portal = false }: { contractId?: string; portal?: boolean }) {
  const { t } = useI18n();
  const list = useReturns(contractId);
  if (list.isError) return <ProblemAlert error={list.error} testId="returns-error" />;
  const items = list.data?.items ?? [];
  if (items.length === 0) return <Empty title={t('claims.empty')} testId="returns-empty" />;
  return (
    <PhoneCards minWidth={640}>
      <Table verticalSpacing="xs" data-testid="returns-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('claims.col.serial')}</Table.Th>
            <Table.Th>{t('claims.reason')}</Table.Th>
            <Table.Th>{t('claims.col.notifiedOn')}</Table.Th>
            <Table.Th>{t('claims.col.status')}</Table.Th>
            {!portal && <Table.Th>{t('claims.col.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id} data-testid="return-row" data-status={r.status}>
              <Table.Td>{r.serial ?? '—'}</Table.Td>
              <Table.Td>{r.reason}</Table.Td>
              <Table.Td>{formatDate(r.requestedOn)}</Table.Td>
              <Table.Td>
                <Badge color={color(r.status)} variant="light" data-testid="return-status">
                  {t(`claims.status.${r.status}`)}
                </Badge>
                {r.transportPaidBy && (
                  <Text size="xs">{t('claims.transport', { who: t(`lc.party.${r.transportPaidBy}`) })}</Text>
                )}
                {r.inspectionState && (
                  <Text size="xs">{t('claims.inspection', { state: t(`claims.state.${r.inspectionState}`) })}</Text>
                )}
                {r.receivedOn && <Text size="xs">{`${t('claims.receivedOn')} ${formatDate(r.receivedOn)}`}</Text>}
                {r.inspectionNote && <Text size="xs">{r.inspectionNote}</Text>}
                {r.decisionNote && <Text size="xs">{r.decisionNote}</Text>}
                {r.creditNoteId && (
                  <Text size="xs" c="teal.9" data-testid="return-credit-note">
                    {t('claims.creditNote')}
                  </Text>
                )}
              </Table.Td>
              {!portal && (
                <Table.Td>
                  <ReturnActions r={r} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}
