import { parisDate, type AppContext } from '../../context.ts';
import { pushDeadline, pushDeadlineBy, type SuspensionInterval } from '../contracts/index.ts';

type DatedRow = { contract_id: string; date: string; created_at: string };

/**
 * Force majeure suspends the deadlines that run for the obligations it prevents (art. 16.1): the
 * client's confirmation of a proposed intervention date (art. 6.9) and the date itself are pushed
 * by the days of the contract's force-majeure events that fall between the proposal of the date
 * (its creation) and the pushed date. Rule intervention.confirmation is asked about this date, so
 * that a client prevented from confirming does not lose the guarantee of the date for it.
 */
export async function dateForConfirmation(ctx: Pick<AppContext, 'db'>, orgId: string, row: DatedRow): Promise<string> {
  const proposedOn = parisDate(new Date(row.created_at));
  return proposedOn >= row.date ? row.date : pushDeadline(ctx, orgId, row.contract_id, proposedOn, row.date);
}

/**
 * `dateForConfirmation` from the contract's events already read: the read models of many
 * interventions read the events of all their contracts in one query, then push each date here,
 * so that the "confirm by" date they show is the one the rule will apply.
 */
export function dateForConfirmationBy(events: readonly SuspensionInterval[], row: DatedRow): string {
  const proposedOn = parisDate(new Date(row.created_at));
  return proposedOn >= row.date ? row.date : pushDeadlineBy(events, proposedOn, row.date);
}
