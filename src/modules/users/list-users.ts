import type { AppContext } from '../../context.ts';
import type { ExportColumn } from '../../http/table-export.ts';
import { readAfter, everyPage, keysetResult } from '../../kernel/list-page.ts';
import type { Actor } from '../auth/index.ts';
import { toUserOut } from './user-mapper.ts';
import * as repo from './users.repo.ts';
import type { UserListQuery, UserOut } from './users.schemas.ts';

/** One page of the users of the actor's organisation, and the next page's cursor. */
export async function listUsers(ctx: AppContext, actor: Actor, q: UserListQuery) {
  const rows = await repo.listUsers(ctx.db, actor.orgId, {
    ...(q.role ? { role: q.role } : {}),
    ...(q.state ? { disabled: q.state === 'disabled' ? (1 as const) : (0 as const) } : {}),
    words: q.q ? q.q.toLowerCase().split(/\s+/).filter(Boolean) : [],
    sort: q.sort,
    dir: q.dir,
    after: readAfter(q.after),
    limit: q.limit + 1,
  });
  return keysetResult(rows, q.limit, (r) => repo.userSortValue(r, q.sort), toUserOut);
}

/** Every user of the filtered list in the list's order (the export). */
export function allUsers(ctx: AppContext, actor: Actor, q: Omit<UserListQuery, 'after' | 'limit'>) {
  return everyPage((after) => listUsers(ctx, actor, { ...q, limit: 500, ...(after ? { after } : {}) }));
}

const ROLE_LABELS: Record<string, { fr: string; en: string }> = {
  admin: { fr: 'Administrateur', en: 'Administrator' },
  sales: { fr: 'Commercial', en: 'Sales' },
  'order-admin': { fr: 'Administration des ventes (ADV)', en: 'Order administration' },
  technician: { fr: 'Technicien', en: 'Technician' },
  accounting: { fr: 'Comptabilité', en: 'Accounting' },
  dpo: { fr: 'Référent protection des données', en: 'Data protection officer' },
  client: { fr: 'Client', en: 'Client' },
};

/** The columns of the users export (no password, no session: who has which access). */
export function userExportColumns(lang: 'fr' | 'en'): ExportColumn<UserOut>[] {
  const fr = lang === 'fr';
  return [
    { header: fr ? 'Nom' : 'Name', value: (r) => r.name },
    { header: fr ? 'E-mail' : 'E-mail', value: (r) => r.email },
    { header: fr ? 'Rôle' : 'Role', value: (r) => ROLE_LABELS[r.role]?.[lang] ?? r.role },
    { header: fr ? 'Société cliente' : 'Client company', value: (r) => r.clientName },
    {
      header: fr ? 'État' : 'State',
      value: (r) => (r.disabled ? (fr ? 'Désactivé' : 'Disabled') : fr ? 'Actif' : 'Active'),
    },
    { header: fr ? 'Créé le' : 'Created on', value: (r) => r.createdAt.slice(0, 10) },
  ];
}
