import type { Db } from '../../db/database.ts';
import { newId } from '../../kernel/ids.ts';
import * as repo from './licences.repo.ts';

export interface LicensedLine {
  id: string;
  label: string;
  sku: string;
  /** Null for hardware and services: only virtualized solutions are licensed. */
  licensedUsers: number | null;
}

/**
 * Grants a licence per virtualized-solution line of a contract being formed, inside its
 * transaction: a personal, non-transferable right of use for a number of users (art. 8, 14.5).
 */
export async function createLicencesForContract(
  trx: Db,
  input: {
    orgId: string;
    contractId: string;
    clientId: string;
    termsVersion: string;
    at: string;
    lines: LicensedLine[];
  },
): Promise<number> {
  const rows = input.lines
    .filter((l) => l.licensedUsers !== null)
    .map((l) => ({
      id: newId(),
      org_id: input.orgId,
      contract_id: input.contractId,
      contract_line_id: l.id,
      client_id: input.clientId,
      solution: l.label,
      sku: l.sku,
      licensed_users: l.licensedUsers!,
      terms_version: input.termsVersion,
      created_at: input.at,
    }));
  await repo.insertLicences(trx, rows);
  return rows.length;
}
