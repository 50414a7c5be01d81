import { Alert, Anchor, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api.ts';
import type { ResponseOf } from '../../api/shapes.ts';
import { queryString } from '../../data/query-string.ts';
import { useI18n } from '../../i18n/i18n.ts';

/**
 * While a new client is typed: the clients that already carry this SIREN, with a link to each.
 * A warning, not a refusal: another establishment of the same company (another SIRET) is allowed.
 */
export function SirenTwins({ siren }: { siren: string }) {
  const { t } = useI18n();
  const digits = siren.replace(/\s/g, '');
  const complete = /^\d{9}$/.test(digits);
  const twins = useQuery({
    queryKey: ['clients', 'siren-twins', digits],
    queryFn: () => api.get<ResponseOf<'/api/clients', 'get'>>(`/api/clients${queryString({ q: digits, limit: 20 })}`),
    enabled: complete,
  });
  const same = (twins.data?.items ?? []).filter((c) => c.siren === digits);
  if (!complete || same.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('client.sirenTwins.title')} data-testid="client-form-siren-twins">
      <Text size="sm">{t('client.sirenTwins.hint')}</Text>
      <List size="sm" mt={4}>
        {same.map((c) => (
          <List.Item key={c.id}>
            <Anchor component={Link} to={`/clients/${c.id}`} target="_blank" data-testid="client-form-siren-twin">
              {c.legalName}
            </Anchor>{' '}
            — {c.siret ? t('client.sirenTwins.siret', { siret: c.siret }) : t('client.sirenTwins.noSiret')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
