import { Paper, Stack, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.ts';
import { ReturnsTable, WarrantyTable } from './ClaimsTables.tsx';

/** The warranty claims and returns of one contract, on the contract page. */
export function ContractClaims({ contractId, portal = false }: { contractId: string; portal?: boolean }) {
  const { t } = useI18n();
  return (
    <Paper withBorder radius="md" p="md" data-testid="contract-claims">
      <Stack gap="sm">
        <Title order={4}>{t('claims.warranty')}</Title>
        <WarrantyTable contractId={contractId} portal={portal} />
        <Title order={4}>{t('claims.returns')}</Title>
        <ReturnsTable contractId={contractId} portal={portal} />
      </Stack>
    </Paper>
  );
}
