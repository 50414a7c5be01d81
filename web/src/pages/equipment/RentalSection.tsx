import { useState } from 'react';
import { Anchor, Badge, Button, FileInput, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { DecisionTimeline } from '../../components/DecisionTimeline.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import {
  deliveryNoteUrl,
  useRecordReservation,
  useReportIncident,
  useRental,
  useSignDelivery,
  useUploadInsurance,
  type Delivery,
} from '../../data/equipment.ts';
import { toUpload } from '../../data/upload.ts';
import { fileInputTestId } from '../../components/fileInputTestId.ts';
import { formatDate, formatDateTime, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { EquipmentTable } from './EquipmentTable.tsx';

function SignDelivery({ delivery }: { delivery: Delivery }) {
  const { t } = useI18n();
  const sign = useSignDelivery(delivery.id);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const errors = sign.error instanceof ApiError ? sign.error.fieldErrors() : {};
  return (
    <Group align="flex-end" data-testid={`sign-${delivery.number}`}>
      <TextInput
        size="xs"
        label={t('equipment.signName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.signatoryName}
        data-testid="sign-name"
      />
      <TextInput
        size="xs"
        label={t('equipment.signTitle')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errors.signatoryTitle}
        data-testid="sign-title"
      />
      <Button
        size="xs"
        loading={sign.isPending}
        disabled={!name || !title}
        onClick={() => sign.mutate({ signatoryName: name, signatoryTitle: title })}
        data-testid="sign-submit"
      >
        {t('equipment.sign')}
      </Button>
      {sign.isError && (
        <ProblemAlert error={sign.error} shownFields={['signatoryName', 'signatoryTitle']} testId="sign-error" />
      )}
    </Group>
  );
}

function Reservation({ delivery }: { delivery: Delivery }) {
  const { t } = useI18n();
  const record = useRecordReservation(delivery.id);
  const [text, setText] = useState('');
  if (delivery.reservation)
    return (
      <Text size="sm" data-testid={`reservation-${delivery.number}`}>
        {t('equipment.reservation', {
          text: delivery.reservation.text,
          deadline: formatDate(delivery.reservation.deadline),
          outcome: t(
            `equipment.reservationOutcome.${delivery.reservation.outcome ?? 'pending'}` as 'equipment.reservationOutcome.pending',
          ),
        })}
      </Text>
    );
  return (
    <Group align="flex-end">
      <Textarea
        size="xs"
        autosize
        label={t('equipment.reservationText')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="reservation-text"
      />
      <Button
        size="xs"
        variant="light"
        disabled={!text.trim()}
        loading={record.isPending}
        onClick={() => record.mutate({ text })}
        data-testid="reservation-submit"
      >
        {t('equipment.recordReservation')}
      </Button>
      {record.isError && <ProblemAlert error={record.error} testId="reservation-error" />}
    </Group>
  );
}

function Insurance({ contractId }: { contractId: string }) {
  const { t } = useI18n();
  const upload = useUploadInsurance(contractId);
  const [insurer, setInsurer] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const errors = upload.error instanceof ApiError ? upload.error.fieldErrors() : {};
  return (
    <Group align="flex-end" data-testid="insurance-form">
      <TextInput
        size="xs"
        label={t('equipment.insurer')}
        value={insurer}
        onChange={(e) => setInsurer(e.currentTarget.value)}
        data-testid="insurance-insurer"
      />
      <TextInput
        size="xs"
        type="date"
        label={t('equipment.startsOn')}
        value={startsOn}
        onChange={(e) => setStartsOn(e.currentTarget.value)}
        error={errors.startsOn}
        data-testid="insurance-starts"
      />
      <TextInput
        size="xs"
        type="date"
        label={t('equipment.expiresOn')}
        value={expiresOn}
        onChange={(e) => setExpiresOn(e.currentTarget.value)}
        error={errors.expiresOn}
        data-testid="insurance-expires"
      />
      <FileInput
        size="xs"
        label={t('equipment.certificate')}
        value={file}
        onChange={setFile}
        accept="application/pdf,image/png,image/jpeg"
        fileInputProps={fileInputTestId('insurance-file-input')}
        data-testid="insurance-file"
      />
      <Button
        size="xs"
        disabled={!insurer || !startsOn || !expiresOn || !file}
        loading={upload.isPending}
        onClick={async () =>
          upload.mutate({ insurer, allRisks: true, startsOn, expiresOn, document: await toUpload(file!) })
        }
        data-testid="insurance-submit"
      >
        {t('equipment.uploadInsurance')}
      </Button>
      {upload.isError && (
        <ProblemAlert error={upload.error} shownFields={['startsOn', 'expiresOn']} testId="insurance-error" />
      )}
    </Group>
  );
}

function Incident({
  units,
}: {
  units: ReadonlyArray<{ id: string; serial: string; kind: string; returnedOn: string | null }>;
}) {
  const { t } = useI18n();
  const report = useReportIncident();
  const out = units.filter((u) => u.kind === 'rental' && !u.returnedOn);
  const [unitId, setUnitId] = useState('');
  const [eventAt, setEventAt] = useState('');
  const [description, setDescription] = useState('');
  if (out.length === 0) return null;
  return (
    <Group align="flex-end" data-testid="incident-form">
      <TextInput
        size="xs"
        label={t('equipment.col.serial')}
        list="incident-units"
        value={out.find((u) => u.id === unitId)?.serial ?? unitId}
        onChange={(e) => setUnitId(out.find((u) => u.serial === e.currentTarget.value)?.id ?? e.currentTarget.value)}
        data-testid="incident-serial"
      />
      <datalist id="incident-units">
        {out.map((u) => (
          <option key={u.id} value={u.serial} />
        ))}
      </datalist>
      <TextInput
        size="xs"
        type="datetime-local"
        label={t('equipment.eventAt')}
        value={eventAt}
        onChange={(e) => setEventAt(e.currentTarget.value)}
        data-testid="incident-at"
      />
      <Textarea
        size="xs"
        autosize
        label={t('equipment.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        data-testid="incident-description"
      />
      <Button
        size="xs"
        color="orange"
        disabled={!unitId || !eventAt || !description.trim()}
        loading={report.isPending}
        onClick={() => report.mutate({ unitId, eventAt: new Date(eventAt).toISOString(), description })}
        data-testid="incident-submit"
      >
        {t('equipment.reportIncident')}
      </Button>
      {report.isError && <ProblemAlert error={report.error} shownFields={['eventAt']} testId="incident-error" />}
      {report.data && (
        <Badge color={report.data.outcome === 'in-time' ? 'teal' : 'red'} data-testid="incident-outcome">
          {t(`equipment.incidentOutcome.${report.data.outcome}` as 'equipment.incidentOutcome.late')}
        </Badge>
      )}
    </Group>
  );
}

/** A contract's equipment: deliveries (sign, reservations), units and owners, insurance, incidents, returns and the timeline. */
export function RentalSection({ contractId, portal = false }: { contractId: string; portal?: boolean }) {
  const { t } = useI18n();
  const rental = useRental(contractId);
  if (rental.isPending) return <Loading />;
  if (rental.isError)
    return <ProblemAlert error={rental.error} onRetry={() => void rental.refetch()} testId="rental-error" />;
  const r = rental.data.rental;
  const hasRental = r.deliveries.some((d) => d.kind === 'rental');
  return (
    <Section title={t('equipment.sectionTitle')} hint={t('equipment.sectionHint')} testId="rental-section">
      <Stack gap="md">
        {r.deliveries.length === 0 ? (
          <Empty title={t('equipment.noDelivery')} testId="rental-no-delivery" />
        ) : (
          <Table verticalSpacing="xs" data-testid="rental-deliveries">
            <Table.Tbody>
              {r.deliveries.map((d) => (
                <Table.Tr key={d.id} data-testid={`delivery-${d.number}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor href={deliveryNoteUrl(d.id)} target="_blank" rel="noreferrer">
                      {d.number}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDate(d.deliveredOn)} · {t(`equipment.kind.${d.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {d.kind === 'rental' &&
                      (d.signature ? (
                        <Text size="sm" data-testid="signed">
                          {t('equipment.signed', {
                            name: d.signature.name,
                            title: d.signature.title,
                            at: formatDateTime(d.signature.at),
                          })}
                        </Text>
                      ) : portal ? (
                        <SignDelivery delivery={d} />
                      ) : (
                        <Badge color="orange">{t('equipment.unsigned')}</Badge>
                      ))}
                    <Reservation delivery={d} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {r.units.length > 0 && <EquipmentTable units={r.units} testId="rental-units" />}
        {hasRental && (
          <>
            <Text fw={600}>{t('equipment.insurance')}</Text>
            {r.certificates.map((c) => (
              <Text size="sm" key={c.id} data-testid="insurance-certificate">
                {t('equipment.certificateLine', {
                  insurer: c.insurer,
                  from: formatDate(c.startsOn),
                  to: formatDate(c.expiresOn),
                })}
              </Text>
            ))}
            <Insurance contractId={contractId} />
            <Text fw={600}>{t('equipment.incidents')}</Text>
            {r.incidents.map((i) => (
              <Text size="sm" key={i.id} data-testid="incident-line">
                {i.serial} · {formatDateTime(i.eventAt)} · {i.description} ·{' '}
                {t(`equipment.incidentOutcome.${i.outcome}` as 'equipment.incidentOutcome.late')}
              </Text>
            ))}
            <Incident units={r.units} />
          </>
        )}
        {r.returns.map((ret) => (
          <Text size="sm" key={ret.id} data-testid="return-line">
            {t('equipment.returnLine', {
              date: formatDate(ret.returnedOn),
              place: ret.place,
              amount: formatEur(ret.indemnityCents),
            })}
          </Text>
        ))}
        <DecisionTimeline decisions={r.timeline} evidence={[]} testId="rental-timeline" />
      </Stack>
    </Section>
  );
}
