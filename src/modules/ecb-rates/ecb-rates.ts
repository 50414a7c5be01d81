import type { AppContext } from '../../context.ts';
import { cachedReference } from '../../db/reference-cache.ts';
import type { EcbRatesTable } from '../../db/schema.ts';
import { ECB_MRO_RATES, type EcbRate, parseEcbMroCsv } from '../../terms/index.ts';
import * as repo from './ecb-rates.repo.ts';

/** Puts the history shipped with the product into an empty table (first start). */
export async function ensureShippedRates(ctx: AppContext): Promise<void> {
  const existing = await repo.listRates(ctx.db);
  if (existing.length > 0) return;
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of ECB_MRO_RATES)
      await repo.insertRate(trx, {
        effective_from: r.effectiveFrom,
        rate_percent: r.ratePercent,
        source: 'shipped',
        imported_at: now,
      });
  });
}

/** The ECB main refinancing rate history as the rules read it (oldest first). */
export function loadEcbRates(ctx: AppContext): Promise<readonly EcbRate[]> {
  // Kept in memory while unchanged (ADR 0038): the same array each time, so the rate steps the
  // rules derive from it are computed once (rules/rate-steps.ts caches them per array).
  return cachedReference(ctx.db, 'ecb_rates', ['effective_from'], (r: EcbRatesTable): EcbRate => ({
    effectiveFrom: r.effective_from,
    ratePercent: r.rate_percent,
  }));
}

export async function listEcbRates(ctx: AppContext) {
  return (await repo.listRates(ctx.db)).map((r) => ({
    effectiveFrom: r.effective_from,
    ratePercent: r.rate_percent,
    source: r.source,
    importedAt: r.imported_at,
  }));
}

export interface ImportReport {
  rowsInFile: number;
  added: number;
  changed: number;
  unchanged: number;
}

/**
 * Imports the ECB Data Portal CSV of series FM.D.U2.EUR.4F.KR.MRR_FR.LEV. The whole file is
 * parsed first: a malformed file changes nothing. Running it twice changes nothing the second time.
 */
export async function importEcbCsv(ctx: AppContext, csvText: string, sourceName: string): Promise<ImportReport> {
  const parsed = parseEcbMroCsv(csvText);
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const current = new Map((await repo.listRates(trx)).map((r) => [r.effective_from, r.rate_percent]));
    const report: ImportReport = { rowsInFile: parsed.length, added: 0, changed: 0, unchanged: 0 };
    for (const r of parsed) {
      const existing = current.get(r.effectiveFrom);
      if (existing === undefined) {
        await repo.insertRate(trx, {
          effective_from: r.effectiveFrom,
          rate_percent: r.ratePercent,
          source: sourceName,
          imported_at: now,
        });
        report.added++;
      } else if (Number(existing) !== Number(r.ratePercent)) {
        await repo.updateRate(trx, r.effectiveFrom, {
          rate_percent: r.ratePercent,
          source: sourceName,
          imported_at: now,
        });
        report.changed++;
      } else {
        report.unchanged++;
      }
    }
    return report;
  });
}
