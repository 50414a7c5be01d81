import type { DeliveryRow, RegisterRow, UnitRow } from './equipment.repo.ts';

export function toUnitOut(u: UnitRow | RegisterRow) {
  const r = u as Partial<RegisterRow>;
  return {
    id: u.id,
    serial: u.serial,
    kind: u.kind,
    clientId: u.client_id,
    ...(r.client_name !== undefined ? { clientName: r.client_name } : {}),
    contractId: u.contract_id,
    ...(r.contract_number !== undefined ? { contractNumber: r.contract_number } : {}),
    contractLineId: u.contract_line_id,
    deliveryId: u.delivery_id,
    sku: u.sku,
    label: u.label,
    site: u.site,
    status: u.status,
    deliveredOn: u.delivered_on,
    returnDueOn: u.return_due_on,
    returnedOn: u.returned_on,
    ...(r.owner !== undefined ? { owner: r.owner, ownerSince: r.owner_since ?? null } : {}),
    lateDays: Number(u.late_days),
    lateIndemnityCents: Number(u.late_indemnity_cents),
    lateAsOf: u.late_as_of,
  };
}

export function toDeliveryOut(
  d: DeliveryRow & { contract_number?: string; client_name?: string },
  units?: readonly UnitRow[],
) {
  return {
    id: d.id,
    number: d.number,
    contractId: d.contract_id,
    ...(d.contract_number !== undefined ? { contractNumber: d.contract_number } : {}),
    clientId: d.client_id,
    ...(d.client_name !== undefined ? { clientName: d.client_name } : {}),
    kind: d.kind,
    deliveredOn: d.delivered_on,
    mode: d.mode,
    site: d.site,
    shippingCents: d.shipping_cents === null ? null : Number(d.shipping_cents),
    shippingOnInvoice: Number(d.shipping_on_invoice) === 1,
    noteSha256: d.note_sha256,
    invoiceId: d.invoice_id,
    reservation:
      d.reservation_text === null
        ? null
        : {
            text: d.reservation_text,
            recordedAt: d.reservation_recorded_at!,
            deadline: d.reservation_deadline,
            confirmedOn: d.reservation_confirmed_on,
            documentSha256: d.reservation_document_sha256,
            outcome: d.reservation_outcome,
          },
    signature:
      d.signed_at === null
        ? null
        : {
            name: d.signed_name!,
            title: d.signed_title!,
            at: d.signed_at,
            documentSha256: d.signed_document_sha256,
          },
    ...(units ? { units: units.map(toUnitOut) } : {}),
  };
}
