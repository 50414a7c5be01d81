import type { AppContext } from '../../context.ts';
import { parisDate } from '../../context.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { loadWritableClient } from './client-access.ts';
import { billingColumns, checkedIdentityColumns, siteColumns } from './client-columns.ts';
import * as repo from './clients.repo.ts';
import type { ClientDetail, UpdateClientInput } from './clients.schemas.ts';
import { getClient } from './get-client.ts';
import { recordIdentityChange } from './identity-history.ts';

/** `patch[key]` when the body carries it (null included), else the stored value. */
function pick<T>(patch: T | undefined, stored: T): T {
  return patch === undefined ? stored : patch;
}

/**
 * Changes a client's details. The identity and payment fields are checked as they will be after
 * the change, so switching to direct debit without a mandate is refused at `mandateReference`
 * even when the body does not mention it. Contacts, correspondent, financial status and the end
 * of the relationship have their own commands. In one transaction, under the client's row lock,
 * the row is updated and, when a field an invoice prints changed, a new version of the client's
 * identity is recorded, in force from now (ADR 0013): invoices issued before keep the buyer they
 * were issued to, even when rendered later.
 */
export async function updateClient(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateClientInput,
): Promise<ClientDetail> {
  await loadWritableClient(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    // Read again under the lock: the change applies to the row as it is now, not as first read.
    const row = await repo.lockClient(trx, ctx.dialect, actor.orgId, id);
    if (!row) throw new AppError('client.not_found');
    if (row.anonymised_at !== null) throw new AppError('client.anonymised');
    const identity = checkedIdentityColumns(
      {
        siren: pick(input.siren, row.siren),
        siret: pick(input.siret, row.siret),
        vatNumber: pick(input.vatNumber, row.vat_number),
        paymentMethod: pick(input.paymentMethod, row.payment_method),
        iban: pick(input.iban, row.iban),
        bic: pick(input.bic, row.bic),
        mandateReference: pick(input.mandateReference, row.mandate_reference),
        mandateSignedOn: pick(input.mandateSignedOn, row.mandate_signed_on),
        publicBuyer: pick(input.publicBuyer, row.public_buyer === 1),
      },
      parisDate(ctx.now()),
    );
    const now = ctx.now().toISOString();
    const set = {
      ...identity,
      ...(input.legalName !== undefined ? { legal_name: input.legalName } : {}),
      ...(input.billingAddress !== undefined ? billingColumns(input.billingAddress) : {}),
      ...(input.siteAddress !== undefined ? siteColumns(input.siteAddress) : {}),
      ...(input.email !== undefined ? { email: input.email?.toLowerCase() ?? null } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.referenceOptOut !== undefined
        ? { reference_opt_out: input.referenceOptOut ? (1 as const) : (0 as const) }
        : {}),
      updated_at: now,
    };
    await repo.updateClient(trx, actor.orgId, id, set);
    const identityVersion = await recordIdentityChange(trx, {
      orgId: actor.orgId,
      before: row,
      after: { ...row, ...set },
      at: now,
      changedBy: actor.userId,
    });
    // The evidence names what changed and who changed it, never the values: the chain is
    // immutable, and personal data (a contact email, a phone) must stay erasable (art. 17).
    const changedFields = Object.keys(set).filter(
      (k) => k !== 'updated_at' && set[k as keyof typeof set] !== row[k as keyof typeof row],
    );
    if (changedFields.length > 0) {
      await appendEvidence(trx, ctx.dialect, {
        orgId: actor.orgId,
        kind: 'client.changed',
        objectType: 'client',
        objectId: id,
        actor: actor.userId,
        at: now,
        decision: { changedFields: changedFields.sort(), identityVersion },
      });
    }
  });
  return getClient(ctx, actor, id);
}
