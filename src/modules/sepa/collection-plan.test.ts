import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../kernel/dates.ts';
import {
  earliestCollectionDate,
  bankOfIban,
  filesOf,
  pendingAmendment,
  planCollection,
  type PlanInvoice,
  type PlanMandate,
} from './collection-plan.ts';
import { addTargetDays, easterSunday, isTargetDay, onOrAfterTargetDay } from './target-calendar.ts';

const DELAYS = { sepaPreNotificationDays: 14, sepaCoreLeadBusinessDays: 1, sepaB2bLeadBusinessDays: 1 };
const inv = (id: string, clientId: string, dueDate: string, over: Partial<PlanInvoice> = {}): PlanInvoice => ({
  id,
  number: `F-2026-${id}`,
  issueDate: '2026-03-01',
  dueDate,
  openCents: 1000,
  clientId,
  clientName: `Client ${clientId}`,
  paymentMethod: 'direct-debit',
  ...over,
});
const mandate = (clientId: string, over: Partial<PlanMandate> = {}): PlanMandate => ({
  id: `M-${clientId}`,
  clientId,
  reference: `RUM-${clientId}`,
  scheme: 'CORE',
  signedOn: '2026-01-10',
  debtorName: `Client ${clientId}`,
  debtorIban: 'FR7630004000031234567890143',
  debtorBic: null,
  status: 'active',
  firstUsedOn: null,
  ...over,
});

describe('TARGET calendar', () => {
  it('knows Easter and the closing days', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(isTargetDay('2026-04-03' as CivilDate)).toBe(false); // Good Friday
    expect(isTargetDay('2026-04-06' as CivilDate)).toBe(false); // Easter Monday
    expect(isTargetDay('2026-05-01' as CivilDate)).toBe(false);
    expect(isTargetDay('2026-12-26' as CivilDate)).toBe(false);
    expect(isTargetDay('2026-05-08' as CivilDate)).toBe(true); // a French holiday, not a TARGET one
    expect(onOrAfterTargetDay('2026-12-25' as CivilDate)).toBe('2026-12-28');
    expect(addTargetDays('2026-04-02' as CivilDate, 1)).toBe('2026-04-07');
  });
});

describe('collection plan (art. 10.1 delays)', () => {
  it('keeps the due date when the delays allow it, else the first day they allow', () => {
    expect(earliestCollectionDate('2026-03-02' as CivilDate, 'CORE', DELAYS)).toBe('2026-03-16');
    // 14 days from 20 March is Good Friday 3 April: the next TARGET day is Tuesday 7 April.
    expect(earliestCollectionDate('2026-03-20' as CivilDate, 'B2B', DELAYS)).toBe('2026-04-07');
    const plan = planCollection(
      '2026-03-02' as CivilDate,
      DELAYS,
      [inv('1', 'a', '2026-03-05'), inv('2', 'a', '2026-04-01')],
      [mandate('a')],
    );
    expect(plan.debits.map((d) => [d.number, d.collectionDate, d.sequence])).toEqual([
      ['F-2026-1', '2026-03-16', 'FRST'],
      ['F-2026-2', '2026-04-01', 'RCUR'],
    ]);
    expect(filesOf(plan.debits).map((f) => `${f.scheme}/${f.collectionDate}/${f.debits.length}`)).toEqual([
      'CORE/2026-03-16/1',
      'CORE/2026-04-01/1',
    ]);
  });

  it('is RCUR once the mandate was used, per scheme in separate files', () => {
    const plan = planCollection(
      '2026-03-02' as CivilDate,
      DELAYS,
      [inv('1', 'a', '2026-04-01'), inv('2', 'b', '2026-04-01')],
      [mandate('a', { firstUsedOn: '2026-02-01' }), mandate('b', { scheme: 'B2B' })],
    );
    expect(plan.debits.map((d) => `${d.scheme}/${d.sequence}`)).toEqual(['CORE/RCUR', 'B2B/FRST']);
    expect(filesOf(plan.debits)).toHaveLength(2);
  });

  it('skips and lists an invoice without a usable mandate, never puts it in a file', () => {
    const plan = planCollection(
      '2026-03-02' as CivilDate,
      DELAYS,
      [
        inv('1', 'none', '2026-04-01'),
        inv('2', 'revoked', '2026-04-01'),
        inv('3', 'bad', '2026-04-01'),
        inv('4', 'transfer', '2026-04-01', { paymentMethod: 'bank-transfer' }),
        inv('5', 'ok', '2026-04-01'),
      ],
      [
        mandate('revoked', { status: 'revoked' }),
        mandate('bad', { debtorIban: 'FR7630004000031234567890144' }),
        mandate('transfer'),
        mandate('ok'),
      ],
    );
    expect(plan.debits.map((d) => d.invoiceId)).toEqual(['5']);
    expect(plan.skipped.map((s) => [s.invoiceId, s.reason])).toEqual([
      ['1', 'no active SEPA mandate for the client'],
      ['2', 'no active SEPA mandate for the client'],
      ['3', 'invalid IBAN on the mandate'],
      ['4', 'the client no longer pays by direct debit'],
    ]);
  });
});

describe('mandate amendments (EPC rulebook AT-24)', () => {
  const BNP = 'FR7630004000031234567890143';
  const BNP_OTHER = 'FR7630004000031234567890240';
  const LBP = 'FR1420041010050500013M02606';

  it('keeps the values before the first amendment since the last collection, and tells another bank', () => {
    expect(bankOfIban(BNP)).toBe('FR30004');
    expect(bankOfIban('DE89370400440532013000')).toBe('DE37040044');
    const current = { reference: 'RUM-3', debtorIban: BNP_OTHER, debtorBic: 'BNPAFRPP' };
    expect(
      pendingAmendment(
        [{ before: { reference: 'RUM-1', debtorIban: BNP } }, { before: { reference: 'RUM-2' } }],
        current,
      ),
    ).toEqual({ originalReference: 'RUM-1', originalDebtorIban: BNP, otherBank: false });
    expect(pendingAmendment([{ before: { debtorIban: LBP, debtorBic: null } }], current)).toEqual({
      originalReference: null,
      originalDebtorIban: LBP,
      otherBank: true,
    });
    // A new BIC of the same institution (branch code only) or a name change flag nothing the file carries.
    expect(pendingAmendment([{ before: { debtorBic: 'BNPAFRPPXXX', debtorName: 'Ancien nom' } }], current)).toBeNull();
    // Changed and changed back: nothing to flag.
    expect(pendingAmendment([{ before: { reference: 'RUM-3' } }], current)).toBeNull();
  });

  it('a used mandate moved to another bank is FRST again, flagged on its first date only', () => {
    const amendment = { originalReference: null, originalDebtorIban: BNP, otherBank: true };
    const plan = planCollection(
      '2026-03-02' as CivilDate,
      DELAYS,
      [inv('1', 'a', '2026-04-01'), inv('2', 'a', '2026-05-04'), inv('3', 'b', '2026-04-01')],
      [
        mandate('a', { firstUsedOn: '2026-02-01', debtorIban: LBP, amendment }),
        mandate('b', {
          firstUsedOn: '2026-02-01',
          amendment: { originalReference: 'RUM-OLD', originalDebtorIban: null, otherBank: false },
        }),
      ],
    );
    expect(plan.debits.map((d) => [d.number, d.sequence, d.amendment])).toEqual([
      ['F-2026-1', 'FRST', amendment],
      ['F-2026-2', 'RCUR', null],
      ['F-2026-3', 'RCUR', { originalReference: 'RUM-OLD', originalDebtorIban: null, otherBank: false }],
    ]);
  });
});
