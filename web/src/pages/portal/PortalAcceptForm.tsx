import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { useSession } from '../../auth/session.ts';
import { DecisionCard, problemDecision } from '../../components/DecisionCard.tsx';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { usePortalAccept } from '../../data/quotes.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Quote } from '../../types/quotes.ts';

/**
 * "Bon pour accord" in the portal (art. 3.1): the client reads the PDF, ticks "accepted without
 * reservation", types its name and title. The decision of rule quote.acceptance is shown, also
 * when it refuses (an expired quote: 409 with the decision and its citation).
 */
export function PortalAcceptForm({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const { user } = useSession();
  const accept = usePortalAccept(quote.id);
  const [ticked, setTicked] = useState(false);
  const [name, setName] = useState(user.name);
  const [title, setTitle] = useState('');
  const errors = accept.error instanceof ApiError ? accept.error.fieldErrors() : {};
  const refusal = problemDecision(accept.error);
  const decision = accept.data?.decision ?? refusal;
  if (quote.status !== 'issued' && !decision) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate({ acceptedWithoutReservation: ticked, signatoryName: name.trim(), signatoryTitle: title.trim() });
  };

  return (
    <Section
      title={t('portalAccept.title')}
      hint={t('portalAccept.hint', { date: formatDate(quote.expiresOn) })}
      testId="portal-accept"
    >
      {decision && <DecisionCard decision={decision} testId="portal-accept-decision" />}
      {accept.isError && !refusal && (
        <ProblemAlert
          error={accept.error}
          shownFields={['signatoryName', 'signatoryTitle']}
          testId="portal-accept-error"
        />
      )}
      {quote.status === 'issued' && !accept.data && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('portalAccept.readPdf')}</Text>
            <Checkbox
              label={t('portalAccept.withoutReservation')}
              checked={ticked}
              onChange={(event) => setTicked(event.currentTarget.checked)}
              data-testid="portal-accept-check"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('portalAccept.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.signatoryName}
                withAsterisk
                data-testid="portal-accept-name"
              />
              <TextInput
                label={t('portalAccept.jobTitle')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={errors.signatoryTitle}
                withAsterisk
                data-testid="portal-accept-title"
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('portalAccept.recorded')}
            </Text>
            <Group justify="flex-end">
              <Button
                type="submit"
                disabled={!ticked || !name.trim() || !title.trim()}
                loading={accept.isPending}
                data-testid="portal-accept-submit"
              >
                {t('portalAccept.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}
