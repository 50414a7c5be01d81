import type { Role } from '../auth/index.ts';
import type { UserRow } from './users.repo.ts';
import type { UserOut } from './users.schemas.ts';

export function toUserOut(r: UserRow): UserOut {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    clientId: r.client_id,
    clientName: r.client_name ?? null,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
  };
}
