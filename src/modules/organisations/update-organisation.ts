/**
 * `PATCH /api/organisation` (admin): changes the selling organisation's identity or its
 * VAT-on-debits option. The identity is checked as it will be after the change (every bad field
 * named, in English and French, nothing written). In one transaction, under the organisation's
 * row lock: the row is updated, a new version of the identity is recorded (in force from now, ADR
 * 0012) and the change, field by field before and after, is chained into the evidence log. A
 * change that changes nothing writes nothing. Documents already issued keep the identity they were
 * issued under; the option applies to invoices issued from now on (it is frozen on each invoice).
 */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { forgetEverywhere, type Actor } from '../auth/index.ts';
import { recordIdentityChange } from './identity-history.ts';
import { checkOrganisationFields, type OrganisationFieldsIn } from './organisation-fields.ts';
import { fieldsOf, toOrganisationOut } from './organisation-mapper.ts';
import * as repo from './organisations.repo.ts';
import type { OrganisationOut, UpdateOrganisationInput } from './organisations.schemas.ts';

type Field = keyof OrganisationFieldsIn;
type Change = { before: unknown; after: unknown };

export async function updateOrganisation(
  ctx: AppContext,
  actor: Actor,
  input: UpdateOrganisationInput,
): Promise<OrganisationOut> {
  const { out, renamed } = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockOrganisation(trx, ctx.dialect, actor.orgId);
    if (!row) throw new AppError('organisation.not_found');
    const before = fieldsOf(row);
    const merged: OrganisationFieldsIn = { ...before };
    for (const [key, value] of Object.entries(input) as Array<[Field, unknown]>) {
      if (value !== undefined) (merged as unknown as Record<Field, unknown>)[key] = value;
    }
    const checked = checkOrganisationFields(merged, {
      directDebitClients: await repo.countDirectDebitClients(trx, actor.orgId),
    });
    if (!checked.ok) throw new AppError('request.invalid', { errors: checked.errors });

    const after = fieldsOf({ ...row, ...checked.value });
    const changes: Partial<Record<Field, Change>> = {};
    for (const key of Object.keys(before) as Field[]) {
      if (before[key] !== after[key]) changes[key] = { before: before[key], after: after[key] };
    }
    if (Object.keys(changes).length === 0) {
      const last = await repo.lastVersion(trx, actor.orgId);
      return {
        out: toOrganisationOut(
          row,
          last
            ? { version: Number(last.version), validFrom: last.valid_from }
            : { version: 1, validFrom: row.created_at },
        ),
        renamed: false,
      };
    }
    const identity = { ...checked.value, logo_sha256: row.logo_sha256 };
    const { version, validFrom } = await recordIdentityChange(trx, ctx, actor, row, identity, Object.keys(changes));
    return {
      out: toOrganisationOut({ ...row, ...identity }, { version, validFrom }),
      renamed: changes.name !== undefined,
    };
  });
  // Resolved sessions carry the organisation's name (/api/me): every instance forgets them at once.
  if (renamed) await forgetEverywhere(ctx.db, ctx.dialect, { forget: 'all' });
  return out;
}
