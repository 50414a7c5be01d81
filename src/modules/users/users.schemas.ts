import { z } from 'zod';
import { exportFields, listPaging } from '../../kernel/list-query.ts';
import { NOTHING_TO_CHANGE } from '../../kernel/schemas.ts';
import { ROLES } from '../auth/index.ts';

export const UserOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type UserOut = z.infer<typeof UserOut>;

export const MIN_PASSWORD_LENGTH = 10;

export const CreateUserBody = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  clientId: z.string().min(1).max(100).optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    clientId: z.string().min(1).max(100).nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, NOTHING_TO_CHANGE);
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;

export const UserIdParams = z.strictObject({ id: z.string().min(1).max(100) });

/** A user changes its own password; the new one follows the same length rule as at creation (10 characters at least). */
export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(10).max(200),
});

/** The sortable columns of the users list (there is no last sign-in: sessions are deleted at sign-out). */
export const USER_SORTS = ['name', 'email', 'role'] as const;
export type UserSort = (typeof USER_SORTS)[number];

/** The filters of the users list, shared by the page and the export. */
const userFilters = {
  role: z.enum(ROLES).optional(),
  /** `active` or `disabled` accounts. */
  state: z.enum(['active', 'disabled']).optional(),
  /** Name or e-mail (case-insensitive). */
  q: z.string().trim().max(100).optional(),
};
/** People read a list of names in alphabetical order unless asked otherwise. */
const ascending = { dir: z.enum(['asc', 'desc']).default('asc') };

export const UserListQuery = z.strictObject({ ...userFilters, ...listPaging(USER_SORTS, 'name'), ...ascending });
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserExportQuery = z.strictObject({
  ...userFilters,
  sort: z.enum(USER_SORTS).default('name'),
  ...ascending,
  ...exportFields,
});
