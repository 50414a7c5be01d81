import { useState } from 'react';
import { Anchor, Badge, Button, FileInput, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { ApiError } from '../../api.ts';
import { DecisionTimeline, type TimelineFact } from '../../components/DecisionTimeline.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import {
  deliveryNoteUrl,
  useConfirmReservation,
  useInvoiceMisuse,
  useRecordReservation,
  useReturnInstructions,
  useReportIncident,
  useRental,
  useSignDelivery,
  useUploadInsurance,
  type Delivery,
} from '../../data/equipment.ts';
import { toUpload } from '../../data/upload.ts';
import type { ResponseOf } from '../../api/shapes.ts';
import { fileInputTestId } from '../../components/fileInputTestId.ts';
import { formatDate, formatDateTime, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { INVOICE_DRAFTERS, ORDER_ADMIN, useCan } from '../../roles.ts';
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

/** The client's confirmation of its reservations to the carrier, with its date (art. 4.1.3). */
function ReservationConfirmation({ delivery }: { delivery: Delivery }) {
  const { t } = useI18n();
  const confirm = useConfirmReservation(delivery.id);
  const [confirmedOn, setConfirmedOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const errors = confirm.error instanceof ApiError ? confirm.error.fieldErrors() : {};
  return (
    <Group align="flex-end" data-testid={`reservation-confirmation-${delivery.number}`}>
      <TextInput
        size="xs"
        type="date"
        label={t('equipment.confirmationDate')}
        value={confirmedOn}
        onChange={(e) => setConfirmedOn(e.currentTarget.value)}
        error={errors.confirmedOn}
        data-testid="confirmation-date"
      />
      <FileInput
        size="xs"
        label={t('equipment.confirmationLetter')}
        value={file}
        onChange={setFile}
        accept="application/pdf,image/png,image/jpeg"
        fileInputProps={fileInputTestId('confirmation-file-input')}
      />
      <Button
        size="xs"
        variant="light"
        disabled={!confirmedOn || !file}
        loading={confirm.isPending}
        onClick={async () => confirm.mutate({ confirmedOn, document: await toUpload(file!) })}
        data-testid="confirmation-submit"
      >
        {t('equipment.confirmReservation')}
      </Button>
      {confirm.isError && (
        <ProblemAlert error={confirm.error} shownFields={['confirmedOn']} testId="confirmation-error" />
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
      <Stack gap={4}>
        <Text size="sm" data-testid={`reservation-${delivery.number}`}>
          {t('equipment.reservation', {
            text: delivery.reservation.text,
            deadline: formatDate(delivery.reservation.deadline),
            outcome: t(
              `equipment.reservationOutcome.${delivery.reservation.outcome ?? 'pending'}` as 'equipment.reservationOutcome.pending',
            ),
          })}
        </Text>
        {delivery.reservation.outcome === 'pending' && <ReservationConfirmation delivery={delivery} />}
      </Stack>
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

/** Staff invoice the repair of an incident caused by misuse (art. 4.2.4). */
function MisuseInvoice({ incidentId }: { incidentId: string }) {
  const { t } = useI18n();
  const invoice = useInvoiceMisuse(incidentId);
  const [amount, setAmount] = useState('');
  const errors = invoice.error instanceof ApiError ? invoice.error.fieldErrors() : {};
  if (invoice.data)
    return (
      <Anchor size="sm" href={`/invoices/${invoice.data.invoiceId}`} data-testid="misuse-invoiced">
        {t('equipment.misuseInvoiced')}
      </Anchor>
    );
  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        size="xs"
        label={t('equipment.misuseRepair')}
        value={amount}
        onChange={(e) => setAmount(e.currentTarget.value)}
        error={errors.repairCents}
        data-testid="misuse-amount"
      />
      <Button
        size="xs"
        variant="light"
        disabled={!(Number(amount.replace(',', '.')) > 0)}
        loading={invoice.isPending}
        onClick={() => invoice.mutate({ repairCents: Math.round(Number(amount.replace(',', '.')) * 100) })}
        data-testid="misuse-submit"
      >
        {t('equipment.invoiceMisuse')}
      </Button>
      {invoice.isError && <ProblemAlert error={invoice.error} shownFields={['repairCents']} testId="misuse-error" />}
    </Group>
  );
}

/** The return instructions letter (art. 15.3): the place ALLEO chooses, as a PDF. */
function ReturnInstructions({ contractId }: { contractId: string }) {
  const { t } = useI18n();
  const letter = useReturnInstructions(contractId);
  const [place, setPlace] = useState('');
  const [returnBy, setReturnBy] = useState('');
  const [signatoryName, setSignatoryName] = useState('');
  const errors = letter.error instanceof ApiError ? letter.error.fieldErrors() : {};
  return (
    <Stack gap={4} data-testid="return-instructions">
      <Text fw={600}>{t('rentals.instructions')}</Text>
      <Text size="xs" c="dimmed">
        {t('rentals.instructionsHint')}
      </Text>
      <Group align="flex-end">
        <TextInput
          size="xs"
          label={t('rentals.instructionsPlace')}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          error={errors.place}
          data-testid="instructions-place"
        />
        <TextInput
          size="xs"
          type="date"
          label={t('rentals.instructionsBy')}
          value={returnBy}
          onChange={(e) => setReturnBy(e.currentTarget.value)}
          error={errors.returnBy}
        />
        <TextInput
          size="xs"
          label={t('rentals.instructionsSignatory')}
          value={signatoryName}
          onChange={(e) => setSignatoryName(e.currentTarget.value)}
          error={errors.signatoryName}
          data-testid="instructions-signatory"
        />
        <Button
          size="xs"
          variant="light"
          disabled={!place || !signatoryName}
          loading={letter.isPending}
          onClick={() =>
            letter.mutate(
              { place, signatoryName, ...(returnBy ? { returnBy } : {}) },
              { onSuccess: (pdf) => window.open(URL.createObjectURL(pdf), '_blank') },
            )
          }
          data-testid="instructions-submit"
        >
          {t('rentals.instructionsPdf')}
        </Button>
      </Group>
      {letter.isError && (
        <ProblemAlert
          error={letter.error}
          shownFields={['place', 'returnBy', 'signatoryName']}
          testId="instructions-error"
        />
      )}
    </Stack>
  );
}

/** A contract's equipment: deliveries (sign, reservations), units and owners, insurance, incidents, returns and the timeline. */
export function RentalSection({ contractId, portal = false }: { contractId: string; portal?: boolean }) {
  const { t } = useI18n();
  const rental = useRental(contractId);
  // What the API lets each role do (misuse: admin, order administration, accounting; letter: order administration).
  const canInvoiceMisuse = useCan(INVOICE_DRAFTERS);
  const canWriteLetter = useCan(ORDER_ADMIN);
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
              <Stack gap={2} key={i.id}>
                <Text size="sm" data-testid="incident-line">
                  {i.serial} · {formatDateTime(i.eventAt)} · {i.description} ·{' '}
                  {t(`equipment.incidentOutcome.${i.outcome}` as 'equipment.incidentOutcome.late')}
                </Text>
                {!portal &&
                  canInvoiceMisuse &&
                  (i.repairInvoiceId ? (
                    <Anchor size="sm" href={`/invoices/${i.repairInvoiceId}`} data-testid="misuse-invoiced">
                      {t('equipment.misuseInvoiced')}
                    </Anchor>
                  ) : (
                    <MisuseInvoice incidentId={i.id} />
                  ))}
              </Stack>
            ))}
            <Incident units={r.units} />
          </>
        )}
        {hasRental && !portal && canWriteLetter && r.units.some((u) => u.kind === 'rental' && !u.returnedOn) && (
          <ReturnInstructions contractId={contractId} />
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
        <DecisionTimeline decisions={r.timeline} evidence={[]} facts={rentalFacts(r, t)} testId="rental-timeline" />
      </Stack>
    </Section>
  );
}

/** The rental's life in one list beside its decisions: deliveries, insurance certificates, returns. */
function rentalFacts(
  r: ResponseOf<'/api/rentals/{id}', 'get'>['rental'],
  t: ReturnType<typeof useI18n>['t'],
): TimelineFact[] {
  return [
    ...r.deliveries.map((d) => ({
      at: d.deliveredOn,
      kind: 'delivery',
      title: t('equipment.fact.delivery', { number: d.number, kind: t(`equipment.kind.${d.kind}`) }),
    })),
    ...r.certificates.map((c) => ({
      at: c.startsOn,
      kind: 'insurance',
      title: t('equipment.fact.insurance', { insurer: c.insurer, to: formatDate(c.expiresOn) }),
    })),
    ...r.returns.map((x) => ({
      at: x.returnedOn,
      kind: 'return',
      title: t('equipment.fact.return', { place: x.place }),
      ...(x.indemnityCents > 0
        ? { detail: t('equipment.fact.indemnity', { amount: formatEur(x.indemnityCents) }) }
        : {}),
    })),
  ];
}
