import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../auth/session.ts';
import { usePageTitle } from '../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../components/QueryState.tsx';
import { useDashboard } from '../data/dashboard.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { dashboardLinks } from './dashboard/dashboard-links.ts';
import { FigureCard } from './dashboard/FigureCard.tsx';
import { ReceivablesSection } from './dashboard/ReceivablesSection.tsx';
import { PrivacyDueCard } from './privacy/PrivacyDueCard.tsx';

/** The back-office home: what to do today for the user's role; every figure opens the list behind it. */
export function DashboardPage() {
  const { user, organisation } = useSession();
  const { t } = useI18n();
  usePageTitle(t('nav.dashboard'));
  const query = useDashboard();
  const d = query.data;
  const links = d ? dashboardLinks(d) : null;

  const work =
    d && links
      ? [
          d.quotes && {
            key: 'quotes-expiring',
            label: t('dashboard.quotesExpiring'),
            count: d.quotes.expiringSoon.count,
            to: links.quotesExpiring,
          },
          d.quotes && {
            key: 'quotes-acknowledge',
            label: t('dashboard.quotesToAcknowledge'),
            count: d.quotes.acceptedToAcknowledge.count,
            to: links.quotesToAcknowledge,
          },
          d.quotes && {
            key: 'rental-files',
            label: t('dashboard.rentalFiles'),
            count: d.quotes.rentalFilesAwaitingLessor.count,
            to: links.rentalFiles,
          },
          d.operations && {
            key: 'deliveries',
            label: t('dashboard.deliveries'),
            count: d.operations.deliveriesToMake.count,
            to: links.deliveries,
          },
          d.operations && {
            key: 'interventions',
            label: t('dashboard.interventions'),
            count: d.operations.interventionsToConfirm.count,
            to: links.interventions,
          },
          d.operations && {
            key: 'insurance',
            label: t('dashboard.insurance'),
            count: d.operations.insuranceMissing.count,
            to: links.insurance,
          },
          d.failedMails && {
            key: 'failed-mails',
            label: t('dashboard.failedMails'),
            count: d.failedMails.count,
            to: links.failedMails,
          },
          d.dataRequestsDue && {
            key: 'data-requests',
            label: t('dashboard.dataRequests'),
            count: d.dataRequestsDue.count,
            to: links.dataRequests,
          },
        ].filter((x) => !!x)
      : [];

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" data-testid="dashboard-welcome">
        <Title order={2}>{t('dashboard.welcome', { name: user.name })}</Title>
        <Text mt="xs" data-testid="dashboard-role">
          {t('dashboard.roleLine', { role: t(`role.${user.role}`), organisation: organisation.name })}
        </Text>
        {d && (
          <Text mt="xs" c="dimmed" size="sm" data-testid="dashboard-as-of">
            {t('dashboard.asOf', { date: formatDate(d.asOf) })}
          </Text>
        )}
      </Paper>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="dashboard-error" />
      ) : (
        <>
          {work.length > 0 && (
            <Stack gap="md" data-testid="dashboard-work">
              <Title order={3} size="h4">
                {t('dashboard.section.today')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
                {work.map((w) => (
                  <FigureCard
                    key={w.key}
                    label={w.label}
                    value={w.count}
                    to={w.to}
                    testId={`dashboard-${w.key}`}
                    alert={w.count > 0}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          )}
          {d?.receivables && <ReceivablesSection d={d} r={d.receivables} />}
          {(user.role === 'admin' || user.role === 'dpo') && <PrivacyDueCard />}
        </>
      )}
    </Stack>
  );
}
