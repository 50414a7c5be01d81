import type { AppContext } from '../../context.ts';
import * as repo from './organisations.repo.ts';

/** The selling organisation's identity (ALLEO by default). */
export async function getOrganisation(ctx: AppContext, id: string) {
  const row = await repo.findOrganisation(ctx.db, id);
  if (!row) throw new Error(`Organisation ${id} missing`);
  return row;
}

/** The organisation a fresh single-company install runs for. */
export function defaultOrganisation(ctx: AppContext) {
  return repo.firstOrganisation(ctx.db);
}
