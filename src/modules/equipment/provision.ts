import { parisDate, type AppContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../auth/index.ts';
import { provisioningRefusal } from './equipment-decisions.ts';
import { activeContract } from './deliver.ts';
import * as repo from './equipment.repo.ts';
import type { ProvisionInput } from './equipment.schemas.ts';

/**
 * The provisioning record of a virtualized solution (art. 5): on ALLEO's or the client's
 * environment, installed remotely or on site. For the Cybersecurity offer the client chooses where
 * the data is hosted; for the Telephony offer it is ALLEO's servers (another choice refused,
 * 5.3). Nothing is provisioned before its price is collected (5.2): every invoice covering the
 * line must be issued and paid.
 */
export async function provisionSolution(ctx: AppContext, actor: Actor, input: ProvisionInput) {
  const contract = await activeContract(ctx, actor, input.contractId);
  const line = (await repo.contractLines(ctx.db, contract.id)).find((l) => l.id === input.contractLineId);
  if (!line || line.solution_kind !== 'virtualized')
    throw new AppError('request.invalid', {
      errors: [
        {
          path: 'contractLineId',
          message: 'not a virtualized solution line of this contract',
          fr: "n'est pas une ligne de solution virtualisée de ce contrat",
        },
      ],
    });
  const base = { asOf: parisDate(ctx.now()), termsVersion: contract.terms_version, label: line.label };
  if (line.offer_line === 'telephony' && (input.dataHosting !== 'alleo' || input.environment !== 'alleo')) {
    const decision = provisioningRefusal({ ...base, reason: 'telephony-hosting' });
    throw new AppError('provisioning.hosting_refused', {
      detail: decision.explanation.en,
      errors: [
        {
          path: input.dataHosting !== 'alleo' ? 'dataHosting' : 'environment',
          message: "the Telephony offer is hosted on ALLEO's servers (art. 5.3)",
          fr: "l'offre Téléphonie est hébergée sur les serveurs d'ALLEO (art. 5.3)",
        },
      ],
      extra: { decision },
    });
  }
  const [invoiced, unpaid] = await Promise.all([
    repo.invoicedLineIds(ctx.db, actor.orgId, [line.id]),
    repo.unpaidInvoicesCovering(ctx.db, actor.orgId, [line.id]),
  ]);
  if (!invoiced.has(line.id) || unpaid.length > 0) {
    const decision = provisioningRefusal({ ...base, reason: 'unpaid' });
    throw new AppError('provisioning.unpaid', { detail: decision.explanation.en, extra: { decision } });
  }
  if (await repo.findProvisioning(ctx.db, line.id)) throw new AppError('provisioning.exists');
  const id = newId();
  await repo.insertProvisioning(ctx.db, {
    id,
    org_id: actor.orgId,
    contract_id: contract.id,
    contract_line_id: line.id,
    offer_line: line.offer_line,
    environment: input.environment,
    installation: input.installation,
    data_hosting: input.dataHosting,
    created_by: actor.userId,
    created_at: ctx.now().toISOString(),
  });
  return {
    id,
    contractLineId: line.id,
    environment: input.environment,
    installation: input.installation,
    dataHosting: input.dataHosting,
  };
}
