import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../api.ts';
import { homePath, useLogin, useSessionQuery } from '../auth/session.ts';
import { LangSwitch } from '../components/LangSwitch.tsx';
import { usePageTitle } from '../components/PageHeader.tsx';
import { useI18n } from '../i18n/i18n.ts';

function loginErrorMessage(error: unknown, fallback: { invalid: string; limited: string; other: string }): string {
  if (!(error instanceof ApiError)) return fallback.other;
  if (error.code === 'auth.invalid_credentials') return error.problem.title || fallback.invalid;
  if (error.code === 'request.rate_limited' || error.status === 429) return error.problem.title || fallback.limited;
  return error.problem.title || fallback.other;
}

/** Sign-in form; once the session exists (already signed in, or just now) the visitor is redirected. */
export function LoginPage() {
  const { t } = useI18n();
  usePageTitle(t('login.title'));
  const { data: session } = useSessionQuery();
  const login = useLogin();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const from = (location.state as { from?: string } | null)?.from;

  if (session) return <Navigate to={from ?? homePath(session.user.role)} replace />;

  const fieldErrors = login.error instanceof ApiError ? login.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.status === 401) setPassword('');
        },
      },
    );
  };

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="space-between" align="flex-end">
          <div>
            <Text fw={800} size="xl" c="indigo.7">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LangSwitch />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="xl" component="main">
          <form onSubmit={submit} noValidate aria-labelledby="login-title">
            <Stack gap="md">
              <div>
                <Title order={2} size="h3" id="login-title">
                  {t('login.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('login.subtitle')}
                </Text>
              </div>
              {login.isError && (
                <Alert color="red" variant="light" role="alert" data-testid="login-error">
                  {loginErrorMessage(login.error, {
                    invalid: t('login.invalidCredentials'),
                    limited: t('login.rateLimited'),
                    other: t('common.networkError'),
                  })}
                </Alert>
              )}
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldErrors.email}
                errorProps={{ 'data-testid': 'login-email-error' }}
                withAsterisk
                autoFocus
                data-testid="login-email"
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
                errorProps={{ 'data-testid': 'login-password-error' }}
                withAsterisk
                data-testid="login-password"
              />
              <Button type="submit" fullWidth loading={login.isPending} data-testid="login-submit">
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
