import type { Db } from '../../db/database.ts';
import * as repo from './quotes.repo.ts';
import type { AcceptanceOut } from './quotes.schemas.ts';

/**
 * Art. 17.2: at the end of the retention period, the acceptance records of a client's quotes lose
 * the signatory's name, title and IP. The acceptance itself (method, date, document hashes) stays.
 * Returns the SHA-256 of the portal acceptance statements (JSON with the same values), whose
 * content the caller erases from the evidence store (ADR 0026), and the quotes concerned.
 */
export async function eraseAcceptanceIdentity(
  trx: Db,
  orgId: string,
  clientId: string,
  at: string,
): Promise<{ statements: string[]; quoteIds: string[] }> {
  const statements: string[] = [];
  const quoteIds: string[] = [];
  for (const q of await repo.acceptedQuotesOfClient(trx, orgId, clientId)) {
    const a = JSON.parse(q.acceptance_json!) as AcceptanceOut;
    quoteIds.push(q.id);
    if (a.channel === 'portal' && a.documentSha256) statements.push(a.documentSha256);
    if (a.signatoryName === null && a.signatoryTitle === null && a.ip === null) continue;
    const erased: AcceptanceOut = { ...a, signatoryName: null, signatoryTitle: null, ip: null };
    await repo.setAcceptanceJson(trx, orgId, q.id, JSON.stringify(erased), at);
  }
  return { statements, quoteIds };
}
