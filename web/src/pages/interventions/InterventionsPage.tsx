import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Anchor, Box, Button, Group, Modal, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import {
  type CancelPreview,
  type BoardItem,
  previewCancellation,
  previewSlot,
  type SlotCheck,
  useBoard,
  useMove,
  useTechnicians,
} from '../../data/interventions.ts';
import { formatDate, formatEur, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';
import { InterventionBadges } from './InterventionBadges.tsx';
import { FeedModal } from './FeedModal.tsx';
import { FilteredInterventions } from './FilteredInterventions.tsx';
import { ScheduleModal } from './ScheduleModal.tsx';
import { SlotSummary } from './SlotSummary.tsx';

const PLANNERS = ['admin', 'order-admin', 'technician'] as const;

/** The Monday of the week of a civil date. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  const wd = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - wd);
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

interface Drop {
  intervention: BoardItem;
  date: string;
  technicianId: string;
}

/**
 * The planning board (art. 6.9): a week per technician; an intervention is moved by drag and drop
 * to another day or technician, with the slot checked (working days and hours, surcharge) and the
 * cost of a late move at the client's request shown before saving.
 */
export function InterventionsPage() {
  const { t, lang } = useI18n();
  const canPlan = useCan(PLANNERS);
  const [week, setWeek] = useState(() => mondayOf(todayInParis()));
  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => addDays(week, i)), [week]);
  const technicians = useTechnicians();
  const list = useBoard({ from: days[0]!, to: days[6]! });
  const [scheduling, setScheduling] = useState(false);
  const [drop, setDrop] = useState<Drop | null>(null);
  const canManageFeeds = useCan(['admin', 'order-admin']);
  const [feedFor, setFeedFor] = useState<string | null>(null);
  const items = (list.data?.items ?? []).filter((i) => i.status !== 'cancelled');
  const dayLabel = (d: string) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  return (
    <Stack gap="md">
      <PageHeader
        title={t('interventions.title')}
        subtitle={t('interventions.subtitle')}
        actions={
          <Group gap="xs">
            <Button component={Link} to="/interventions/tickets" variant="default" data-testid="interventions-tickets">
              {t('interventions.tickets.title')}
            </Button>
            <Button
              component={Link}
              to="/interventions/technicians"
              variant="default"
              data-testid="interventions-technicians"
            >
              {t('interventions.technicians.title')}
            </Button>
            {canPlan && (
              <Button onClick={() => setScheduling(true)} data-testid="interventions-new">
                {t('interventions.new')}
              </Button>
            )}
          </Group>
        }
      />
      <FilteredInterventions />
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setWeek(addDays(week, -7))} data-testid="week-prev">
          {t('interventions.week.prev')}
        </Button>
        <Text fw={600} data-testid="week-label">
          {t('interventions.week.of', { date: formatDate(week) })}
        </Text>
        <Button variant="default" size="xs" onClick={() => setWeek(addDays(week, 7))} data-testid="week-next">
          {t('interventions.week.next')}
        </Button>
        <Button variant="subtle" size="xs" onClick={() => setWeek(mondayOf(todayInParis()))}>
          {t('interventions.week.today')}
        </Button>
      </Group>
      <Paper withBorder radius="md" p="sm">
        {technicians.isPending || list.isPending ? (
          <Loading />
        ) : technicians.isError ? (
          <ProblemAlert error={technicians.error} testId="technicians-error" />
        ) : list.isError ? (
          <ProblemAlert error={list.error} testId="interventions-error" />
        ) : (
          <ScrollArea>
            <Table withColumnBorders data-testid="planning-board" miw={1000}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={160}>{t('interventions.board.technician')}</Table.Th>
                  {days.map((d) => (
                    <Table.Th key={d}>{dayLabel(d)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {technicians.data.items.map((tech) => (
                  <Table.Tr key={tech.id} data-testid={`board-row-${tech.id}`}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {tech.name}
                      </Text>
                      {canManageFeeds && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setFeedFor(tech.id)}
                          data-testid={`feed-${tech.id}`}
                        >
                          {t('interventions.feed.button')}
                        </Button>
                      )}
                    </Table.Td>
                    {days.map((d) => (
                      <Table.Td
                        key={d}
                        valign="top"
                        data-testid={`board-cell-${tech.id}-${d}`}
                        onDragOver={(e) => canPlan && e.preventDefault()}
                        onDrop={(e) => {
                          e.preventDefault();
                          const id = e.dataTransfer.getData('text/plain');
                          const intervention = items.find((i) => i.id === id);
                          if (intervention) setDrop({ intervention, date: d, technicianId: tech.id });
                        }}
                        style={{ minHeight: 60, verticalAlign: 'top' }}
                      >
                        <Stack gap={4}>
                          {items
                            .filter((i) => i.date === d && i.technicians.some((x) => x.id === tech.id))
                            .map((i) => (
                              <Box
                                key={i.id}
                                draggable={canPlan && (i.status === 'scheduled' || i.status === 'to-reschedule')}
                                onDragStart={(e) => e.dataTransfer.setData('text/plain', i.id)}
                                p={4}
                                style={{
                                  border: '1px solid var(--mantine-color-gray-4)',
                                  borderRadius: 4,
                                  cursor: 'grab',
                                }}
                                data-testid={`board-card-${i.id}`}
                              >
                                <Anchor component={Link} to={`/interventions/${i.id}`} size="xs" fw={600}>
                                  {i.start}–{i.end} {i.label}
                                </Anchor>
                                <Text size="xs" c="dimmed">
                                  {i.clientName}
                                </Text>
                                <InterventionBadges intervention={i} />
                              </Box>
                            ))}
                        </Stack>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Paper>
      {technicians.data && (
        <ScheduleModal
          opened={scheduling}
          onClose={() => setScheduling(false)}
          technicians={technicians.data.items}
          defaultDate={days[0]!}
        />
      )}
      <MoveModal drop={drop} onClose={() => setDrop(null)} />
      <FeedModal technicianId={feedFor} onClose={() => setFeedFor(null)} />
    </Stack>
  );
}

/** The move of a drop: the new slot checked, and what the same move would cost at the client's request. */
function MoveModal({ drop, onClose }: { drop: Drop | null; onClose: () => void }) {
  const { t, pick } = useI18n();
  const move = useMove();
  const [slot, setSlot] = useState<SlotCheck | null>(null);
  const [late, setLate] = useState<CancelPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { reset } = move;
  useEffect(() => {
    setSlot(null);
    setLate(null);
    setError(null);
    reset();
    if (!drop) return;
    let live = true;
    const i = drop.intervention;
    previewSlot({
      contractLineId: i.contractLineId,
      technicianIds: [drop.technicianId],
      date: drop.date,
      start: i.start,
      end: i.end,
    }).then(
      (r) => live && setSlot(r.slot),
      (e: unknown) => live && setError(e),
    );
    if (i.status === 'scheduled')
      previewCancellation(i.id, 'postpone').then(
        (p) => live && setLate(p),
        () => live && setLate(null),
      );
    return () => {
      live = false;
    };
  }, [drop, reset]);
  return (
    <Modal
      opened={drop !== null}
      onClose={onClose}
      title={t('interventions.move.title')}
      centered
      data-testid="move-modal"
    >
      {drop && (
        <Stack gap="sm">
          <Text size="sm">
            {t('interventions.move.text', {
              label: drop.intervention.label,
              from: formatDate(drop.intervention.date),
              to: formatDate(drop.date),
            })}
          </Text>
          {error ? <ProblemAlert error={error} testId="move-preview-error" /> : null}
          {slot && <SlotSummary slot={slot} />}
          {late && late.chargeCents > 0 && (
            <Alert color="orange" data-testid="move-late-cost">
              <Text size="sm" fw={600}>
                {t('interventions.move.lateCost', { amount: formatEur(late.chargeCents) })}
              </Text>
              <Text size="xs">
                {pick(late.decision.explanation)} (art. {late.decision.citation.article},{' '}
                {late.decision.citation.termsVersion})
              </Text>
            </Alert>
          )}
          {move.isError && <ProblemAlert error={move.error} testId="move-error" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!slot}
              loading={move.isPending}
              data-testid="move-confirm"
              onClick={() =>
                slot &&
                move.mutate(
                  {
                    id: drop.intervention.id,
                    body: {
                      date: drop.date,
                      start: drop.intervention.start,
                      end: drop.intervention.end,
                      technicianIds: [drop.technicianId],
                      acceptSurcharge: slot.offHours,
                    },
                  },
                  { onSuccess: onClose },
                )
              }
            >
              {t('interventions.move.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
