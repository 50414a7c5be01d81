/**
 * Demo activity for a freshly seeded demo (after seedDemo, never in production): about five months
 * of ALLEO's commercial life played through the product's own use cases and its nightly sweep, so
 * that every screen has something to show and every invariant holds (gapless numbers, the evidence
 * chain, decisions citing their articles, PDFs stored). The story is dated relative to the day it
 * is seeded and ends yesterday; today's sweep then runs at the real time.
 */
import { parisDate, type AppContext } from '../context.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { isAlleoWorkingDay } from '../kernel/calendar.ts';
import { addDays } from '../kernel/dates.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';
import { runSweep } from '../sweep/run-sweep.ts';
import { loadCast } from './activity/cast.ts';
import { StoryClock } from './activity/clock.ts';
import { Office } from './activity/office.ts';
import { collectionChapter } from './activity/story-collection.ts';
import { lifecycleChapter } from './activity/story-lifecycle.ts';
import { ordersChapter } from './activity/story-orders.ts';
import { DEMO_CLIENTS } from './demo-data.ts';

/** How far back the story starts. */
export const STORY_DAYS = 150;

export interface ActivityResult {
  seeded: boolean;
  /** First and last day of the story (Europe/Paris). */
  from: string;
  to: string;
  /** Days the nightly sweep ran for, today's included. */
  sweeps: number;
}

/** Cabinet Durand pays by SEPA direct debit: each invoice is collected a week after its issue. */
function directDebits(office: Office, clientId: string, mandate: string) {
  return async (date: string) => {
    if (!isAlleoWorkingDay(date)) return;
    for (const inv of await office.openInvoicesOf(clientId)) {
      if (inv.issueDate && addDays(inv.issueDate, 7) <= date) {
        await office.pay(
          clientId,
          'direct-debit',
          [{ invoiceId: inv.id, amountCents: inv.openCents }],
          `PRLV SEPA ${mandate} ${inv.number}`,
        );
      }
    }
  };
}

/**
 * Plays the demo story into a database seedDemo has just filled (its users, clients and catalogue);
 * does nothing when the database already has quotes.
 */
export async function seedDemoActivity(ctx: AppContext, handle: DatabaseHandle): Promise<ActivityResult> {
  const today = parisDate(ctx.now());
  const from = addDays(today, -STORY_DAYS);
  if (await ctx.db.selectFrom('quotes').select('id').limit(1).executeTakeFirst())
    return { seeded: false, from, to: from, sweeps: 0 };
  const org = await defaultOrganisation(ctx);
  if (!org) throw new Error('No organisation: run seedDemo first');

  const clock = new StoryClock(ctx, handle, today, from);
  const office = new Office(clock, await loadCast(ctx, org.id));
  const durand = DEMO_CLIENTS[2]!;
  clock.onEachDay(directDebits(office, office.cast.clients.durand, durand.mandate_reference ?? durand.legal_name));

  const orders = await ordersChapter(clock, office);
  await collectionChapter(clock, office, orders);
  await lifecycleChapter(clock, office, orders);
  // Every night up to yesterday has had its sweep; today's runs now, at the real time.
  await clock.goTo(addDays(today, -1));
  await runSweep(ctx, handle, { asOf: today });
  return { seeded: true, from, to: addDays(today, -1), sweeps: clock.sweeps + 1 };
}
