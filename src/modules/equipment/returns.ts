import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { suspensionsOf, visibleContract } from '../contracts/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { insertDraftInvoice, type LineDraft } from '../invoices/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { loadParties } from '../shared/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { rateAtTaxPoint, vatRateTable } from '../vat-rates/index.ts';
import { lateReturnDecision, pushedReturnDueOn } from './deadlines.ts';
import * as repo from './equipment.repo.ts';
import type { ReturnInput } from './equipment.schemas.ts';
import { toUnitOut } from './mapper.ts';

/**
 * The return receipt of rented units at the end of the rental (art. 15.3): a condition check per
 * unit (complete, accessories, damage). A unit returned after its due date costs the
 * immobilisation indemnity of rule rental.late-return (monthly rent ÷ 30 × days late); it is
 * drafted on an invoice automatically with the repairs found, at the tariff of the contract date.
 * A contract financed by a lessor: the return is recorded, the lessor invoices.
 */
export async function returnEquipment(ctx: AppContext, actor: Actor, input: ReturnInput) {
  const contract = await visibleContract(ctx, actor, input.contractId);
  const today = parisDate(ctx.now());
  const errors: FieldError[] = [];
  if (input.returnedOn > today)
    errors.push({
      path: 'returnedOn',
      message: `must not be after today (${today})`,
      fr: `ne peut pas dépasser la date du jour (${formatDateFr(today)})`,
    });
  const units = await repo.unitsByIds(
    ctx.db,
    actor.orgId,
    input.units.map((u) => u.unitId),
  );
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  input.units.forEach((u, i) => {
    const unit = byId.get(u.unitId);
    if (!unit || unit.contract_id !== contract.id) {
      errors.push({
        path: `units.${i}.unitId`,
        message: 'not a unit of this contract',
        fr: "n'est pas un matériel de ce contrat",
      });
      return;
    }
    if (seen.has(u.unitId))
      errors.push({ path: `units.${i}.unitId`, message: 'unit given twice', fr: 'matériel donné deux fois' });
    seen.add(u.unitId);
    if (input.returnedOn < unit.delivered_on)
      errors.push({
        path: 'returnedOn',
        message: `must not be before the delivery of ${unit.serial} (${unit.delivered_on})`,
        fr: `ne peut pas précéder la livraison de ${unit.serial} (${formatDateFr(unit.delivered_on)})`,
      });
  });
  if (errors.length) throw new AppError('request.invalid', { errors });
  const notOut = input.units
    .map((u, i) => ({ u, i, unit: byId.get(u.unitId)! }))
    .filter(
      ({ unit }) =>
        unit.kind !== 'rental' ||
        unit.returned_on !== null ||
        !['rented', 'in-repair', 'delivered'].includes(unit.status),
    );
  if (notOut.length) throw notOutError(notOut.map(({ i, unit }) => ({ i, serial: unit.serial })));

  const terms = await publishedTerms(ctx, actor.orgId, contract.terms_version);
  const lines = new Map((await repo.contractLines(ctx.db, contract.id)).map((l) => [l.id, l]));
  const rates = await vatRateTable(ctx.db);
  const at = ctx.now().toISOString();
  const returnId = newId();
  const suspensions = await suspensionsOf(ctx, actor.orgId, contract.id);
  const late = input.units.flatMap((u) => {
    const unit = byId.get(u.unitId)!;
    if (!unit.return_due_on) return [];
    const monthly = Number(lines.get(unit.contract_line_id)?.monthly_rent_cents ?? 0);
    const decision = lateReturnDecision({
      asOf: today,
      terms,
      returnDueOn: unit.return_due_on,
      deliveredOn: unit.delivered_on,
      returnedOn: input.returnedOn,
      monthlyRentCents: monthly,
      // Art. 16.1: the due date is pushed by the days of force majeure of the contract.
      suspensions,
    });
    return decision.daysLate > 0 ? [{ unit, decision }] : [];
  });
  const drafts: LineDraft[] = [];
  for (const { unit, decision } of late) {
    const line = lines.get(unit.contract_line_id)!;
    drafts.push({
      kind: 'service',
      nature: 'services',
      contractLineId: null,
      catalogueItemId: null,
      sku: null,
      label: `Indemnité d'immobilisation — ${unit.serial} (${unit.label}) : restitution attendue le ${formatDateFr(pushedReturnDueOn({ returnDueOn: unit.return_due_on!, deliveredOn: unit.delivered_on, until: input.returnedOn, suspensions }))}, rendu le ${formatDateFr(input.returnedOn)}, ${decision.daysLate} jours × ${formatEurosFr(Number(line.monthly_rent_cents))} ÷ ${terms.parameters.lateReturnDaysPerMonth} (art. 15.3)`,
      quantity: 1,
      unitPriceCents: decision.indemnityCents,
      discountPercent: null,
      vatRatePercent: rateAtTaxPoint(rates, line.vat_rate, input.returnedOn),
    });
  }
  for (const u of input.units) {
    if (!u.repairCents) continue;
    const unit = byId.get(u.unitId)!;
    const line = lines.get(unit.contract_line_id)!;
    drafts.push({
      kind: 'service',
      nature: 'services',
      contractLineId: null,
      catalogueItemId: null,
      sku: null,
      label: `Remise en état de ${unit.serial} (${unit.label})${u.damage ? ` : ${u.damage}` : ''} — tarif en vigueur au ${formatDateFr(contract.order_date)} (art. 15.3)`,
      quantity: 1,
      unitPriceCents: u.repairCents,
      discountPercent: null,
      vatRatePercent: rateAtTaxPoint(rates, line.vat_rate, input.returnedOn),
    });
  }
  const indemnityCents = late.reduce((s, l) => s + l.decision.indemnityCents, 0);
  const invoiced = contract.lessor_id === null && drafts.some((d) => d.unitPriceCents > 0);
  const invoiceId = await ctx.db.transaction().execute(async (trx) => {
    await repo.insertReturn(trx, {
      id: returnId,
      org_id: actor.orgId,
      contract_id: contract.id,
      client_id: contract.client_id,
      returned_on: input.returnedOn,
      place: input.place,
      invoice_id: null,
      created_by: actor.userId,
      created_at: at,
    });
    const lost: Array<{ i: number; serial: string }> = [];
    for (const [i, u] of input.units.entries()) {
      const ok = await repo.markReturned(trx, actor.orgId, u.unitId, {
        returned_on: input.returnedOn,
        return_id: returnId,
        return_condition_json: JSON.stringify({
          complete: u.complete,
          accessories: u.accessories,
          damage: u.damage ?? null,
        }),
        updated_at: at,
      });
      if (!ok) lost.push({ i, serial: byId.get(u.unitId)!.serial });
    }
    if (lost.length) throw notOutError(lost);
    for (const { unit, decision } of late)
      await recordDecision(trx, ctx.dialect, {
        orgId: actor.orgId,
        decision: Object.assign(decision, { serial: unit.serial }),
        objectType: 'contract',
        objectId: contract.id,
        contractId: contract.id,
        effectKey: `rental.late-return:unit:${unit.id}:returned`,
        actor: actor.userId,
        at,
      });
    let id: string | null = null;
    if (invoiced) {
      id = await insertDraftInvoice(trx, {
        orgId: actor.orgId,
        clientId: contract.client_id,
        contract,
        origin: 'manual',
        billingKey: `return:${returnId}`,
        operationDate: input.returnedOn,
        purchaseOrderReference: null,
        notes: [`Restitution du matériel loué le ${formatDateFr(input.returnedOn)} (${input.place}).`],
        lines: drafts.filter((d) => d.unitPriceCents > 0),
        actorId: actor.userId,
        at,
      });
    }
    if (id || indemnityCents) await repo.setReturnInvoice(trx, returnId, id, indemnityCents);
    return id;
  });
  const after = await repo.unitsByIds(
    ctx.db,
    actor.orgId,
    input.units.map((u) => u.unitId),
  );
  return {
    id: returnId,
    returnedOn: input.returnedOn,
    invoiceId,
    indemnityCents,
    decisions: late.map((l) => l.decision),
    units: after.map(toUnitOut),
  };
}

function notOutError(items: Array<{ i: number; serial: string }>) {
  return new AppError('equipment.not_out', {
    errors: items.map(({ i, serial }) => ({
      path: `units.${i}.unitId`,
      message: `${serial} is not out at the client`,
      fr: `${serial} n'est pas chez le client`,
    })),
  });
}

/** The letter telling the client where and by when to return the rented products (art. 15.3), kept as evidence. */
export async function returnInstructions(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  input: { place: string; returnBy?: string | undefined; signatoryName: string },
) {
  const contract = await visibleContract(ctx, actor, contractId);
  const today = parisDate(ctx.now());
  const units = (await repo.unitsOfContract(ctx.db, actor.orgId, contract.id)).filter(
    (u) => u.kind === 'rental' && u.returned_on === null,
  );
  if (units.length === 0)
    throw new AppError('equipment.not_out', { detail: 'No rented unit of this contract is out at the client' });
  const due = input.returnBy ?? units.map((u) => u.return_due_on ?? today).sort()[0]!;
  const [{ seller, client }, org] = await Promise.all([
    loadParties(ctx, actor.orgId, contract.client_id),
    getOrganisation(ctx, actor.orgId),
  ]);
  const bytes = await renderLetterPdf({
    sender: seller,
    recipient: client,
    place: org.city,
    date: today,
    subject: `Restitution du matériel loué — contrat n° ${contract.number}`,
    reference: `Contrat n° ${contract.number}`,
    registered: true,
    paragraphs: [
      'Madame, Monsieur,',
      `La location du matériel objet du contrat n° ${contract.number} prend fin. Conformément à l'article 15.3 de nos conditions générales, nous vous remercions de restituer, sous votre responsabilité et à vos frais, le matériel suivant au plus tard le ${formatDateFr(due)}, à l'adresse suivante : ${input.place}.`,
      ...units.map((u) => `${u.label} (${u.sku}) — n° de série ${u.serial}`),
      'Le matériel doit être rendu en bon état de fonctionnement et d’entretien, muni de toutes les pièces et accessoires le composant, exception faite de l’usure normale. Les réparations nécessaires à sa remise en état seront facturées au tarif en vigueur au jour de la conclusion du contrat.',
      'En cas de restitution tardive, une indemnité d’immobilisation égale au loyer mensuel ramené au nombre de jours de retard sera due, sans que cette stipulation constitue un droit de conserver ou d’utiliser le matériel.',
      'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.',
    ],
    signature: { name: input.signatoryName },
  });
  const document = { bytes, mediaType: PDF_MEDIA_TYPE, filename: `restitution-${contract.number}-${today}.pdf` };
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute((trx) =>
    appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.issued',
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      actor: actor.userId,
      at,
      document,
    }),
  );
  return { documentSha256: sha256OfBytes(bytes), filename: document.filename, bytes };
}
