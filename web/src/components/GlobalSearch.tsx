import { Button, Group, Kbd, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import type { ResponseOf } from '../api/shapes.ts';
import { queryString } from '../data/query-string.ts';
import { useI18n } from '../i18n/i18n.ts';

type Hit = ResponseOf<'/api/search', 'get'>['items'][number];

const PATHS: Record<Hit['kind'], string> = {
  client: '/clients',
  quote: '/quotes',
  contract: '/contracts',
  invoice: '/invoices',
};

/**
 * The top bar's search (Ctrl+K or ⌘K): clients by name or SIREN, quotes, contracts and invoices
 * by number or client name, accent- and case-insensitive; Enter opens the first hit, arrows move.
 */
export function GlobalSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [q] = useDebouncedValue(text.trim(), 200);
  useHotkeys([['mod+K', () => setOpened(true)]]);
  const hits = useQuery({
    queryKey: ['search', q],
    queryFn: () => api.get<ResponseOf<'/api/search', 'get'>>(`/api/search${queryString({ q, limit: 5 })}`),
    enabled: opened && q.length > 0,
  });
  const items = q ? (hits.data?.items ?? []) : [];
  const open = (hit: Hit) => {
    setOpened(false);
    setText('');
    void navigate(`${PATHS[hit.kind]}/${encodeURIComponent(hit.id)}`);
  };
  return (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={() => setOpened(true)}
        data-testid="global-search-open"
        aria-keyshortcuts="Control+K"
        visibleFrom="sm"
      >
        <Group gap={6} wrap="nowrap">
          <span>{t('search.open')}</span>
          <Kbd size="xs">Ctrl K</Kbd>
        </Group>
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('search.title')}
        size="lg"
        data-testid="global-search"
      >
        <Stack gap="xs">
          <TextInput
            data-autofocus
            aria-label={t('search.title')}
            placeholder={t('search.placeholder')}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, items.length - 1));
              else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
              else if (e.key === 'Enter' && items[active]) open(items[active]);
            }}
            data-testid="global-search-input"
          />
          {q && hits.data && items.length === 0 && (
            <Text size="sm" c="dimmed" data-testid="global-search-empty">
              {t('search.nothing')}
            </Text>
          )}
          <Stack gap={2} role="listbox" aria-label={t('search.title')}>
            {items.map((hit, i) => (
              <UnstyledButton
                key={`${hit.kind}-${hit.id}`}
                role="option"
                aria-selected={i === active}
                onClick={() => open(hit)}
                onMouseEnter={() => setActive(i)}
                p="xs"
                style={{
                  borderRadius: 6,
                  background: i === active ? 'var(--mantine-color-blue-light)' : undefined,
                }}
                data-testid={`global-search-hit-${hit.kind}`}
              >
                <Text size="xs" c="dimmed" fw={600}>
                  {t(`search.kind.${hit.kind}`)}
                </Text>
                <Text size="sm" fw={600}>
                  {hit.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {hit.detail}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </Stack>
      </Modal>
    </>
  );
}
