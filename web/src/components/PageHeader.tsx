import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useI18n } from '../i18n/i18n.ts';

/** Sets the browser tab title: "<page> · Clausier". */
export function usePageTitle(title: string): void {
  useDocumentTitle(`${title} · Clausier`);
}

/** Page title, optional subtitle and actions on the right. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="md">
      <Stack gap={4}>
        <Title order={2} data-testid="page-title">
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" size="sm" maw={720}>
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

/** A field label followed by a discreet "(optional)" marker. */
export function OptionalLabel({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      {children}{' '}
      <Text span size="xs" c="dimmed" fw={400}>
        ({t('common.optional')})
      </Text>
    </>
  );
}
