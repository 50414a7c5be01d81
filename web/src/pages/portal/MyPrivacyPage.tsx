import { Alert, Anchor, Badge, Button, Group, Select, Stack, Table, Textarea } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { REQUEST_KINDS, useMakePortalRequest, useMyPrivacyRequests, type RequestKind } from '../../data/privacy.ts';
import { formatDate } from '../../format.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';

/**
 * Portal: the client user exercises their rights (art. 17.3) about their own data — makes a
 * request, follows its status and deadline, and once an access request is answered downloads
 * what ALLEO holds about them (JSON or PDF; every download is logged in the evidence chain).
 */
export function MyPrivacyPage() {
  const { t } = useI18n();
  const mine = useMyPrivacyRequests();
  const make = useMakePortalRequest();
  const [kind, setKind] = useState<RequestKind>('access');
  const [details, setDetails] = useState('');
  const [sentDue, setSentDue] = useState<string | null>(null);

  return (
    <Stack gap="md" data-testid="my-privacy">
      <PageHeader title={t('privacy.portal.title')} subtitle={t('privacy.portal.subtitle')} />
      <Section title={t('privacy.portal.make')} testId="my-privacy-make">
        <Stack gap="xs" maw={560}>
          <Select
            label={t('privacy.col.kind')}
            value={kind}
            onChange={(v) => v && setKind(v as RequestKind)}
            data={REQUEST_KINDS.map((k) => ({ value: k, label: t(`privacy.kind.${k}` as MessageKey) }))}
            data-testid="my-privacy-kind"
          />
          <Textarea
            label={t('privacy.portal.details')}
            value={details}
            onChange={(e) => setDetails(e.currentTarget.value)}
            data-testid="my-privacy-details"
          />
          <Group>
            <Button
              loading={make.isPending}
              data-testid="my-privacy-submit"
              onClick={() =>
                make.mutate(
                  { kind, ...(details.trim() ? { details: details.trim() } : {}) },
                  {
                    onSuccess: (res) => {
                      setDetails('');
                      setSentDue((res as { request: { dueOn: string } }).request.dueOn);
                    },
                  },
                )
              }
            >
              {t('privacy.portal.submit')}
            </Button>
          </Group>
          {sentDue && (
            <Alert color="green" data-testid="my-privacy-sent">
              {t('privacy.portal.sent', { date: formatDate(sentDue) })}
            </Alert>
          )}
          {make.error && <ProblemAlert error={make.error} testId="my-privacy-error" />}
        </Stack>
      </Section>
      <Section title={t('privacy.portal.mine')} testId="my-privacy-requests">
        {mine.isPending ? (
          <Loading />
        ) : mine.isError ? (
          <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />
        ) : mine.data.items.length === 0 ? (
          <Empty title={t('privacy.empty')} testId="my-privacy-none" />
        ) : (
          <PhoneCards minWidth={600}>
            <Table striped data-testid="my-privacy-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('privacy.col.received')}</Table.Th>
                  <Table.Th>{t('privacy.col.kind')}</Table.Th>
                  <Table.Th>{t('privacy.col.due')}</Table.Th>
                  <Table.Th>{t('privacy.col.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mine.data.items.map((r) => (
                  <Table.Tr key={r.id} data-testid={`my-request-${r.id}`}>
                    <Table.Td>{formatDate(r.receivedOn)}</Table.Td>
                    <Table.Td>{t(`privacy.kind.${r.kind}` as MessageKey)}</Table.Td>
                    <Table.Td>{formatDate(r.effectiveDueOn)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" data-testid={`my-request-status-${r.id}`}>
                        {t(`privacy.status.${r.status}` as MessageKey)}
                      </Badge>
                      {r.answer && <div>{r.answer}</div>}
                    </Table.Td>
                    <Table.Td>
                      {r.status === 'answered' && (r.kind === 'access' || r.kind === 'portability') && (
                        <Group gap="xs">
                          <Anchor
                            href={`/api/portal/privacy/requests/${r.id}/export?format=json`}
                            data-testid={`my-request-download-${r.id}`}
                          >
                            {t('privacy.portal.download')} (JSON)
                          </Anchor>
                          <Anchor href={`/api/portal/privacy/requests/${r.id}/export?format=pdf`}>PDF</Anchor>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </PhoneCards>
        )}
      </Section>
    </Stack>
  );
}
