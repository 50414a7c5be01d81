/**
 * The filtered list behind each figure of the dashboard, built from the bounds the server
 * computed the figure with (its "today", not the browser's). Bounds are inclusive civil dates.
 */
import type { Dashboard } from '../../data/dashboard.ts';

/** The civil date `n` days after `date` (YYYY-MM-DD, no time zone involved). */
export function shiftDate(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The last day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

const qs = (params: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return p.toString();
};

export function dashboardLinks(d: Pick<Dashboard, 'asOf' | 'bounds'>) {
  const b = d.bounds;
  const yesterday = shiftDate(d.asOf, -1);
  return {
    overdue: `/invoices?${qs({ filter: 'overdue' })}`,
    /** 0–30, 31–60, 61–90, > 90 days late: by due date. */
    ageing: [
      `/invoices?${qs({ filter: 'overdue', dueFrom: b.late30, dueTo: yesterday })}`,
      `/invoices?${qs({ filter: 'overdue', dueFrom: b.late60, dueTo: shiftDate(b.late30, -1) })}`,
      `/invoices?${qs({ filter: 'overdue', dueFrom: b.late90, dueTo: shiftDate(b.late60, -1) })}`,
      `/invoices?${qs({ filter: 'overdue', dueTo: shiftDate(b.late90, -1) })}`,
    ],
    dueThisWeek: `/invoices?${qs({ filter: 'due', dueFrom: d.asOf, dueTo: b.week })}`,
    expected: [
      `/invoices?${qs({ filter: 'due', dueFrom: d.asOf, dueTo: b.in30 })}`,
      `/invoices?${qs({ filter: 'due', dueFrom: shiftDate(b.in30, 1), dueTo: b.in60 })}`,
      `/invoices?${qs({ filter: 'due', dueFrom: shiftDate(b.in60, 1), dueTo: b.in90 })}`,
    ],
    overdueOf: (clientId: string) => `/invoices?${qs({ filter: 'overdue', clientId })}`,
    invoicedIn: (month: string) =>
      `/invoices?${qs({ filter: 'issued', issuedFrom: `${month}-01`, issuedTo: monthEnd(month) })}`,
    /** The overdue invoices with a dunning step due and not done. */
    dunning: `/dunning?${qs({ stepDue: 'true' })}`,
    /** From today: an issued quote already past its date is left to the expiry sweep, not counted. */
    quotesExpiring: `/quotes?${qs({ status: 'issued', expiresFrom: d.asOf, expiresTo: b.in7 })}`,
    quotesToAcknowledge: `/quotes?${qs({ status: 'accepted', awaiting: 'acknowledgement' })}`,
    rentalFiles: `/quotes?${qs({ status: 'accepted', awaiting: 'lessor' })}`,
    failedMails: `/outbox?${qs({ status: 'failed' })}`,
    /** The active contracts with goods and nothing delivered yet. */
    deliveries: `/deliveries?${qs({ view: 'to-do' })}`,
    /** Scheduled, the client's confirmation pending, from the server's today on (as the figure). */
    interventions: `/interventions?${qs({ status: 'scheduled', confirmation: 'pending', from: d.asOf })}`,
    /** The active rentals without an all-risk certificate valid today. */
    insurance: `/rentals?${qs({ insurance: 'missing' })}`,
    dataRequests: `/privacy?${qs({ dueSoon: 'true' })}`,
  };
}
