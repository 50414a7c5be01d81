import { describe, expect, it } from 'vitest';
import { xsdProblems } from '../../iso20022/index.ts';
import { xmllintSchema } from '../../../test/helpers/camt.ts';
import { pain008Xml, sepaIdProblem, sepaText, type Pain008 } from './pain008.ts';

const FILE: Pain008 = {
  messageId: 'ALLEO-SDD-20260310-0001',
  createdAt: '2026-03-02T09:00:00',
  creditor: { name: 'ALLEO SASU', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR12ZZZ123456' },
  blocks: [
    {
      id: 'SDD-20260310-CORE-FRST',
      scheme: 'CORE',
      sequence: 'FRST',
      collectionDate: '2026-03-10',
      debits: [
        {
          endToEndId: 'F-2026-0000001',
          amountCents: 12000,
          mandateReference: 'ALLEO-MOREL-2026-001',
          mandateSignedOn: '2026-01-15',
          debtorName: 'Société Générale & Fils – Mâcon',
          debtorIban: 'FR1420041010050500013M02606',
          debtorBic: null,
          remittance: 'Facture F-2026-0000001 du 2 mars 2026 (loyer n° 3)',
        },
      ],
    },
    {
      id: 'SDD-20260310-CORE-RCUR',
      scheme: 'CORE',
      sequence: 'RCUR',
      collectionDate: '2026-03-10',
      debits: [
        {
          endToEndId: 'F-2026-0000002',
          amountCents: 34560,
          mandateReference: 'ALLEO-PARC-2025-007',
          mandateSignedOn: '2025-06-01',
          debtorName: 'Clinique du Parc SA',
          debtorIban: 'FR7630004000031234567890143',
          debtorBic: 'BNPAFRPPXXX',
          remittance: 'Facture F-2026-0000002',
        },
        {
          endToEndId: 'F-2026-0000003',
          amountCents: 5,
          mandateReference: 'ALLEO-PARC-2025-007',
          mandateSignedOn: '2025-06-01',
          debtorName: 'Clinique du Parc SA',
          debtorIban: 'FR7630004000031234567890143',
          debtorBic: 'BNPAFRPPXXX',
          remittance: 'Facture F-2026-0000003',
        },
      ],
    },
  ],
};

describe('pain.008.001.02 (SEPA direct debit)', () => {
  it('validates against the ISO schema (system xmllint and the product’s own check)', async () => {
    const xml = pain008Xml(FILE);
    expect(xmllintSchema(xml, 'pain.008.001.02')).toEqual({ ok: true, output: '' });
    expect(await xsdProblems(xml, 'pain.008.001.02')).toEqual([]);
  });

  it('states control sums and counts per block and for the file', () => {
    const xml = pain008Xml(FILE);
    expect(xml).toContain('<GrpHdr>\n      <MsgId>ALLEO-SDD-20260310-0001</MsgId>');
    expect(xml.match(/<NbOfTxs>(\d+)<\/NbOfTxs>/g)).toEqual([
      '<NbOfTxs>3</NbOfTxs>',
      '<NbOfTxs>1</NbOfTxs>',
      '<NbOfTxs>2</NbOfTxs>',
    ]);
    expect(xml.match(/<CtrlSum>([\d.]+)<\/CtrlSum>/g)).toEqual([
      '<CtrlSum>465.65</CtrlSum>',
      '<CtrlSum>120.00</CtrlSum>',
      '<CtrlSum>345.65</CtrlSum>',
    ]);
    expect(xml).toContain('<InstdAmt Ccy="EUR">0.05</InstdAmt>');
    expect(xml).toContain('<SeqTp>FRST</SeqTp>');
    expect(xml).toContain('<Othr><Id>NOTPROVIDED</Id></Othr>');
  });

  it('writes texts in the SEPA Latin character set, cut to their length', () => {
    const xml = pain008Xml(FILE);
    expect(xml).toContain('<Nm>Societe Generale + Fils - Macon</Nm>');
    expect(xml).toContain('<Ustrd>Facture F-2026-0000001 du 2 mars 2026 (loyer n 3)</Ustrd>');
    expect(sepaText('x'.repeat(80), 70)).toHaveLength(70);
    for (const text of xml.match(/<(Nm|Ustrd)>[^<]*</g)!)
      expect(text.slice(text.indexOf('>') + 1, -1)).toMatch(/^[a-zA-Z0-9/\-?:().,'+ ]*$/);
  });

  it('refuses identifiers that break the EPC rules', () => {
    expect(sepaIdProblem('A'.repeat(35))).toBeNull();
    expect(sepaIdProblem('A'.repeat(36))).toMatch(/35/);
    expect(sepaIdProblem('/ABC')).toMatch(/'\/'/);
    expect(sepaIdProblem('AB//C')).toMatch(/'\/\/'/);
    expect(sepaIdProblem('RUM É')).toMatch(/Latin/);
    const bad = structuredClone(FILE);
    bad.blocks[0]!.debits[0]!.mandateReference = 'RUM-TROP-LONGUE-' + 'X'.repeat(30);
    expect(() => pain008Xml(bad)).toThrow(/35/);
  });

  it('flags an amendment: original mandate id and account (same bank), or SMNDA (another bank); valid either way', async () => {
    const amended = structuredClone(FILE);
    const [parc2, parc3] = amended.blocks[1]!.debits;
    parc2!.amendment = {
      originalReference: 'ALLEO-PARC-2024-001',
      originalDebtorIban: 'FR7630004000031234567890240',
      otherBank: false,
    };
    amended.blocks[0]!.debits[0]!.amendment = {
      originalReference: null,
      originalDebtorIban: 'FR7630004000031234567890143',
      otherBank: true,
    };
    parc3!.amendment = null;
    const xml = pain008Xml(amended);
    expect(xml).toContain(
      '<AmdmntInd>true</AmdmntInd><AmdmntInfDtls><OrgnlMndtId>ALLEO-PARC-2024-001</OrgnlMndtId><OrgnlDbtrAcct><Id><IBAN>FR7630004000031234567890240</IBAN></Id></OrgnlDbtrAcct></AmdmntInfDtls>',
    );
    // Another bank: the original account is not given, the agent says SMNDA (EPC rulebook AT-24).
    expect(xml).toContain(
      '<AmdmntInd>true</AmdmntInd><AmdmntInfDtls><OrgnlDbtrAgt><FinInstnId><Othr><Id>SMNDA</Id></Othr></FinInstnId></OrgnlDbtrAgt></AmdmntInfDtls>',
    );
    expect(xml.match(/<AmdmntInd>false<\/AmdmntInd>/g)).toHaveLength(1);
    expect(xmllintSchema(xml, 'pain.008.001.02')).toEqual({ ok: true, output: '' });
    expect(await xsdProblems(xml, 'pain.008.001.02')).toEqual([]);
  });
});
