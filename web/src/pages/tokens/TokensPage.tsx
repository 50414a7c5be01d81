import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Badge, Button, Code, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { PageHeader, usePageTitle } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { type ApiToken, type CreatedToken, useCreateToken, useRevokeToken, useTokens } from '../../data/tokens.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** The lives a token may be given (days); the server accepts 1 to 1825, default 365. */
export const TOKEN_LIVES = [30, 90, 365, 730] as const;

function status(token: ApiToken, now: number): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const { t } = useI18n();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState('365');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), expiresInDays: Number(days) },
      {
        onSuccess: (created) => {
          setName('');
          onCreated(created);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {create.isError && (
          <ProblemAlert error={create.error} shownFields={['name', 'expiresInDays']} testId="token-form-error" />
        )}
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('tokens.form.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            data-testid="token-name"
            style={{ flex: 1 }}
          />
          <NativeSelect
            label={t('tokens.form.expiresIn')}
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
            data={TOKEN_LIVES.map((d) => ({ value: String(d), label: t('tokens.form.days', { days: d }) }))}
            data-testid="token-expiry"
          />
          <Button type="submit" loading={create.isPending} data-testid="token-create">
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** API tokens for integrations: create one with its expiry, see when each expires, revoke. */
export function TokensPage() {
  const { t } = useI18n();
  usePageTitle(t('tokens.title'));
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const items = tokens.data?.items ?? [];
  const now = Date.now();
  return (
    <Stack gap="md">
      <PageHeader title={t('tokens.title')} subtitle={t('tokens.subtitle')} />
      <Paper withBorder radius="md" p="md">
        <CreateTokenForm onCreated={setCreated} />
      </Paper>
      {created && (
        <Alert
          color="teal"
          title={t('tokens.created.title')}
          withCloseButton
          onClose={() => setCreated(null)}
          data-testid="token-created"
        >
          <Text size="sm">{t('tokens.created.once', { date: formatDate(created.expiresAt) })}</Text>
          <Code block data-testid="token-secret">
            {created.token}
          </Code>
        </Alert>
      )}
      {revoke.isError && <ProblemAlert error={revoke.error} testId="tokens-error" />}
      <Paper withBorder radius="md" p="md">
        {tokens.isPending ? (
          <Loading />
        ) : tokens.isError ? (
          <ProblemAlert error={tokens.error} onRetry={() => void tokens.refetch()} testId="tokens-load-error" />
        ) : items.length === 0 ? (
          <Empty title={t('tokens.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" data-testid="tokens-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tokens.col.name')}</Table.Th>
                  <Table.Th>{t('tokens.col.createdAt')}</Table.Th>
                  <Table.Th>{t('tokens.col.expiresAt')}</Table.Th>
                  <Table.Th>{t('tokens.col.lastUsedAt')}</Table.Th>
                  <Table.Th>{t('tokens.col.status')}</Table.Th>
                  <Table.Th ta="right">{t('tokens.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((token) => {
                  const s = status(token, now);
                  return (
                    <Table.Tr key={token.id} data-testid={`token-row-${token.name}`}>
                      <Table.Td>{token.name}</Table.Td>
                      <Table.Td>{formatDate(token.createdAt)}</Table.Td>
                      <Table.Td data-testid="token-expires">
                        {token.expiresAt ? formatDate(token.expiresAt) : t('tokens.never')}
                      </Table.Td>
                      <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('common.none')}</Table.Td>
                      <Table.Td>
                        <Badge
                          color={s === 'active' ? 'teal' : 'gray'}
                          variant="light"
                          data-testid="token-status"
                          data-status={s}
                        >
                          {t(`tokens.status.${s}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        {s !== 'revoked' && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            loading={revoke.isPending && revoke.variables === token.id}
                            onClick={() => revoke.mutate(token.id)}
                            data-testid="token-revoke"
                          >
                            {t('tokens.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
