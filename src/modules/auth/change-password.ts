import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import * as repo from './auth.repo.ts';
import { forgetEverywhere } from './auth-invalidation.ts';
import type { Actor } from './roles.ts';
import { hashPassword, sha256Hex, verifyPassword } from './secrets.ts';

/**
 * A user changes its own password. The current one is required (a session left open must not be
 * enough to take the account over); the other sessions of the user end, this one stays open.
 * A wrong current password is a 400 naming the field and changes nothing.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  sessionToken: string | undefined,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, actor.email);
  if (!user || user.id !== actor.userId) throw new AppError('auth.required');
  const errors = [];
  if (!(await verifyPassword(user.password_hash, input.currentPassword)))
    errors.push({
      path: 'currentPassword',
      message: 'the current password is not this one',
      fr: "le mot de passe actuel saisi n'est pas le bon",
    });
  if (input.newPassword === input.currentPassword)
    errors.push({
      path: 'newPassword',
      message: 'must differ from the current password',
      fr: 'doit être différent du mot de passe actuel',
    });
  if (errors.length > 0) throw new AppError('request.invalid', { errors });
  const hash = await hashPassword(input.newPassword);
  const keep = sessionToken ? sha256Hex(sessionToken) : null;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, updated_at: ctx.now().toISOString() })
      .where('id', '=', actor.userId)
      .execute();
    await repo.deleteOtherSessionsOfUser(trx, actor.userId, keep);
    await forgetEverywhere(trx, ctx.dialect, { forget: 'user', userId: actor.userId });
  });
}
