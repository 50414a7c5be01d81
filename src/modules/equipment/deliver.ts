import { parisDate, type AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { insertDraftInvoice, type LineDraft } from '../invoices/index.ts';
import { deliveryBlockedByPrepayment } from '../late-payment/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { rateAtTaxPoint, vatRateTable } from '../vat-rates/index.ts';
import { returnDueDate } from './deadlines.ts';
import { deliveryNoteParties, renderDeliveryNote } from './delivery-note.ts';
import { prepaymentRefusal } from './equipment-decisions.ts';
import * as repo from './equipment.repo.ts';
import type { CreateDeliveryInput } from './equipment.schemas.ts';
import { getDelivery } from './read-deliveries.ts';

const invalid = (errors: FieldError[]) => new AppError('request.invalid', { errors });

/** A contract accepts deliveries only while it is active (suspended, terminated… contracts refuse them). */
export async function activeContract(ctx: AppContext, actor: Actor, contractId: string) {
  const contract = await visibleContract(ctx, actor, contractId);
  const status = String(contract.status);
  if (status !== 'active')
    throw new AppError('contract.not_active', {
      detail: `Contract ${contract.number} is ${status}: nothing can be delivered on it`,
      extra: { contractStatus: status },
    });
  return contract;
}

/**
 * Delivers units of a contract's sale or rental lines, whole or partial (art. 4.1, 4.2.1): one
 * serial per unit, never more than ordered (checked by a conditional counter, so concurrent
 * deliveries of the last unit cannot both win), a serial never twice in the register. A client
 * under prepayment with unpaid invoices is not delivered (art. 10.3). The delivery note PDF is
 * kept as evidence; with `goodsBilling: 'delivery'` the delivered sale units are drafted on an
 * invoice, and shipping costs the contract re-invoices go on it (4.1.1).
 */
export async function createDelivery(ctx: AppContext, actor: Actor, input: CreateDeliveryInput) {
  const contract = await activeContract(ctx, actor, input.contractId);
  const today = parisDate(ctx.now());
  const deliveredOn = input.deliveredOn ?? today;
  if (deliveredOn > today)
    throw invalid([
      {
        path: 'deliveredOn',
        message: `must not be after today (${today})`,
        fr: `ne peut pas dépasser la date du jour (${formatDateFr(today)})`,
      },
    ]);
  if (deliveredOn < contract.order_date)
    throw invalid([
      {
        path: 'deliveredOn',
        message: `must not be before the order date (${contract.order_date})`,
        fr: `ne peut pas précéder la date de commande (${formatDateFr(contract.order_date)})`,
      },
    ]);
  const lines = await repo.contractLines(ctx.db, contract.id);
  const byId = new Map(lines.map((l) => [l.id, l]));
  const errors: FieldError[] = [];
  const seen = new Map<string, string>();
  const kinds = new Set<string>();
  const wanted = new Set<string>();
  input.lines.forEach((l, i) => {
    const line = byId.get(l.contractLineId);
    if (!line) {
      errors.push({
        path: `lines.${i}.contractLineId`,
        message: 'not a line of this contract',
        fr: "n'est pas une ligne de ce contrat",
      });
      return;
    }
    if (wanted.has(line.id))
      errors.push({ path: `lines.${i}.contractLineId`, message: 'line given twice', fr: 'ligne donnée deux fois' });
    wanted.add(line.id);
    if (line.kind === 'service' || line.solution_kind === 'virtualized')
      errors.push({
        path: `lines.${i}.contractLineId`,
        message: 'a service or a virtualized solution is not delivered (see provisioning, art. 5)',
        fr: 'une prestation ou une solution virtualisée ne se livre pas (voir la mise à disposition, art. 5)',
      });
    kinds.add(line.kind);
    l.serials.forEach((s, j) => {
      const key = s.toUpperCase();
      const first = seen.get(key);
      if (first)
        errors.push({
          path: `lines.${i}.serials.${j}`,
          message: `serial ${s} given twice (also ${first})`,
          fr: `numéro de série ${s} donné deux fois (aussi ${first})`,
        });
      else seen.set(key, `lines.${i}.serials.${j}`);
    });
  });
  if (errors.length === 0 && kinds.size > 1)
    errors.push({
      path: 'lines',
      message: 'deliver sale and rental lines separately',
      fr: 'livrer séparément la vente et la location',
    });
  if (errors.length) throw invalid(errors);
  const kind = [...kinds][0] as 'sale' | 'rental';
  const mode = input.mode ?? (kind === 'rental' ? 'on-site' : 'exw');
  if (kind === 'rental' && mode !== 'on-site')
    throw invalid([
      {
        path: 'mode',
        message: "rented products are delivered at the client's site (art. 4.2.1)",
        fr: 'le matériel loué est livré dans les locaux du client (art. 4.2.1)',
      },
    ]);
  if (kind === 'sale' && mode === 'on-site')
    throw invalid([
      {
        path: 'mode',
        message: 'a sale is delivered EXW or shipped (art. 4.1.1)',
        fr: 'une vente est livrée EXW ou expédiée (art. 4.1.1)',
      },
    ]);
  if (input.shippingOnInvoice && !input.shippingCents)
    throw invalid([
      {
        path: 'shippingCents',
        message: 'required to re-invoice shipping',
        fr: 'obligatoire pour refacturer la livraison',
      },
    ]);

  // Payment before delivery (art. 10.3).
  if (await deliveryBlockedByPrepayment(ctx, actor.orgId, contract.client_id)) {
    const decision = prepaymentRefusal({
      asOf: today,
      termsVersion: contract.terms_version,
      contractNumber: contract.number,
    });
    throw new AppError('delivery.prepayment_required', { detail: decision.explanation.en, extra: { decision } });
  }
  await publishedTerms(ctx, actor.orgId, contract.terms_version);

  const taken = await repo.serialsTaken(
    ctx.db,
    actor.orgId,
    input.lines.flatMap((l) => l.serials),
  );
  if (taken.length) throw serialError(input, new Set(taken.map((t) => t.serial)));

  const at = ctx.now().toISOString();
  const id = newId();
  const rates = kind === 'sale' ? await vatRateTable(ctx.db) : [];
  const parties = await deliveryNoteParties(ctx, actor.orgId, contract.client_id);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      for (const [i, l] of input.lines.entries()) {
        const line = byId.get(l.contractLineId)!;
        const ordered = Math.floor(Number(line.quantity));
        const after = await repo.takeFromCounter(trx, actor.orgId, `line:${line.id}`, l.serials.length, ordered);
        if (after === null)
          throw new AppError('delivery.quantity_exceeded', {
            detail: `More units of "${line.label}" than ordered (${ordered})`,
            errors: [
              {
                path: `lines.${i}.serials`,
                message: `more units than ordered (${ordered}) once the units already delivered are counted`,
                fr: `plus d'unités que commandé (${ordered}) en comptant celles déjà livrées`,
              },
            ],
          });
      }
      const takenNow = await repo.serialsTaken(
        trx,
        actor.orgId,
        input.lines.flatMap((l) => l.serials),
      );
      if (takenNow.length) throw serialError(input, new Set(takenNow.map((t) => t.serial)));
      const seq = await repo.takeFromCounter(trx, actor.orgId, `notes:${contract.id}`, 1, 1_000_000);
      const number = `BL-${contract.number}-${String(seq).padStart(2, '0')}`;
      const note = await renderDeliveryNote(parties, {
        number,
        contractNumber: contract.number,
        kind,
        deliveredOn,
        mode,
        site: input.site ?? null,
        shippingCents: input.shippingCents ?? null,
        lines: input.lines.map((l) => {
          const line = byId.get(l.contractLineId)!;
          return { label: line.label, sku: line.sku, serials: l.serials };
        }),
      });
      await appendEvidence(trx, ctx.dialect, {
        orgId: actor.orgId,
        kind: 'document.issued',
        objectType: 'delivery',
        objectId: id,
        contractId: contract.id,
        actor: actor.userId,
        at,
        document: note,
      });
      let invoiceId: string | null = null;
      if (kind === 'sale') {
        const drafts: LineDraft[] = [];
        if (contract.goods_billing === 'delivery')
          for (const l of input.lines) {
            const line = byId.get(l.contractLineId)!;
            drafts.push({
              kind: 'sale',
              nature: 'goods',
              contractLineId: line.id,
              catalogueItemId: line.catalogue_item_id,
              sku: line.sku,
              label: line.label,
              quantity: l.serials.length,
              unitPriceCents: Number(line.unit_price_cents),
              discountPercent: line.discount_percent,
              vatRatePercent: rateAtTaxPoint(rates, line.vat_rate, deliveredOn),
            });
          }
        if (input.shippingOnInvoice && input.shippingCents)
          drafts.push({
            kind: 'service',
            nature: 'services',
            contractLineId: null,
            catalogueItemId: null,
            sku: null,
            label: `Frais de livraison — ${number} (art. 4.1.1)`,
            quantity: 1,
            unitPriceCents: input.shippingCents,
            discountPercent: null,
            vatRatePercent: rateAtTaxPoint(rates, byId.get(input.lines[0]!.contractLineId)!.vat_rate, deliveredOn),
          });
        if (drafts.length)
          invoiceId = await insertDraftInvoice(trx, {
            orgId: actor.orgId,
            clientId: contract.client_id,
            contract,
            origin: 'delivery',
            billingKey: `delivery:${id}`,
            operationDate: deliveredOn,
            purchaseOrderReference: null,
            notes: [`Bon de livraison n° ${number}`],
            lines: drafts,
            actorId: actor.userId,
            at,
          });
      }
      await repo.insertDelivery(trx, {
        id,
        org_id: actor.orgId,
        number,
        contract_id: contract.id,
        client_id: contract.client_id,
        kind,
        delivered_on: deliveredOn,
        mode,
        site: input.site ?? null,
        shipping_cents: input.shippingCents ?? null,
        shipping_on_invoice: input.shippingOnInvoice ? 1 : 0,
        note_sha256: sha256OfBytes(note.bytes),
        invoice_id: invoiceId,
        reservation_text: null,
        reservation_recorded_at: null,
        reservation_recorded_by: null,
        reservation_deadline: null,
        reservation_confirmed_on: null,
        reservation_document_sha256: null,
        reservation_outcome: null,
        signed_name: null,
        signed_title: null,
        signed_at: null,
        signed_document_sha256: null,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      });
      await repo.insertUnits(
        trx,
        input.lines.flatMap((l) => {
          const line = byId.get(l.contractLineId)!;
          return l.serials.map((serial) => ({
            id: newId(),
            org_id: actor.orgId,
            serial,
            client_id: contract.client_id,
            contract_id: contract.id,
            contract_line_id: line.id,
            delivery_id: id,
            kind,
            sku: line.sku,
            label: line.label,
            site: input.site ?? null,
            status: kind === 'rental' ? ('rented' as const) : ('delivered' as const),
            delivered_on: deliveredOn,
            return_due_on:
              kind === 'rental'
                ? returnDueDate({
                    deliveredOn,
                    rentalMonths: line.rental_months,
                    lineEndsOn: line.rental_ends_on,
                    periodStart: contract.rental_period_start,
                  })
                : null,
            returned_on: null,
            return_id: null,
            return_condition_json: null,
            late_as_of: null,
            created_at: at,
            updated_at: at,
          }));
        }),
      );
    })
    .catch((e: unknown) => {
      // A serial taken by a concurrent delivery between the check and the insert: the unique index says so.
      if (
        e instanceof Error &&
        /equipment_units_serial_uq|equipment_units\.org_id, equipment_units\.serial|UNIQUE constraint failed: equipment_units/.test(
          e.message,
        )
      )
        throw serialError(input, new Set(input.lines.flatMap((l) => l.serials)));
      throw e;
    });
  return getDelivery(ctx, actor, id);
}

function serialError(input: CreateDeliveryInput, taken: Set<string>) {
  const errors: FieldError[] = [];
  input.lines.forEach((l, i) =>
    l.serials.forEach((s, j) => {
      if (taken.has(s))
        errors.push({
          path: `lines.${i}.serials.${j}`,
          message: `serial ${s} is already in the register`,
          fr: `le numéro de série ${s} figure déjà au registre`,
        });
    }),
  );
  return new AppError('equipment.serial_taken', { errors });
}
