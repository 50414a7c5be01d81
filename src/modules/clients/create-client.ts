import type { AppContext } from '../../context.ts';
import { parisDate } from '../../context.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { billingColumns, checkedIdentityColumns, contactRow, siteColumns } from './client-columns.ts';
import * as repo from './clients.repo.ts';
import type { ClientDetail, CreateClientInput } from './clients.schemas.ts';
import * as contactsRepo from './contacts.repo.ts';
import { getClient } from './get-client.ts';
import { insertClient } from './identity-history.ts';

/**
 * Creates a client with its contacts and correspondent in one transaction, after every check,
 * with version 1 of its printed identity (ADR 0013).
 */
export async function createClient(ctx: AppContext, actor: Actor, input: CreateClientInput): Promise<ClientDetail> {
  const identity = checkedIdentityColumns(
    {
      siren: input.siren,
      siret: input.siret ?? null,
      vatNumber: input.vatNumber ?? null,
      paymentMethod: input.paymentMethod ?? 'bank-transfer',
      iban: input.iban ?? null,
      bic: input.bic ?? null,
      mandateReference: input.mandateReference ?? null,
      mandateSignedOn: input.mandateSignedOn ?? null,
      publicBuyer: input.publicBuyer ?? false,
    },
    parisDate(ctx.now()),
  );
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertClient(
      trx,
      {
        id,
        org_id: actor.orgId,
        legal_name: input.legalName,
        ...identity,
        ...billingColumns(input.billingAddress),
        ...siteColumns(input.siteAddress ?? null),
        email: input.email?.toLowerCase() ?? null,
        phone: input.phone ?? null,
        reference_opt_out: input.referenceOptOut ? 1 : 0,
        financial_status: 'normal',
        relationship_ended_on: null,
        anonymised_at: null,
        correspondent_contact_id: null,
        created_at: now,
        updated_at: now,
      },
      actor.userId,
    );
    for (const c of input.contacts ?? []) {
      const row = contactRow(actor.orgId, id, c, now);
      await contactsRepo.insertContact(trx, row);
      if (c.correspondent) await repo.updateClient(trx, actor.orgId, id, { correspondent_contact_id: row.id });
    }
  });
  return getClient(ctx, actor, id);
}
