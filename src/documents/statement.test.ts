import { describe, expect, it } from 'vitest';
import { SAMPLE_CLIENT, SAMPLE_SELLER } from './samples.ts';
import { renderStatementPdf, type StatementDocument } from './statement.ts';
import { pdfText } from './test-support.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

const model: StatementDocument = {
  asOf: '2026-06-30',
  recoveryIndemnityCents: 4000,
  seller: SAMPLE_SELLER,
  client: SAMPLE_CLIENT,
  invoices: [
    {
      kind: 'invoice',
      number: 'F-2026-0000001',
      issueDate: '2026-03-02',
      dueDate: '2026-04-01',
      correctsNumber: null,
      grossCents: 120000,
      paidCents: 50000,
      creditedCents: 0,
      openCents: 70000,
      paymentState: 'overdue',
      daysPastDue: 90,
      daysLate: 90,
      acceleratedOn: null,
      lateInterestCents: 1945,
      lateIndemnityCents: 4000,
    },
    {
      kind: 'invoice',
      number: 'F-2026-0000002',
      issueDate: '2026-06-15',
      dueDate: '2026-07-15',
      correctsNumber: null,
      grossCents: 30000,
      paidCents: 0,
      creditedCents: 0,
      openCents: 30000,
      paymentState: 'due',
      daysPastDue: 0,
      daysLate: 0,
      acceleratedOn: '2026-06-20',
      lateInterestCents: 0,
      lateIndemnityCents: 0,
    },
    {
      kind: 'credit-note',
      number: 'AV-2026-0000001',
      issueDate: '2026-06-16',
      dueDate: '2026-06-16',
      correctsNumber: 'F-2026-0000003',
      grossCents: 6000,
      paidCents: 0,
      creditedCents: 0,
      openCents: 0,
      paymentState: 'credit-note',
      daysPastDue: 0,
      daysLate: 0,
      acceleratedOn: null,
      lateInterestCents: 0,
      lateIndemnityCents: 0,
    },
  ],
  debitNotes: [
    {
      number: 'ND-2026-0000001',
      issueDate: '2026-05-02',
      dueDate: '2026-06-01',
      totalCents: 5945,
      paidCents: 0,
      openCents: 5945,
    },
  ],
  payments: [
    {
      receivedOn: '2026-04-10',
      means: 'bank-transfer',
      reference: 'VIR-123',
      amountCents: 55000,
      allocatedCents: 50000,
      unallocatedCents: 5000,
      status: 'recorded',
      reversedOn: null,
      allocations: [{ number: 'F-2026-0000001', amountCents: 50000 }],
    },
    {
      receivedOn: '2026-05-05',
      means: 'direct-debit',
      reference: null,
      amountCents: 30000,
      allocatedCents: 30000,
      unallocatedCents: 0,
      status: 'reversed',
      reversedOn: '2026-05-09',
      allocations: [{ number: 'F-2026-0000003', amountCents: 30000 }],
    },
  ],
  totals: {
    openInvoicesCents: 100000,
    openDebitNotesCents: 5945,
    unallocatedCreditCents: 5000,
    balanceCents: 100945,
    dueInvoicesCents: 100000,
    dueDebitNotesCents: 5945,
    accruedInterestCents: 0,
    unclaimedIndemnitiesCents: 0,
    owedTodayCents: 100945,
  },
  ageing: { notDueCents: 30000, days1To30Cents: 0, days31To60Cents: 0, days61To90Cents: 70000, over90Cents: 0 },
};

describe('renderStatementPdf', () => {
  it('prints the situation, every document, the payments, the ageing and what is owed', async () => {
    const pdf = await pdfText(await renderStatementPdf(model));
    const text = flat(pdf.text);
    expect(text).toContain('RELEVÉ DE COMPTE');
    expect(text).toContain('Situation au 30 juin 2026');
    expect(text).toContain('Transports Morel SAS');
    expect(text).toMatch(/F-2026-0000001 02\/03\/2026 01\/04\/2026 1 200,00 € 500,00 € 0,00 € 700,00 € Échue \(90 j\)/);
    expect(text).toContain('Exigible (art. 10.3)');
    expect(text).toMatch(/AV-2026-0000001 .*-60,00 €.*Avoir sur F-2026-0000003/);
    expect(text).toContain('ND-2026-0000001');
    expect(text).toContain('F-2026-0000001 : 500,00 €');
    expect(text).toContain('Rejeté le 09/05/2026 (annulé)');
    expect(text).toContain('Solde du compte 1 009,45 €');
    expect(text).toContain('Montant exigible au 30 juin 2026 1 009,45 €');
    expect(text).toMatch(
      /Non échu 1 à 30 jours 31 à 60 jours 61 à 90 jours Plus de 90 jours Total 300,00 € 0,00 € 0,00 € 700,00 € 0,00 € 1 000,00 €/,
    );
    expect(text).toContain('19,45 €');
    expect(text).toContain('L441-9');
    expect(pdf.info).toMatchObject({ CreationDate: 'D:20260630000000Z' });
  });

  it('states the recovery indemnity of the terms version, not a fixed amount', async () => {
    expect(flat((await pdfText(await renderStatementPdf(model))).text)).toContain(
      'indemnité forfaitaire pour frais de recouvrement de 40 € par facture',
    );
    const other = flat((await pdfText(await renderStatementPdf({ ...model, recoveryIndemnityCents: 4550 }))).text);
    expect(other).toContain('indemnité forfaitaire pour frais de recouvrement de 45,50 € par facture');
  });

  it('is deterministic', async () => {
    const a = await renderStatementPdf(model);
    const b = await renderStatementPdf(model);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
