import { useState } from 'react';
import type { FormEvent } from 'react';
import { Anchor, Badge, Button, Group, List, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api.ts';
import type { BodyOf, ResponseOf } from '../../api/shapes.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, todayInParis } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';

type Mandates = ResponseOf<'/api/clients/{id}/sepa-mandates', 'get'>;
type NewMandate = BodyOf<'/api/clients/{id}/sepa-mandates', 'post'>;

const FIELDS = ['reference', 'signedOn', 'debtorIban', 'debtorBic'] as const;

/** The client's SEPA mandates (art. 10.1): list, record one, the form to sign, revoke. */
export function ClientMandatesCard({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const canRead = useCan(['admin', 'accounting', 'sales']);
  const canWrite = useCan(['admin', 'accounting']);
  const queryClient = useQueryClient();
  const key = ['sepa-mandates', clientId];
  const mandates = useQuery({
    queryKey: key,
    queryFn: () => api.get<Mandates>(`/api/clients/${encodeURIComponent(clientId)}/sepa-mandates`),
    enabled: canRead,
  });
  const [adding, setAdding] = useState(false);
  const [values, setValues] = useState({
    reference: '',
    scheme: 'CORE',
    signedOn: todayInParis(),
    debtorIban: '',
    debtorBic: '',
  });
  const create = useMutation({
    mutationFn: (body: NewMandate) => api.post(`/api/clients/${encodeURIComponent(clientId)}/sepa-mandates`, body),
    onSuccess: () => {
      setAdding(false);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      api.post(`/api/sepa/mandates/${encodeURIComponent(id)}/revoke`, { reason: t('sepa.mandates.revokeReason') }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  if (!canRead) return null;
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      ...(values.reference.trim() ? { reference: values.reference.trim() } : {}),
      scheme: values.scheme as 'CORE' | 'B2B',
      signedOn: values.signedOn,
      debtorIban: values.debtorIban,
      debtorBic: values.debtorBic.trim() ? values.debtorBic.trim() : null,
    });
  };

  return (
    <Section
      title={t('sepa.mandates.title')}
      hint={t('sepa.mandates.hint')}
      testId="client-mandates"
      actions={
        canWrite && !adding ? (
          <Button variant="default" onClick={() => setAdding(true)} data-testid="mandate-add">
            {t('sepa.mandates.add')}
          </Button>
        ) : undefined
      }
    >
      {mandates.isError && <ProblemAlert error={mandates.error} testId="mandates-error" />}
      {mandates.data && mandates.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('sepa.mandates.none')}
        </Text>
      )}
      {mandates.data && mandates.data.length > 0 && (
        <List size="sm" spacing="xs" data-testid="mandates-list">
          {mandates.data.map((m) => (
            <List.Item key={m.id} data-testid="mandate-row" data-reference={m.reference}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm">
                  {t('sepa.mandates.line', {
                    reference: m.reference,
                    scheme: m.scheme,
                    date: formatDate(m.signedOn),
                    iban: m.debtorIban,
                  })}
                </Text>
                <Badge color={m.status === 'active' ? 'green' : 'gray'}>
                  {m.status === 'active' ? t('sepa.mandates.active') : t('sepa.mandates.revoked')}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('sepa.mandates.next', { sequence: m.nextSequence })}
                  {m.amendments.length > 0 && ` — ${t('sepa.mandates.amendments', { count: m.amendments.length })}`}
                </Text>
                {canWrite && (
                  <Anchor
                    size="sm"
                    href={`/api/sepa/mandates/${encodeURIComponent(m.id)}/pdf`}
                    target="_blank"
                    data-testid="mandate-pdf"
                  >
                    {t('sepa.mandates.pdf')}
                  </Anchor>
                )}
                {canWrite && m.status === 'active' && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => revoke.mutate(m.id)}>
                    {t('sepa.mandates.revoke')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {adding && (
        <form onSubmit={submit} noValidate data-testid="mandate-form">
          <Stack gap="sm">
            {create.isError && <ProblemAlert error={create.error} shownFields={FIELDS} testId="mandate-form-error" />}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('sepa.mandates.reference')}
                value={values.reference}
                onChange={(e) => setValues({ ...values, reference: e.currentTarget.value })}
                error={errors.reference}
                data-testid="mandate-reference"
              />
              <Select
                label={t('sepa.mandates.scheme')}
                data={['CORE', 'B2B']}
                value={values.scheme}
                onChange={(v) => setValues({ ...values, scheme: v ?? 'CORE' })}
                allowDeselect={false}
                data-testid="mandate-scheme"
              />
              <TextInput
                type="date"
                label={t('sepa.mandates.signedOn')}
                value={values.signedOn}
                onChange={(e) => setValues({ ...values, signedOn: e.currentTarget.value })}
                error={errors.signedOn}
                withAsterisk
                data-testid="mandate-signed-on"
              />
              <TextInput
                label={t('sepa.mandates.iban')}
                value={values.debtorIban}
                onChange={(e) => setValues({ ...values, debtorIban: e.currentTarget.value })}
                error={errors.debtorIban}
                withAsterisk
                data-testid="mandate-iban"
              />
              <TextInput
                label={t('sepa.mandates.bic')}
                value={values.debtorBic}
                onChange={(e) => setValues({ ...values, debtorBic: e.currentTarget.value })}
                error={errors.debtorBic}
                data-testid="mandate-bic"
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={create.isPending} data-testid="mandate-save">
                {t('sepa.mandates.save')}
              </Button>
              <Button variant="default" onClick={() => setAdding(false)}>
                {t('sepa.mandates.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}
