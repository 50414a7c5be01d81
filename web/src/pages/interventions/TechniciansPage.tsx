import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import {
  type Technician,
  useCreateTechnician,
  useTechnicianCandidates,
  useTechnicians,
  useUpdateTechnician,
} from '../../data/interventions.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';
import { FeedModal } from './FeedModal.tsx';
import { HoursModal, weekdayKey } from './HoursModal.tsx';

const MANAGERS = ['admin', 'order-admin'] as const;

/**
 * Technicians (issue #11): staff users with the technician role or named resources, their weekly
 * hours inside ALLEO's working days and hours (art. 6.9), their iCalendar feed; add, edit, take off.
 */
export function TechniciansPage() {
  const { t } = useI18n();
  const canManage = useCan(MANAGERS);
  const list = useTechnicians();
  const candidates = useTechnicianCandidates(canManage);
  const create = useCreateTechnician();
  const update = useUpdateTechnician();
  const [userId, setUserId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<Technician | null>(null);
  const [feedFor, setFeedFor] = useState<string | null>(null);
  const error = create.error ?? update.error;
  const hoursText = (x: Technician) =>
    x.hours === null
      ? t('interventions.technicians.alleoHours')
      : x.hours.length === 0
        ? t('interventions.technicians.noHours')
        : x.hours.map((h) => `${t(weekdayKey(h.weekday))} ${h.start}–${h.end}`).join(' · ');
  return (
    <Stack gap="md">
      <PageHeader
        title={t('interventions.technicians.title')}
        subtitle={t('interventions.technicians.hint')}
        actions={
          <Button component={Link} to="/interventions" variant="default">
            {t('interventions.title')}
          </Button>
        }
      />
      {canManage && (
        <Paper withBorder radius="md" p="md">
          <Group align="flex-end" gap="md">
            <Select
              label={t('interventions.technicians.user')}
              placeholder={t('interventions.technicians.userPlaceholder')}
              data={(candidates.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} — ${u.email}` }))}
              value={userId}
              onChange={setUserId}
              searchable
              w={320}
              data-testid="technician-user"
            />
            <Button
              disabled={!userId}
              loading={create.isPending}
              onClick={() => userId && create.mutate({ userId }, { onSuccess: () => setUserId(null) })}
              data-testid="technician-add-user"
            >
              {t('interventions.technicians.addUser')}
            </Button>
            <TextInput
              label={t('interventions.technicians.resource')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={260}
              data-testid="technician-name"
            />
            <Button
              variant="default"
              disabled={name.trim() === ''}
              loading={create.isPending}
              onClick={() => create.mutate({ name: name.trim() }, { onSuccess: () => setName('') })}
              data-testid="technician-add-resource"
            >
              {t('interventions.technicians.addResource')}
            </Button>
          </Group>
        </Paper>
      )}
      {error && <ProblemAlert error={error} testId="technicians-error" />}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : (
        <Paper withBorder radius="md">
          <Table striped data-testid="technicians-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('interventions.board.technician')}</Table.Th>
                <Table.Th>{t('interventions.technicians.hours')}</Table.Th>
                <Table.Th>{t('interventions.feed.button')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((x) => (
                <Table.Tr key={x.id} data-testid={`technician-${x.id}`}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {x.name}
                      </Text>
                      <Badge variant="light" size="xs">
                        {t(`interventions.technicians.kind.${x.kind}`)}
                      </Badge>
                      {!x.active && (
                        <Badge color="gray" size="xs">
                          {t('interventions.technicians.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" data-testid={`technician-hours-${x.id}`}>
                      {hoursText(x)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={x.feedActive ? 'green' : 'dimmed'}>
                      {x.feedActive ? t('interventions.technicians.feedOn') : t('interventions.technicians.feedOff')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end">
                      {canManage && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(x)}
                          data-testid={`technician-edit-${x.id}`}
                        >
                          {t('interventions.technicians.edit')}
                        </Button>
                      )}
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setFeedFor(x.id)}
                        data-testid={`technician-feed-${x.id}`}
                      >
                        {t('interventions.feed.button')}
                      </Button>
                      {canManage && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color={x.active ? 'red' : 'green'}
                          onClick={() => update.mutate({ id: x.id, body: { active: !x.active } })}
                          data-testid={`technician-toggle-${x.id}`}
                        >
                          {x.active
                            ? t('interventions.technicians.deactivate')
                            : t('interventions.technicians.activate')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <HoursModal technician={editing} onClose={() => setEditing(null)} />
      <FeedModal technicianId={feedFor} onClose={() => setFeedFor(null)} />
    </Stack>
  );
}
