/** The staff and portal roles (DESIGN.md "Auth"). A `client` user is bound to one client. */
export const ROLES = ['admin', 'sales', 'order-admin', 'technician', 'accounting', 'dpo', 'client'] as const;
export type Role = (typeof ROLES)[number];

/** Every role but the client portal. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'client');

/** The authenticated actor of a request or a command. */
export interface Actor {
  userId: string;
  orgId: string;
  role: Role;
  /** Set for a client user: every read is filtered to this client. */
  clientId: string | null;
  email: string;
  name: string;
}
