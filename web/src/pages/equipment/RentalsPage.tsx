import { useState } from 'react';
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useClients } from '../../data/users.ts';
import { useRegister, useReturnEquipment, type RegisterFilter, type Unit } from '../../data/equipment.ts';
import { formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { EquipmentTable } from './EquipmentTable.tsx';
import { MissingInsurance } from './MissingInsurance.tsx';
import { RentalSection } from './RentalSection.tsx';

const STATUSES = ['delivered', 'in-stock', 'rented', 'in-repair', 'returned', 'lost'] as const;

/** The return receipt of a contract's rented units, condition per unit (art. 15.3). */
function ReturnForm({ units }: { units: readonly Unit[] }) {
  const { t } = useI18n();
  const back = useReturnEquipment();
  const out = units.filter((u) => u.kind === 'rental' && !u.returnedOn);
  const [chosen, setChosen] = useState<Record<string, { accessories: boolean; damage: string }>>({});
  const [returnedOn, setReturnedOn] = useState('');
  const [place, setPlace] = useState('');
  const errors = back.error instanceof ApiError ? back.error.fieldErrors() : {};
  // Kept after the last return, to show what it invoiced.
  if (out.length === 0 && !back.data) return null;
  const ids = Object.keys(chosen).filter((id) => out.some((u) => u.id === id));
  return (
    <Section title={t('rentals.return')} hint={t('rentals.returnHint')} testId="return-form">
      <Stack gap="xs">
        {out.map((u) => (
          <Group key={u.id}>
            <Checkbox
              label={`${u.serial} — ${u.label}`}
              checked={Boolean(chosen[u.id])}
              onChange={(e) => {
                const next = { ...chosen };
                if (e.currentTarget.checked) next[u.id] = { accessories: true, damage: '' };
                else delete next[u.id];
                setChosen(next);
              }}
              data-testid={`return-unit-${u.serial}`}
            />
            {chosen[u.id] && (
              <TextInput
                size="xs"
                placeholder={t('rentals.damage')}
                value={chosen[u.id]!.damage}
                onChange={(e) => setChosen({ ...chosen, [u.id]: { ...chosen[u.id]!, damage: e.currentTarget.value } })}
              />
            )}
          </Group>
        ))}
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('rentals.returnedOn')}
            value={returnedOn}
            onChange={(e) => setReturnedOn(e.currentTarget.value)}
            error={errors.returnedOn}
            data-testid="return-date"
          />
          <TextInput
            label={t('rentals.place')}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={errors.place}
            data-testid="return-place"
          />
          <Button
            disabled={ids.length === 0 || !returnedOn || !place}
            loading={back.isPending}
            onClick={() =>
              back.mutate({
                contractId: out[0]!.contractId,
                returnedOn,
                place,
                units: ids.map((id) => ({
                  unitId: id,
                  complete: true,
                  accessories: chosen[id]!.accessories,
                  ...(chosen[id]!.damage ? { damage: chosen[id]!.damage } : {}),
                })),
              })
            }
            data-testid="return-submit"
          >
            {t('rentals.recordReturn')}
          </Button>
        </Group>
        {back.isError && (
          <ProblemAlert error={back.error} shownFields={['returnedOn', 'place']} testId="return-error" />
        )}
        {back.data && (
          <Text data-testid="return-result" c={back.data.indemnityCents > 0 ? 'red.7' : 'teal.7'}>
            {back.data.indemnityCents > 0
              ? t('rentals.indemnityInvoiced', { amount: formatEur(back.data.indemnityCents) })
              : t('rentals.returnedOnTime')}
          </Text>
        )}
      </Stack>
    </Section>
  );
}

/** Rentals: the equipment register (filters, serial search, owner) and one contract's rental timeline. */
export function RentalsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<RegisterFilter>({});
  const register = useRegister(filter);
  const clients = useClients(true);
  const [contractId, setContractId] = useState<string | undefined>(undefined);
  const items = register.data?.items ?? [];
  const contracts = [...new Map(items.map((u) => [u.contractId, u.contractNumber ?? u.contractId])).entries()];
  return (
    <Stack gap="md">
      <PageHeader title={t('rentals.title')} subtitle={t('rentals.subtitle')} />
      <MissingInsurance />
      <Paper withBorder radius="md" p="md">
        <Group mb="sm" align="flex-end">
          <TextInput
            label={t('rentals.searchSerial')}
            value={filter.serial ?? ''}
            onChange={(e) => setFilter({ ...filter, serial: e.currentTarget.value || undefined })}
            data-testid="register-serial"
          />
          <NativeSelect
            label={t('equipment.col.client')}
            value={filter.clientId ?? ''}
            onChange={(e) => setFilter({ ...filter, clientId: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('deliveries.allClients') },
              ...(clients.data?.items ?? []).map((c) => ({ value: c.id, label: c.legalName })),
            ]}
            data-testid="register-client"
          />
          <TextInput
            label={t('equipment.col.site')}
            value={filter.site ?? ''}
            onChange={(e) => setFilter({ ...filter, site: e.currentTarget.value || undefined })}
          />
          <NativeSelect
            label={t('equipment.col.status')}
            value={filter.status ?? ''}
            onChange={(e) =>
              setFilter({ ...filter, status: (e.currentTarget.value || undefined) as RegisterFilter['status'] })
            }
            data={[
              { value: '', label: '—' },
              ...STATUSES.map((s) => ({ value: s, label: t(`equipment.status.${s}`) })),
            ]}
          />
          <NativeSelect
            label={t('equipment.col.owner')}
            value={filter.owner ?? ''}
            onChange={(e) =>
              setFilter({ ...filter, owner: (e.currentTarget.value || undefined) as RegisterFilter['owner'] })
            }
            data={[
              { value: '', label: '—' },
              { value: 'alleo', label: t('equipment.owner.alleo') },
              { value: 'client', label: t('equipment.owner.clientShort') },
            ]}
            data-testid="register-owner"
          />
          <NativeSelect
            label={t('rentals.contract')}
            value={contractId ?? ''}
            onChange={(e) => setContractId(e.currentTarget.value || undefined)}
            data={[{ value: '', label: '—' }, ...contracts.map(([id, number]) => ({ value: id, label: number }))]}
            data-testid="rental-contract"
          />
        </Group>
        {register.isPending ? (
          <Loading />
        ) : register.isError ? (
          <ProblemAlert error={register.error} onRetry={() => void register.refetch()} testId="register-error" />
        ) : items.length === 0 ? (
          <Empty title={t('rentals.empty')} testId="register-empty" />
        ) : (
          <EquipmentTable units={items} testId="register-table" />
        )}
      </Paper>
      {contractId && (
        <>
          <ReturnForm units={items.filter((u) => u.contractId === contractId)} />
          <RentalSection contractId={contractId} />
        </>
      )}
    </Stack>
  );
}
