/**
 * Who acts in the demo story: the demo users as actors (one per role, and the client user of
 * Transports Morel), the demo clients and the catalogue items, found by what seedDemo created.
 */
import type { AppContext } from '../../context.ts';
import type { Actor, Role } from '../../modules/auth/index.ts';
import { DEMO_CLIENTS, DEMO_USERS } from '../demo-data.ts';

/** The demo clients, in the order of DEMO_CLIENTS. */
export const CLIENT_KEYS = ['morel', 'clinique', 'durand', 'lefevre', 'lvr', 'valFleuri'] as const;
export type ClientKey = (typeof CLIENT_KEYS)[number];

export interface Cast {
  orgId: string;
  admin: Actor;
  sales: Actor;
  adv: Actor;
  technician: Actor;
  accounting: Actor;
  /** Marc Morel, client user of Transports Morel in the portal. */
  morelUser: Actor;
  clients: Record<ClientKey, string>;
  /** Catalogue item ids by SKU. */
  items: Map<string, string>;
}

export async function loadCast(ctx: AppContext, orgId: string): Promise<Cast> {
  const users = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'client_id'])
    .where('org_id', '=', orgId)
    .execute();
  const actor = (email: string): Actor => {
    const u = users.find((x) => x.email === email);
    if (!u) throw new Error(`Demo user ${email} missing: seedDemo must run first`);
    return { userId: u.id, orgId, role: u.role as Role, clientId: u.client_id, email: u.email, name: u.name };
  };
  const byRole = (role: Role) => actor(DEMO_USERS.find((u) => u.role === role)!.email);

  const clientRows = await ctx.db
    .selectFrom('clients')
    .select(['id', 'legal_name'])
    .where('org_id', '=', orgId)
    .execute();
  const clients = Object.fromEntries(
    CLIENT_KEYS.map((key, i) => {
      const row = clientRows.find((c) => c.legal_name === DEMO_CLIENTS[i]!.legal_name);
      if (!row) throw new Error(`Demo client ${DEMO_CLIENTS[i]!.legal_name} missing`);
      return [key, row.id];
    }),
  ) as Record<ClientKey, string>;

  const itemRows = await ctx.db
    .selectFrom('catalogue_items')
    .select(['id', 'sku'])
    .where('org_id', '=', orgId)
    .execute();
  return {
    orgId,
    admin: byRole('admin'),
    sales: byRole('sales'),
    adv: byRole('order-admin'),
    technician: byRole('technician'),
    accounting: byRole('accounting'),
    morelUser: byRole('client'),
    clients,
    items: new Map(itemRows.map((r) => [r.sku, r.id])),
  };
}
