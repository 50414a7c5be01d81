import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { AppContext } from '../../context.ts';
import { hashPassword } from '../auth/index.ts';
import { findClient } from '../clients/index.ts';
import { toUserOut } from './user-mapper.ts';
import * as repo from './users.repo.ts';
import type { CreateUserInput, UserOut } from './users.schemas.ts';

/** Checks that a client user names an existing client of the organisation, and staff none. */
export async function checkClientBinding(
  ctx: AppContext,
  orgId: string,
  role: string,
  clientId: string | null | undefined,
) {
  if (role === 'client') {
    if (!clientId)
      throw new AppError('user.client_required', {
        errors: [
          { path: 'clientId', message: 'Required for a client user', fr: 'Obligatoire pour un utilisateur client' },
        ],
      });
    if (!(await findClient(ctx, orgId, clientId)))
      throw new AppError('client.not_found', {
        errors: [{ path: 'clientId', message: 'Unknown client', fr: 'Client inconnu' }],
      });
  } else if (clientId) {
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'clientId',
          message: 'Only a client user belongs to a client',
          fr: 'Seul un utilisateur client est rattaché à un client',
        },
      ],
    });
  }
}

/** Creates a user of the organisation (admin use case and `clausier users create`). */
export async function createUser(ctx: AppContext, orgId: string, input: CreateUserInput): Promise<UserOut> {
  const email = input.email.trim().toLowerCase();
  await checkClientBinding(ctx, orgId, input.role, input.clientId);
  if (await repo.emailExists(ctx.db, email))
    throw new AppError('user.email_taken', {
      errors: [{ path: 'email', message: 'Already in use', fr: 'Adresse déjà utilisée' }],
    });
  const now = ctx.now().toISOString();
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  try {
    await repo.insertUser(ctx.db, {
      id,
      org_id: orgId,
      email,
      name: input.name.trim(),
      role: input.role,
      client_id: input.role === 'client' ? (input.clientId ?? null) : null,
      password_hash: passwordHash,
      disabled: 0,
      created_at: now,
      updated_at: now,
    });
  } catch (e) {
    // A concurrent creation with the same email loses on the unique index.
    if (await repo.emailExists(ctx.db, email))
      throw new AppError('user.email_taken', {
        errors: [{ path: 'email', message: 'Already in use', fr: 'Adresse déjà utilisée' }],
      });
    throw e;
  }
  const row = await repo.findUser(ctx.db, orgId, id);
  if (!row) throw new Error('User just created is not found');
  return toUserOut(row);
}
