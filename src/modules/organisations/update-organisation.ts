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
import { appendEvidence } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { forgetEverywhere, type Actor } from '../auth/index.ts';
import { identityJson, IDENTITY_COLUMNS } from './identity.ts';
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
    const last = await repo.lastVersion(trx, actor.orgId);
    if (Object.keys(changes).length === 0)
      return {
        out: toOrganisationOut(
          row,
          last
            ? { version: Number(last.version), validFrom: last.valid_from }
            : { version: 1, validFrom: row.created_at },
        ),
        renamed: false,
      };

    const now = ctx.now().toISOString();
    // Versions follow each other in time even if the clock steps back: "in force at" stays one answer.
    const validFrom = last && last.valid_from > now ? last.valid_from : now;
    let version = last ? Number(last.version) + 1 : 1;
    if (!last) {
      // Changed for the first time without a recorded first version: record it, as it stood since creation.
      await repo.insertVersion(trx, {
        org_id: actor.orgId,
        version: 1,
        valid_from: row.created_at,
        identity_json: identityJson(row),
        changed_by: 'system',
      });
      version = 2;
    }
    const identity = { ...checked.value, logo_sha256: row.logo_sha256 };
    const set = Object.fromEntries(IDENTITY_COLUMNS.map((c) => [c, identity[c]]));
    await repo.updateOrganisation(trx, actor.orgId, set);
    await repo.insertVersion(trx, {
      org_id: actor.orgId,
      version,
      valid_from: validFrom,
      identity_json: identityJson(identity),
      changed_by: actor.userId,
    });
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'organisation.changed',
      objectType: 'organisation',
      objectId: actor.orgId,
      actor: actor.userId,
      at: now,
      // Field names and the version only: the values live in organisation_versions. The chain is
      // immutable, and a contact email or phone of the company can be a person's (art. 17).
      decision: { version, validFrom, changedFields: Object.keys(changes).sort() },
    });
    return {
      out: toOrganisationOut({ ...row, ...checked.value }, { version, validFrom }),
      renamed: changes.name !== undefined,
    };
  });
  // Resolved sessions carry the organisation's name (/api/me): every instance forgets them at once.
  if (renamed) await forgetEverywhere(ctx.db, ctx.dialect, { forget: 'all' });
  return out;
}
