import { useState } from 'react';
import { Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { ResponseOf } from '../../api/shapes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { todayInParis } from '../../format.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Accounts = ResponseOf<'/api/accounting/settings', 'get'>;

const ACCOUNT_KEYS: ReadonlyArray<[keyof Accounts, MessageKey]> = [
  ['clients', 'exports.account.clients'],
  ['salesGoods', 'exports.account.salesGoods'],
  ['salesServices', 'exports.account.salesServices'],
  ['vatCollectedPrefix', 'exports.account.vatCollected'],
  ['vatPendingPrefix', 'exports.account.vatPending'],
  ['lateCharges', 'exports.account.lateCharges'],
  ['bank', 'exports.account.bank'],
];

/** Accounting exports: the FEC of a period (a fiscal year by default), and the accounts it uses. */
export function ExportsPage() {
  const { t } = useI18n();
  const year = todayInParis().slice(0, 4);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const accounts = useQuery({
    queryKey: ['accounting', 'settings'],
    queryFn: () => api.get<Accounts>('/api/accounting/settings'),
  });
  const fromError = DATE.test(from) ? null : t('exports.badDate');
  const toError = !DATE.test(to)
    ? t('exports.badDate')
    : DATE.test(from) && to < from
      ? t('exports.toBeforeFrom')
      : null;
  const href = `/api/exports/fec?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

  return (
    <Stack gap="md">
      <PageHeader title={t('exports.title')} subtitle={t('exports.subtitle')} />
      <Section title={t('exports.fec')} hint={t('exports.fecHint')} testId="exports-fec">
        <Paper withBorder p="md">
          <Group align="flex-end">
            <TextInput
              type="date"
              label={t('exports.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={fromError}
              data-testid="fec-from"
            />
            <TextInput
              type="date"
              label={t('exports.to')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={toError}
              data-testid="fec-to"
            />
            <Button
              component="a"
              href={fromError || toError ? undefined : href}
              download
              disabled={Boolean(fromError || toError)}
              data-testid="fec-download"
            >
              {t('exports.download')}
            </Button>
          </Group>
        </Paper>
      </Section>
      <Section title={t('exports.accounts')} hint={t('exports.accountsHint')} testId="exports-accounts">
        {accounts.isPending ? (
          <Loading />
        ) : accounts.error ? (
          <ProblemAlert error={accounts.error} />
        ) : (
          <Table withTableBorder>
            <Table.Tbody>
              {ACCOUNT_KEYS.map(([key, label]) => (
                <Table.Tr key={key}>
                  <Table.Td>{t(label)}</Table.Td>
                  <Table.Td>
                    <Text ff="monospace">{accounts.data?.[key]}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Stack>
  );
}
