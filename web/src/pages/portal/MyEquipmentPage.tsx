import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useRegister } from '../../data/equipment.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { EquipmentTable } from '../equipment/EquipmentTable.tsx';

/**
 * Portal: the client's equipment, sold and rented, and who owns each unit — ALLEO until every
 * invoice covering a sold unit is paid (art. 4.1.4), always ALLEO for a rented one (art. 4.2.5).
 */
export function MyEquipmentPage() {
  const { t } = useI18n();
  const register = useRegister({});
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.myEquipment')} subtitle={t('portal.myEquipmentSubtitle')} />
      <Paper withBorder radius="md" p="md">
        {register.isPending ? (
          <Loading />
        ) : register.isError ? (
          <ProblemAlert error={register.error} onRetry={() => void register.refetch()} testId="my-equipment-error" />
        ) : register.data.items.length === 0 ? (
          <Empty title={t('portal.myEquipmentEmpty')} testId="my-equipment-empty" />
        ) : (
          <EquipmentTable units={register.data.items} testId="my-equipment" />
        )}
      </Paper>
    </Stack>
  );
}
