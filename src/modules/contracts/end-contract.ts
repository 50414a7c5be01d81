/** The end of a contract: end of the rental duration or of the services (art. 15.1). */
import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { changeStatusWithin, checkTransition } from './contract-status.ts';
import { visibleContract } from './read-contracts.ts';

/** `POST /api/contracts/:id/end`: the rental duration or the services are over (art. 15.1). */
export async function endContract(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  input: { reason: string; effectiveOn?: string | undefined },
) {
  const contract = await visibleContract(ctx, actor, contractId);
  checkTransition(contract.number, contract.status, 'ended');
  const today = parisDate(ctx.now());
  const effectiveOn = input.effectiveOn ?? today;
  if (effectiveOn < contract.effective_date)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'effectiveOn',
          message: `must not be before the contract's effective date ${contract.effective_date}`,
          fr: `ne peut pas précéder la date d'effet du contrat ${contract.effective_date}`,
        },
      ],
    });
  const at = ctx.now().toISOString();
  const { decision } = await ctx.db.transaction().execute((trx) =>
    changeStatusWithin(trx, ctx.dialect, {
      orgId: actor.orgId,
      contractId: contract.id,
      to: 'ended',
      effectiveOn,
      asOf: today,
      article: '15.1',
      termsVersion: contract.terms_version,
      reason: {
        fr: `fin de la durée de location ou des prestations (${input.reason}).`,
        en: `end of the rental duration or of the services (${input.reason}).`,
      },
      actor: actor.userId,
      at,
    }),
  );
  return { decision };
}
