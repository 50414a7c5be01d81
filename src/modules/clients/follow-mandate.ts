/**
 * The client record's mandate reference follows the SEPA mandate in force (ADR 0019): the `sepa`
 * module calls this in the transaction that creates, amends or revokes a mandate. The invoice
 * prints the client's identity (BT-89, ADR 0013), so writing the reference here — with a new
 * identity version when it changed — makes the next issued invoice print the mandate the
 * collection will use, while invoices issued before keep the one they were issued with. The
 * dependency stays one way: sepa → clients; invoices read nothing of sepa.
 */
import type { Db, Dialect } from '../../db/database.ts';
import * as repo from './clients.repo.ts';
import { recordIdentityChange } from './identity-history.ts';

export async function followMandateInForce(
  trx: Db,
  dialect: Dialect,
  input: { orgId: string; clientId: string; reference: string; at: string; changedBy: string },
): Promise<void> {
  // Under the client's row lock, like any change of the record (update-client.ts).
  const row = await repo.lockClient(trx, dialect, input.orgId, input.clientId);
  if (!row || row.anonymised_at !== null || row.mandate_reference === input.reference) return;
  const set = { mandate_reference: input.reference, updated_at: input.at };
  await repo.updateClient(trx, input.orgId, input.clientId, set);
  await recordIdentityChange(trx, {
    orgId: input.orgId,
    before: row,
    after: { ...row, ...set },
    at: input.at,
    changedBy: input.changedBy,
  });
}
