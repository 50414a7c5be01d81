import { Badge, Group } from '@mantine/core';
import { Facts } from '../../components/Facts.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { Address, ClientDetail } from '../../types/clients.ts';

const addressText = (a: Address | null) =>
  a ? `${a.line}, ${a.postalCode} ${a.city}${a.country !== 'FR' ? ` (${a.country})` : ''}` : null;

/** Identity, addresses and payment method of a client. */
export function ClientIdentityCard({ client }: { client: ClientDetail }) {
  const { t } = useI18n();
  const direct = client.paymentMethod === 'direct-debit';
  return (
    <Section
      title={t('client.section.identity')}
      testId="client-identity"
      actions={
        <Group gap={6}>
          {client.publicBuyer && <Badge variant="outline">{t('client.publicBuyerShort')}</Badge>}
          {client.referenceOptOut && (
            <Badge variant="light" color="gray" data-testid="client-opt-out">
              {t('client.optOutBadge')}
            </Badge>
          )}
          {client.relationshipEndedOn && (
            <Badge
              color="gray"
              title={
                client.relationshipEndSet
                  ? t('client.endSetBy', {
                      name: client.relationshipEndSet.by.name,
                      date: formatDate(client.relationshipEndSet.at),
                    })
                  : undefined
              }
              data-testid="client-ended"
            >
              {t('client.endedOn', { date: formatDate(client.relationshipEndedOn) })}
            </Badge>
          )}
        </Group>
      }
    >
      <Facts
        items={[
          { label: t('client.siren'), value: client.siren, testId: 'client-siren' },
          { label: t('client.siret'), value: client.siret, testId: 'client-siret' },
          { label: t('client.vatNumber'), value: client.vatNumber, testId: 'client-vat' },
          {
            label: t('client.billingAddress'),
            value: addressText(client.billingAddress),
            testId: 'client-billing-address',
          },
          { label: t('client.siteAddress'), value: addressText(client.siteAddress) ?? t('client.sameAsBilling') },
          { label: t('client.email'), value: client.email },
          { label: t('client.phone'), value: client.phone },
          {
            label: t('client.paymentMethod'),
            value: t(`value.${client.paymentMethod}`),
            testId: 'client-payment-method',
          },
          {
            label: client.paymentDetailsMasked ? t('client.ibanMasked') : t('client.iban'),
            value: client.iban,
            hidden: !client.iban,
            testId: 'client-iban',
          },
          { label: t('client.bic'), value: client.bic, hidden: !client.bic },
          { label: t('client.mandateReference'), value: client.mandateReference, hidden: !direct },
          { label: t('client.mandateSignedOn'), value: formatDate(client.mandateSignedOn), hidden: !direct },
        ]}
      />
    </Section>
  );
}
