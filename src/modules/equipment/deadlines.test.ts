import { describe, expect, it } from 'vitest';
import { ALLEO_V1 } from '../../terms/index.ts';
import { incidentDecision, lateReturnDecision, pushedReturnDueOn, reservationDecision } from './deadlines.ts';

const terms = ALLEO_V1;

describe('equipment deadlines pushed by force majeure (art. 16.1)', () => {
  it('the reservation deadline: the jours ouvrables start after the suspended days', () => {
    const plain = reservationDecision({ asOf: '2026-03-02', terms, deliveredOn: '2026-03-02' });
    const suspensions = [{ start_date: '2026-03-03', end_date: '2026-03-04' }];
    const pushed = reservationDecision({ asOf: '2026-03-02', terms, deliveredOn: '2026-03-02', suspensions });
    // Two days suspended: as if delivered two days later.
    expect(pushed.deadline).toBe(
      reservationDecision({ asOf: '2026-03-02', terms, deliveredOn: '2026-03-04' }).deadline,
    );
    expect(String(pushed.deadline) > String(plain.deadline)).toBe(true);
    const confirmedOn = String(plain.deadline).replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0'));
    const args = { asOf: '2026-03-20', terms, deliveredOn: '2026-03-02', confirmedToCarrierOn: confirmedOn };
    expect(reservationDecision(args).outcome).toBe('late');
    expect(reservationDecision({ ...args, suspensions }).outcome).toBe('in-time');
    // An event after the deadline changes nothing.
    expect(reservationDecision({ ...args, suspensions: [{ start_date: '2026-03-15', end_date: null }] }).outcome).toBe(
      'late',
    );
  });

  it('the incident report: 48 hours pushed by the suspended days', () => {
    const base = {
      asOf: '2026-03-13',
      terms,
      eventAt: '2026-03-10T10:00:00+01:00',
      reportedAt: '2026-03-13T10:00:00+01:00',
    };
    expect(incidentDecision(base).outcome).toBe('late');
    expect(
      incidentDecision({ ...base, suspensions: [{ start_date: '2026-03-11', end_date: '2026-03-11' }] }).outcome,
    ).toBe('in-time');
    expect(incidentDecision({ ...base, suspensions: [] }).outcome).toBe('late');
  });

  it('the return due date: every suspended day from the delivery to the return, no more', () => {
    const unit = { returnDueOn: '2026-04-16', deliveredOn: '2026-03-17', until: '2026-05-03' };
    expect(pushedReturnDueOn({ ...unit, suspensions: [{ start_date: '2026-04-20', end_date: '2026-04-24' }] })).toBe(
      '2026-04-21',
    );
    expect(pushedReturnDueOn({ ...unit, suspensions: [{ start_date: '2026-03-20', end_date: '2026-03-29' }] })).toBe(
      '2026-04-26',
    );
    expect(pushedReturnDueOn({ ...unit, suspensions: [{ start_date: '2026-05-04', end_date: null }] })).toBe(
      '2026-04-16',
    );
    const late = (suspensions?: Array<{ start_date: string; end_date: string | null }>) =>
      lateReturnDecision({
        asOf: '2026-05-03',
        terms,
        returnDueOn: '2026-04-16',
        deliveredOn: '2026-03-17',
        returnedOn: '2026-05-03',
        monthlyRentCents: 3000,
        ...(suspensions ? { suspensions } : {}),
      });
    expect(late().daysLate).toBe(17);
    expect(late([{ start_date: '2026-04-20', end_date: '2026-04-24' }]).daysLate).toBe(12);
    expect(late([{ start_date: '2026-04-20', end_date: '2026-04-24' }]).indemnityCents).toBe(1200);
  });
});
