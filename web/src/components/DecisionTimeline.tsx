import { Anchor, Badge, Group, Text, Timeline } from '@mantine/core';
import { useSession } from '../auth/session.ts';
import { evidenceDocumentUrl } from '../data/contracts.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { EVIDENCE_READERS, useCan } from '../roles.ts';
import type { EvidenceEntry, TimelineDecision } from '../types/quotes.ts';
import { isPositiveOutcome } from './DecisionCard.tsx';
import { Empty } from './QueryState.tsx';

/** A dated fact shown among the decisions (a delivery, a return…): `at` is a day or an instant. */
export interface TimelineFact {
  at: string;
  kind: string;
  title: string;
  detail?: string;
}

type Event = { at: string; order: number; decision?: TimelineDecision; evidence?: EvidenceEntry; fact?: TimelineFact };

/** Decisions (with their article) and evidence-log entries of a quote or contract, oldest first. */
export function DecisionTimeline({
  decisions,
  evidence,
  facts = [],
  testId = 'timeline',
}: {
  decisions: readonly TimelineDecision[];
  evidence: readonly EvidenceEntry[];
  /** Facts of the object's life that are not decisions, merged in date order (a day sorts before its instants). */
  facts?: readonly TimelineFact[];
  testId?: string;
}) {
  const { t, tx, outcome, pick } = useI18n();
  const { user } = useSession();
  const canDownload = useCan(EVIDENCE_READERS);
  // An evidence entry of kind "decision" is the decision already listed with its explanation.
  const events: Event[] = [
    // At the same instant, the document received comes before the decision taken on it.
    ...decisions.map((decision, i) => ({
      at: decision.at,
      order: Number.MAX_SAFE_INTEGER - decisions.length + i,
      decision,
    })),
    ...evidence
      .filter((e) => e.kind !== 'decision')
      .map((entry) => ({ at: entry.at, order: entry.seq, evidence: entry })),
    ...facts.map((fact, i) => ({ at: fact.at, order: -facts.length + i, fact })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  if (events.length === 0) return <Empty title={t('timeline.empty')} testId={`${testId}-empty`} />;
  const by = (actor: string, name: string | null) =>
    actor === user.id ? ` · ${t('timeline.byYou')}` : name ? ` · ${name}` : '';

  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid={testId}>
      {events.map((event) =>
        event.fact ? (
          <Timeline.Item
            key={`f-${event.order}`}
            color="indigo"
            title={event.fact.title}
            data-testid={`${testId}-fact`}
            data-kind={event.fact.kind}
          >
            {event.fact.detail && <Text size="sm">{event.fact.detail}</Text>}
            <Text size="xs" c="dimmed">
              {event.fact.at.length > 10 ? formatDateTime(event.fact.at) : formatDate(event.fact.at)}
            </Text>
          </Timeline.Item>
        ) : event.decision ? (
          <Timeline.Item
            key={`d-${event.order}`}
            color={isPositiveOutcome(event.decision.outcome) ? 'teal' : 'red'}
            title={
              <Group gap="xs">
                <Badge size="sm" variant="light">
                  {outcome(event.decision)}
                </Badge>
                <Text size="sm" fw={600} c="indigo.7">
                  {t('decision.citation', { article: event.decision.article, version: event.decision.termsVersion })}
                </Text>
              </Group>
            }
            data-testid={`${testId}-decision`}
            data-outcome={event.decision.outcome}
          >
            <Text size="sm">{pick(event.decision.explanation)}</Text>
            <Text size="xs" c="dimmed" title={event.decision.actor}>
              {formatDateTime(event.decision.at)}
              {by(event.decision.actor, event.decision.actorName)}
            </Text>
          </Timeline.Item>
        ) : (
          <Timeline.Item
            key={`e-${event.order}`}
            color="gray"
            title={tx(`evidence.kind.${event.evidence!.kind}`, event.evidence!.kind)}
            data-testid={`${testId}-evidence`}
            data-kind={event.evidence!.kind}
          >
            <Text size="xs" c="dimmed" title={event.evidence!.actor}>
              {t('timeline.seq', { seq: event.evidence!.seq })} · {formatDateTime(event.evidence!.at)}
              {by(event.evidence!.actor, event.evidence!.actorName)}
            </Text>
            {event.evidence!.documentSha256 && (
              <Text size="xs" ff="monospace" c="dimmed">
                {canDownload ? (
                  <Anchor
                    href={evidenceDocumentUrl(event.evidence!.documentSha256)}
                    target="_blank"
                    rel="noopener"
                    size="xs"
                  >
                    {t('timeline.document')}
                  </Anchor>
                ) : (
                  t('timeline.documentKept')
                )}{' '}
                SHA-256 {event.evidence!.documentSha256.slice(0, 12)}…
              </Text>
            )}
          </Timeline.Item>
        ),
      )}
    </Timeline>
  );
}
