import { AppError } from '../../kernel/errors.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { endSessionsOfUser } from '../auth/index.ts';
import { checkClientBinding } from './create-user.ts';
import { toUserOut } from './user-mapper.ts';
import * as repo from './users.repo.ts';
import type { UpdateUserInput, UserOut } from './users.schemas.ts';

/** Changes a user's name, role, client binding or disabled flag; disabling ends their sessions. */
export async function updateUser(ctx: AppContext, actor: Actor, id: string, input: UpdateUserInput): Promise<UserOut> {
  const current = await repo.findUser(ctx.db, actor.orgId, id);
  if (!current) throw new AppError('user.not_found');
  if (id === actor.userId && (input.disabled === true || (input.role && input.role !== 'admin'))) {
    throw new AppError('user.cannot_disable_self');
  }
  const role = input.role ?? current.role;
  // Leaving the client role drops the binding; entering it requires one.
  const clientId = role === 'client' ? (input.clientId !== undefined ? input.clientId : current.client_id) : null;
  if (input.clientId && role !== 'client') {
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
  await checkClientBinding(ctx, actor.orgId, role, clientId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.orgId, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      role,
      client_id: clientId,
      ...(input.disabled !== undefined ? { disabled: input.disabled ? 1 : 0 } : {}),
      updated_at: ctx.now().toISOString(),
    });
    if (input.disabled === true || role !== current.role) await endSessionsOfUser(trx, ctx.dialect, id);
  });
  const row = await repo.findUser(ctx.db, actor.orgId, id);
  if (!row) throw new AppError('user.not_found');
  return toUserOut(row);
}
