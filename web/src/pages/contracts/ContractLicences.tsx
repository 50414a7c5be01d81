import { Badge, Stack, Table, Text } from '@mantine/core';
import { PhoneCards } from '../../components/PhoneCards.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useLicences } from '../../data/contracts.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { USAGE_RECORDERS, useCan } from '../../roles.ts';
import { LicenceUsageForm } from './LicenceUsageForm.tsx';

/** Licences of the contract's virtualized solutions (art. 8, 14): users, usage, over-use flags. */
export function ContractLicences({ contractId, portal = false }: { contractId: string; portal?: boolean }) {
  const { t } = useI18n();
  const licences = useLicences(contractId);
  const canRecord = useCan(USAGE_RECORDERS) && !portal;
  if (licences.isPending) return <Loading />;
  if (licences.isError)
    return <ProblemAlert error={licences.error} onRetry={() => void licences.refetch()} testId="licences-error" />;
  if (licences.data.items.length === 0) return <Empty title={t('licences.empty')} testId="licences-empty" />;

  return (
    <PhoneCards minWidth={700}>
      <Table verticalSpacing="sm" data-testid="licences-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('licences.col.solution')}</Table.Th>
            <Table.Th>{t('licences.col.licensed')}</Table.Th>
            <Table.Th>{t('licences.col.usage')}</Table.Th>
            {canRecord && <Table.Th>{t('licences.col.record')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {licences.data.items.map((licence) => {
            const latest = licence.usages.at(-1);
            return (
              <Table.Tr key={licence.id} data-testid={`licence-row-${licence.sku}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {licence.solution}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {licence.sku} · {t('licences.nonTransferable')}
                  </Text>
                </Table.Td>
                <Table.Td data-testid="licence-users">{licence.licensedUsers}</Table.Td>
                <Table.Td>
                  {latest ? (
                    <Stack gap={2}>
                      <Text size="sm">
                        {t('licences.latest', { users: latest.usersCount, date: formatDate(latest.observedOn) })}
                      </Text>
                      {licence.usages.some((usage) => usage.overLimit) && (
                        <Badge color="red" variant="light" size="sm" data-testid="licence-over-limit">
                          {t('licences.overLimit')}
                        </Badge>
                      )}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('licences.noUsage')}
                    </Text>
                  )}
                </Table.Td>
                {canRecord && (
                  <Table.Td>
                    <LicenceUsageForm licence={licence} />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </PhoneCards>
  );
}
