import { useState } from 'react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useRemoveContact, useSetCorrespondent } from '../../data/clients.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { CLIENT_WRITERS, useCan } from '../../roles.ts';
import type { ClientDetail, Contact } from '../../types/clients.ts';
import { ContactFormModal } from './ContactFormModal.tsx';

/** Contacts of a client; the designated correspondent (art. 7) is marked and can be changed. */
export function ClientContactsCard({ client }: { client: ClientDetail }) {
  const { t } = useI18n();
  const canWrite = useCan(CLIENT_WRITERS);
  const designate = useSetCorrespondent(client.id);
  const remove = useRemoveContact(client.id);
  const [editing, setEditing] = useState<Contact | null | 'new'>(null);
  const error = designate.error ?? remove.error;

  return (
    <Section
      title={t('client.contacts')}
      hint={t('client.correspondentHint')}
      testId="client-contacts"
      actions={
        canWrite && (
          <Button size="xs" variant="light" onClick={() => setEditing('new')} data-testid="contact-add">
            {t('contact.add')}
          </Button>
        )
      }
    >
      {!client.correspondent && (
        <Text size="sm" c="orange" data-testid="client-no-correspondent">
          {t('client.noCorrespondentLong')}
        </Text>
      )}
      {error && <ProblemAlert error={error} testId="contacts-error" />}
      <Table verticalSpacing="xs" data-testid="contacts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contact.name')}</Table.Th>
            <Table.Th>{t('contact.title')}</Table.Th>
            <Table.Th>{t('contact.email')}</Table.Th>
            <Table.Th>{t('contact.phone')}</Table.Th>
            {canWrite && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {client.contacts.map((contact) => (
            <Table.Tr
              key={contact.id}
              data-testid={`contact-row-${contact.id}`}
              data-correspondent={contact.isCorrespondent}
            >
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" fw={500}>
                    {contact.name}
                  </Text>
                  {contact.isCorrespondent && (
                    <Badge color="indigo" size="sm" style={{ flexShrink: 0 }} data-testid="contact-correspondent-badge">
                      {t('client.correspondent')}
                    </Badge>
                  )}
                  {/* A restriction or objection (GDPR art. 18, 21): the person is not written to (ADR 0021). */}
                  {contact.restrictedOn && (
                    <Badge color="orange" size="sm" title={contact.restrictedOn} data-testid="contact-restricted-badge">
                      {t('privacy.restricted')}
                    </Badge>
                  )}
                  {contact.objectedOn && (
                    <Badge color="orange" size="sm" title={contact.objectedOn} data-testid="contact-objected-badge">
                      {t('privacy.objected')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{contact.title ?? t('common.none')}</Table.Td>
              <Table.Td>{contact.email ?? t('common.none')}</Table.Td>
              <Table.Td>{contact.phone ?? t('common.none')}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {!contact.isCorrespondent && (
                      <Button
                        size="xs"
                        variant="subtle"
                        loading={designate.isPending && designate.variables === contact.id}
                        onClick={() => designate.mutate(contact.id)}
                        data-testid="contact-designate"
                      >
                        {t('contact.designate')}
                      </Button>
                    )}
                    <Button size="xs" variant="default" onClick={() => setEditing(contact)} data-testid="contact-edit">
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={remove.isPending && remove.variables === contact.id}
                      onClick={() =>
                        window.confirm(t('contact.removeConfirm', { name: contact.name })) && remove.mutate(contact.id)
                      }
                      data-testid="contact-remove"
                    >
                      {t('common.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ContactFormModal
        clientId={client.id}
        contact={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Section>
  );
}
