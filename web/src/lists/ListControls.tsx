import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n.ts';
import type { ServerList } from './useServerList.ts';

/** Sort (column and direction) of a server list; `sorts` maps each sort key to its label. */
export function ListSort({ list, sorts, testId }: { list: ServerList; sorts: Record<string, string>; testId: string }) {
  const { t } = useI18n();
  return (
    <Group gap="xs" align="flex-end">
      <NativeSelect
        label={t('list.sortBy')}
        value={list.state.sort}
        onChange={(event) => list.setSort({ sort: event.currentTarget.value })}
        data={Object.entries(sorts).map(([value, label]) => ({ value, label }))}
        data-testid={`${testId}-sort`}
      />
      <NativeSelect
        aria-label={t('list.direction')}
        value={list.state.dir}
        onChange={(event) => list.setSort({ dir: event.currentTarget.value as 'asc' | 'desc' })}
        data={[
          { value: 'asc', label: t('list.asc') },
          { value: 'desc', label: t('list.desc') },
        ]}
        data-testid={`${testId}-dir`}
      />
    </Group>
  );
}

/** Previous / next page (keyset cursors kept in the URL) and the exports of what is filtered. */
export function ListFooter({ list, testId }: { list: ServerList; testId: string }) {
  const { t } = useI18n();
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={!list.hasPrevious}
          onClick={list.previous}
          data-testid={`${testId}-previous`}
        >
          {t('list.previous')}
        </Button>
        <Text size="sm" data-testid={`${testId}-page`}>
          {t('list.page', { page: list.page })}
        </Text>
        <Button variant="default" size="xs" disabled={!list.hasNext} onClick={list.next} data-testid={`${testId}-next`}>
          {t('list.next')}
        </Button>
      </Group>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('list.export')}
        </Text>
        <Button
          component="a"
          href={list.exportHref('csv')}
          variant="light"
          size="xs"
          data-testid={`${testId}-export-csv`}
        >
          CSV
        </Button>
        <Button
          component="a"
          href={list.exportHref('xlsx')}
          variant="light"
          size="xs"
          data-testid={`${testId}-export-xlsx`}
        >
          XLSX
        </Button>
      </Group>
    </Group>
  );
}
