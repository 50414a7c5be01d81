import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useObligations } from '../../data/lifecycle.ts';
import { formatDate, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';

type Explained = { explanation: { fr: string; en: string } };

/** Disputes (art. 21), non-solicitation (18) and confidential information (13) on the client record. */
export function ClientObligationsCard({ clientId }: { clientId: string }) {
  const { t, pick } = useI18n();
  const allowed = useCan(['admin', 'sales', 'order-admin', 'accounting']);
  const q = useObligations(clientId);
  if (!allowed) return null;
  if (q.isError) return <ProblemAlert error={q.error} testId="obligations-error" />;
  if (!q.data) return null;
  const o = q.data;
  return (
    <Paper withBorder radius="md" p="md" data-testid="client-obligations">
      <Stack gap="sm">
        <Title order={4}>{t('obl.title')}</Title>
        <Text fw={500} size="sm">
          {t('obl.disputes')}
        </Text>
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
        <Text fw={500} size="sm">
          {t('obl.nonSolicitation')}
        </Text>
        <Text size="sm" data-testid="obligations-non-solicitation">
          {o.nonSolicitation.decision
            ? pick((o.nonSolicitation.decision as Explained).explanation)
            : t('obl.noContract')}
        </Text>
        {o.nonSolicitation.hirings.length > 0 && (
          <List size="sm">
            {o.nonSolicitation.hirings.map((h) => (
              <List.Item key={h.id}>
                {t('obl.hiring', {
                  name: h.employeeName,
                  date: formatDate(h.hiredOn),
                  amount: formatEur(h.indemnityCents),
                })}
              </List.Item>
            ))}
          </List>
        )}
        <Text fw={500} size="sm">
          {t('obl.confidential')}
        </Text>
        {o.confidentialItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('obl.noItems')}
          </Text>
        ) : (
          <List size="sm">
            {o.confidentialItems.map((c) => (
              <List.Item key={c.id}>
                {t('obl.item', { what: c.what, date: formatDate(c.disclosedOn), until: formatDate(c.protectedUntil) })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
