import type { AppContext } from '../context.ts';
import { newId } from '../kernel/ids.ts';
import { searchKey } from '../kernel/search-key.ts';
import { insertClient } from '../modules/clients/index.ts';
import { createOrganisation } from '../modules/organisations/index.ts';
import { countUsers, createUser } from '../modules/users/index.ts';
import { ensureDefaultTerms } from '../modules/terms-versions/index.ts';
import { ensureShippedRates } from '../modules/ecb-rates/index.ts';
import { ALLEO_ORGANISATION, DEMO_CATALOGUE, DEMO_CLIENTS, DEMO_CONTACTS, DEMO_USERS } from './demo-data.ts';

export interface SeedResult {
  seeded: boolean;
  logins: Array<{ role: string; email: string; password: string }>;
}

/** Ensures the selling organisation, its terms and the ECB table exist (every install needs them); returns its id. */
export async function ensureOrganisation(ctx: AppContext): Promise<string> {
  const existing = await ctx.db.selectFrom('organisations').select('id').orderBy('created_at').executeTakeFirst();
  const id = existing?.id ?? newId();
  // Created with the first version of its identity (ADR 0012).
  if (!existing)
    await createOrganisation(ctx, { id, identity: { ...ALLEO_ORGANISATION, vat_on_debits: 0, logo_sha256: null } });
  // Reference data every install needs: the terms profile and the ECB rate history.
  await ensureDefaultTerms(ctx, id);
  await ensureShippedRates(ctx);
  return id;
}

/** Seeds demo data into an empty database only (no user yet); never called in production. */
export async function seedDemo(ctx: AppContext): Promise<SeedResult> {
  const { n } = await countUsers(ctx.db);
  if (Number(n) > 0) return { seeded: false, logins: [] };
  const orgId = await ensureOrganisation(ctx);
  const now = ctx.now().toISOString();
  const clientIds: string[] = [];
  for (const c of DEMO_CLIENTS) {
    const id = newId();
    clientIds.push(id);
    // With version 1 of its printed identity (ADR 0013).
    await ctx.db.transaction().execute((trx) =>
      insertClient(
        trx,
        {
          id,
          org_id: orgId,
          ...c,
          country: 'FR',
          phone: null,
          relationship_ended_on: null,
          anonymised_at: null,
          created_at: now,
          updated_at: now,
        },
        'system',
      ),
    );
  }
  for (const c of DEMO_CONTACTS) {
    const clientId = clientIds[c.clientIndex]!;
    const id = newId();
    await ctx.db
      .insertInto('client_contacts')
      .values({
        id,
        org_id: orgId,
        client_id: clientId,
        name: c.name,
        title: c.title,
        email: c.email,
        phone: c.phone,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (c.correspondent)
      await ctx.db.updateTable('clients').set({ correspondent_contact_id: id }).where('id', '=', clientId).execute();
  }
  for (const item of DEMO_CATALOGUE) {
    await ctx.db
      .insertInto('catalogue_items')
      .values({
        id: newId(),
        org_id: orgId,
        kind: item.kind,
        category: item.category,
        offer_line: item.offer_line,
        manufacturer: item.manufacturer,
        sku: item.sku,
        name: item.name,
        search_name: searchKey(item.name),
        description: null,
        indicative_price_cents: item.indicative_price_cents,
        vat_rate: '20',
        rentable: item.rentable ? 1 : 0,
        monthly_rent_cents: item.monthly_rent_cents ?? null,
        maintenance_fee_cents: item.maintenance_fee_cents ?? null,
        warranty_months: item.warranty_months ?? null,
        solution_kind: item.kind === 'product' ? (item.solution_kind ?? 'hardware') : null,
        licence_users: item.licence_users ?? null,
        late_cancellation_indemnity_cents: item.late_cancellation_indemnity_cents ?? null,
        off_hours_surcharge_percent: item.off_hours_surcharge_percent ?? null,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  for (const u of DEMO_USERS) {
    const user = await createUser(ctx, orgId, {
      email: u.email,
      name: u.name,
      role: u.role,
      password: u.password,
      ...(u.clientIndex !== undefined ? { clientId: clientIds[u.clientIndex] } : {}),
    });
    // A technician user is on the planning board (interventions, art. 6.9).
    if (u.role === 'technician')
      await ctx.db
        .insertInto('technicians')
        .values({ id: newId(), org_id: orgId, user_id: user.id, name: u.name, created_at: now, updated_at: now })
        .execute();
  }
  return { seeded: true, logins: DEMO_USERS.map((u) => ({ role: u.role, email: u.email, password: u.password })) };
}
