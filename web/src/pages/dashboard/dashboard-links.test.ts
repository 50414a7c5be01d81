import { describe, expect, it } from 'vitest';
import { dashboardLinks, monthEnd, shiftDate } from './dashboard-links.ts';

describe('dashboard links', () => {
  it('shifts civil dates across months and years', () => {
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });

  it('links each ageing bucket to the overdue invoices due in it, bounds inclusive and disjoint', () => {
    const links = dashboardLinks({
      asOf: '2026-03-02',
      bounds: {
        late30: '2026-01-31',
        late60: '2026-01-01',
        late90: '2025-12-02',
        week: '2026-03-08',
        in7: '2026-03-09',
        in30: '2026-04-01',
        in60: '2026-05-01',
        in90: '2026-05-31',
      },
    });
    expect(links.ageing).toEqual([
      '/invoices?filter=overdue&dueFrom=2026-01-31&dueTo=2026-03-01',
      '/invoices?filter=overdue&dueFrom=2026-01-01&dueTo=2026-01-30',
      '/invoices?filter=overdue&dueFrom=2025-12-02&dueTo=2025-12-31',
      '/invoices?filter=overdue&dueTo=2025-12-01',
    ]);
    expect(links.dueThisWeek).toBe('/invoices?filter=due&dueFrom=2026-03-02&dueTo=2026-03-08');
    expect(links.invoicedIn('2026-02')).toBe('/invoices?filter=issued&issuedFrom=2026-02-01&issuedTo=2026-02-28');
    expect(links.overdueOf('c1')).toBe('/invoices?filter=overdue&clientId=c1');
  });

  it('links each work figure to its list filtered as the figure counts', () => {
    const links = dashboardLinks({
      asOf: '2026-03-02',
      bounds: {
        late30: '2026-01-31',
        late60: '2026-01-01',
        late90: '2025-12-02',
        week: '2026-03-08',
        in7: '2026-03-09',
        in30: '2026-04-01',
        in60: '2026-05-01',
        in90: '2026-05-31',
      },
    });
    expect(links.failedMails).toBe('/outbox?status=failed');
    expect(links.deliveries).toBe('/deliveries?view=to-do');
    expect(links.interventions).toBe('/interventions?status=scheduled&confirmation=pending&from=2026-03-02');
    expect(links.insurance).toBe('/rentals?insurance=missing');
    expect(links.dataRequests).toBe('/privacy?dueSoon=true');
    expect(links.dunning).toBe('/dunning?stepDue=true');
  });
});
