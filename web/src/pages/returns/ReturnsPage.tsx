import { Paper, Stack, Title } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { ReturnsTable, WarrantyTable } from './ClaimsTables.tsx';

/** Warranty claims (art. 11.2) and returns (RMA, art. 12) of every client. */
export function ReturnsPage() {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <PageHeader title={t('claims.title')} subtitle={t('claims.subtitle')} />
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="sm">
          {t('claims.warranty')}
        </Title>
        <WarrantyTable />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="sm">
          {t('claims.returns')}
        </Title>
        <ReturnsTable />
      </Paper>
    </Stack>
  );
}
