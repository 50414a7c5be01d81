import type { AppContext } from '../../context.ts';
import { appendEvidence, sha256OfBytes } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { visibleContract } from '../contracts/index.ts';
import { decodeUpload } from '../shared/index.ts';
import * as repo from './equipment.repo.ts';
import type { InsuranceInput } from './equipment.schemas.ts';

/** The client's all-risk insurance certificate for its rented products (art. 4.2.1), kept as evidence. */
export async function uploadInsurance(ctx: AppContext, actor: Actor, contractId: string, input: InsuranceInput) {
  const contract = await visibleContract(ctx, actor, contractId);
  if (input.expiresOn <= input.startsOn)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'expiresOn',
          message: `must be after startsOn (${input.startsOn})`,
          fr: `doit être postérieure à la date de début (${formatDateFr(input.startsOn)})`,
        },
      ],
    });
  const document = decodeUpload(input.document, 'document');
  const at = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'document.received',
      objectType: 'contract',
      objectId: contract.id,
      contractId: contract.id,
      actor: actor.userId,
      at,
      document,
    });
    await repo.insertCertificate(trx, {
      id,
      org_id: actor.orgId,
      contract_id: contract.id,
      client_id: contract.client_id,
      insurer: input.insurer,
      all_risks: 1,
      starts_on: input.startsOn,
      expires_on: input.expiresOn,
      document_sha256: sha256OfBytes(document.bytes),
      uploaded_by: actor.userId,
      uploaded_at: at,
    });
  });
  return {
    id,
    insurer: input.insurer,
    startsOn: input.startsOn,
    expiresOn: input.expiresOn,
    documentSha256: sha256OfBytes(document.bytes),
  };
}
