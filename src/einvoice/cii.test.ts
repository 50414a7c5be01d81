import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { InvoiceDocument } from '../documents/invoice-model.ts';
import { MoneyDecimal, roundCents } from '../kernel/money.ts';
import { buildCii, ciiAmount, ciiLine, ciiPrice, ciiProblems, escapeXml, parseFrenchAddress } from './cii.ts';
import {
  EINVOICE_SAMPLES,
  priceLines,
  sampleCreditNote,
  sampleMixedInvoice,
  samplePublicBuyerInvoice,
  sampleRentInvoice,
} from './samples.ts';
import { facturXXmp } from './xmp.ts';

// ---------------------------------------------------------------------------------------------
// The official offline validator (/work/shared/einvoice, README.md there). It must really run:
// missing tooling fails the tests with the command that installs it (CI installs it).

const INSTALL_HINT = 'apt-get install -y default-jre-headless libsaxonhe-java libxml2-utils poppler-utils';
const here = dirname(fileURLToPath(import.meta.url));
const VALIDATOR_DIR = [
  process.env.EINVOICE_VALIDATOR_DIR,
  resolve(here, '../../../shared/einvoice'),
  '/work/shared/einvoice',
].find((dir): dir is string => Boolean(dir) && existsSync(join(dir!, 'validate-cii.sh')));
/**
 * Each validator run starts 3 to 4 JVMs (≈ 5 s on an idle machine, the two runs of a sample in
 * parallel ≈ 10 s); a loaded CI machine can be ten times slower, hence the generous timeout.
 */
const VALIDATOR_TIMEOUT_MS = 300_000;
const tmp = mkdtempSync(join(tmpdir(), 'clausier-cii-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface RunResult {
  code: number;
  output: string;
}

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 280_000 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        if (!error) return done({ code: 0, output });
        // Killed (timeout): -1. A missing program is a tooling problem, like the validator's exit code 2.
        const code = typeof error.code === 'number' ? error.code : error.killed ? -1 : 2;
        done({ code, output: `${output}${error.killed ? 'killed after the timeout\n' : ''}${error.message}\n` });
      },
    );
  });
}

function validatorScript(): string {
  if (!VALIDATOR_DIR) {
    throw new Error(
      'The e-invoice validator (validate-cii.sh) was not found: set EINVOICE_VALIDATOR_DIR, or provide /work/shared/einvoice',
    );
  }
  return join(VALIDATOR_DIR, 'validate-cii.sh');
}

function failOnTooling(result: RunResult, what: string): void {
  if (result.code === 2) {
    throw new Error(
      `${what}: the validation tooling is missing or broken (exit 2). Install it with:\n  ${INSTALL_HINT}\n(CI installs it.) Output:\n${result.output}`,
    );
  }
}

/** The warnings the validator printed, as "id at location". */
function warnings(output: string): string[] {
  const out: string[] = [];
  const lines = output.split('\n');
  lines.forEach((line, i) => {
    const m = /^\s+(warning|info)\s+(\S+)/.exec(line);
    if (m) out.push(`${m[2]} ${(lines[i + 1] ?? '').trim()}`);
  });
  return out;
}

/**
 * Empty ram:ApplicableHeaderTradeDelivery (PEPPOL-EN16931-R008, warning only): the XSD requires the
 * element, and an invoice without delivery address or operation date (a rent billed for a period)
 * has nothing to put in it.
 */
const ACCEPTED_WARNING =
  /^FX-SCH-A-000372 at \/CrossIndustryInvoice\[1\]\/SupplyChainTradeTransaction\[1\]\/ApplicableHeaderTradeDelivery\[1\]$/;

async function validate(file: string, args: string[]): Promise<RunResult> {
  const result = await run(validatorScript(), [...args, file]);
  const label = `validate-cii.sh ${args.join(' ')} ${file}`;
  failOnTooling(result, label);
  expect(result.code, `${label} exited ${result.code}:\n${result.output}`).toBe(0);
  expect(result.output).toContain('[CEN CII D16B] XSD valid');
  expect(result.output).toContain('[CEN EN16931] schematron valid');
  expect(result.output).toContain('[Factur-X EN16931] XSD valid');
  expect(result.output).toContain('[Factur-X EN16931] schematron valid');
  if (args.includes('--fr-ctc')) expect(result.output).toContain('[FR CTC BR-FR] schematron valid');
  expect(
    warnings(result.output).filter((w) => !ACCEPTED_WARNING.test(w)),
    result.output,
  ).toEqual([]);
  return result;
}

describe('buildCii: validated by the official rules (CEN EN 16931, Factur-X EN 16931, French CTC BR-FR)', () => {
  it.each(Object.keys(EINVOICE_SAMPLES))(
    // --fr-ctc runs every layer of --facturx (CEN XSD and rules, Factur-X XSD and rules) plus the
    // French rules, so one run per sample proves both.
    'sample %s is valid with --facturx --fr-ctc',
    async (name) => {
      const file = join(tmp, `${name}.xml`);
      writeFileSync(file, buildCii(EINVOICE_SAMPLES[name]!()));
      await validate(file, ['--facturx', '--fr-ctc']);
    },
    VALIDATOR_TIMEOUT_MS,
  );

  it(
    'the validator really rejects: the same invoice without its PMT/PMD/AAB notes fails BR-FR-05',
    async () => {
      const xml = buildCii(sampleMixedInvoice()).replace(/\s*<ram:SubjectCode>(PMT|PMD|AAB)<\/ram:SubjectCode>/g, '');
      const file = join(tmp, 'no-subject-codes.xml');
      writeFileSync(file, xml);
      const result = await run(validatorScript(), ['--facturx', '--fr-ctc', file]);
      failOnTooling(result, 'validate-cii.sh --facturx --fr-ctc');
      expect(result.code, result.output).toBe(1);
      for (const code of ['PMT', 'PMD', 'AAB']) expect(result.output).toContain(`BR-FR-05_BT-22_${code}`);
    },
    VALIDATOR_TIMEOUT_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Structure.

/** The text of every element with this name, in document order. */
const all = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);
const one = (xml: string, name: string) => {
  const found = all(xml, name);
  expect(found, name).toHaveLength(1);
  return found[0];
};
const paymentTerms = (xml: string) =>
  /<ram:SpecifiedTradePaymentTerms>\s*<ram:Description>([^<]*)</.exec(xml)?.[1] ?? '';
const notesBySubject = (xml: string) =>
  [
    ...xml.matchAll(
      /<ram:IncludedNote>\s*<ram:Content>([^<]*)<\/ram:Content>(?:\s*<ram:SubjectCode>([^<]*)<\/ram:SubjectCode>)?/g,
    ),
  ].map((m) => ({ content: m[1]!, subject: m[2] }));

describe('buildCii: structure', () => {
  it('writes the number, type, dates, business process and the two VAT rates of the mixed invoice', () => {
    const xml = buildCii(sampleMixedInvoice());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice ')).toBe(true);
    expect(all(xml, 'ram:ID')).toEqual(
      expect.arrayContaining(['M1', 'urn:cen.eu:en16931:2017', 'F-2026-000123', '481422475', '552081317']),
    );
    expect(xml).toContain('<ram:TypeCode>380</ram:TypeCode>');
    expect(xml).toContain('<udt:DateTimeString format="102">20261126</udt:DateTimeString>'); // BT-2
    expect(xml).toMatch(/<ram:DueDateDateTime>\s*<udt:DateTimeString format="102">20261226<\/udt:DateTimeString>/); // BT-9
    expect(xml).toMatch(
      /<ram:ActualDeliverySupplyChainEvent>\s*<ram:OccurrenceDateTime>\s*<udt:DateTimeString format="102">20261124</,
    ); // BT-72
    expect(xml).toMatch(/<ram:BuyerOrderReferencedDocument>\s*<ram:IssuerAssignedID>BC-MOREL-2026-118</); // BT-13
    expect(xml).toMatch(/<ram:ContractReferencedDocument>\s*<ram:IssuerAssignedID>C-2026-0003</); // BT-12
    expect(all(xml, 'ram:RateApplicablePercent')).toEqual(['20', '20', '20', '10', '20', '10']);
    expect(all(xml, 'ram:SellerAssignedID')).toEqual(['FG-100F', 'FTK-200', 'SRV-INSTALL-DAY', 'SRV-CABLAGE']);
    expect(all(xml, 'ram:LineID')).toEqual(['1', '2', '3', '4']);
    expect(all(xml, 'ram:BilledQuantity')).toEqual(['1', '3', '1.5', '1']);
  });

  it('writes totals that match the model, checked by hand (BT-106, 109, 110, 112, 113, 115, BG-23)', () => {
    const doc = sampleMixedInvoice();
    const xml = buildCii(doc);
    // 2 961,00 + 324,13 + 1 425,00 = 4 710,13 at 20 % → 942,03; 480,00 at 10 % → 48,00.
    expect(all(xml, 'ram:LineTotalAmount')).toEqual(['2961.00', '324.13', '1425.00', '480.00', '5190.13']);
    expect(all(xml, 'ram:BasisAmount').slice(-2)).toEqual(['4710.13', '480.00']);
    expect(all(xml, 'ram:CalculatedAmount')).toEqual(['942.03', '48.00']);
    expect(one(xml, 'ram:TaxBasisTotalAmount')).toBe('5190.13');
    expect(xml).toContain('<ram:TaxTotalAmount currencyID="EUR">990.03</ram:TaxTotalAmount>');
    expect(one(xml, 'ram:GrandTotalAmount')).toBe('6180.16');
    expect(one(xml, 'ram:TotalPrepaidAmount')).toBe('1000.00');
    expect(one(xml, 'ram:DuePayableAmount')).toBe('5180.16');
    expect(ciiAmount(doc.totals.grossCents)).toBe('6180.16');
  });

  it('carries a discount as a line allowance, exact on the half-cent case (quantity 3, 12.5 %)', () => {
    const xml = buildCii(sampleMixedInvoice());
    // 3 × 123,48 = 370,44; 12.5 % = 46,305 → 46,31; net 324,13 = 3 × 123,48 − 46,31 exactly.
    expect(xml).toMatch(
      /<ram:ChargeAmount>123\.48<\/ram:ChargeAmount>[\s\S]*?<ram:CalculationPercent>12\.5<\/ram:CalculationPercent>\s*<ram:BasisAmount>370\.44<\/ram:BasisAmount>\s*<ram:ActualAmount>46\.31<\/ram:ActualAmount>\s*<ram:ReasonCode>95<\/ram:ReasonCode>\s*<ram:Reason>Remise<\/ram:Reason>[\s\S]*?<ram:LineTotalAmount>324\.13</,
    );
    // A discounted net price would have missed by a cent: 3 × 108,045 = 324,135 → 324,14.
    expect(roundCents(new MoneyDecimal(12348).times('0.875').times(3))).toBe(32414);
    // Every rounding case of quantity 3 at 12.5 % over a range of prices: BT-131 = q × BT-146 − BT-136.
    for (let unit = 1; unit <= 400; unit++) {
      const { lines } = priceLines([
        {
          kind: 'sale',
          nature: 'goods',
          label: 'x',
          quantity: '3',
          unitPriceCents: unit,
          discountPercent: '12.5',
          vatRatePercent: '20',
        },
      ]);
      const l = ciiLine(lines[0]!, 0, 1);
      expect(3 * l.priceCents - (l.allowance?.amountCents ?? 0)).toBe(l.netCents);
      if (l.allowance) expect(l.allowance.percent).toBe('12.5');
    }
  });

  it('writes PMD, PMT and AAB once each, the VAT-on-debits option (BT-8 = 5) and the payment terms mentions', () => {
    const xml = buildCii(sampleMixedInvoice());
    const notes = notesBySubject(xml);
    for (const code of ['PMD', 'PMT', 'AAB']) expect(notes.filter((n) => n.subject === code)).toHaveLength(1);
    expect(notes.find((n) => n.subject === 'PMD')!.content).toContain(
      'taux annuel de 12,15 % (taux de refinancement de la BCE (2,15 %) majoré de 10 points), art. L441-10 du Code de commerce.',
    );
    expect(notes.find((n) => n.subject === 'PMT')!.content).toContain(
      '40,00 € (art. L441-10 et D441-5 du Code de commerce)',
    );
    expect(notes.find((n) => n.subject === 'AAB')!.content).toBe("Pas d'escompte pour paiement anticipé.");
    expect(notes.map((n) => n.content)).toEqual(
      expect.arrayContaining([
        "Option pour le paiement de la taxe d'après les débits.",
        'Nature des opérations : livraisons de biens et prestations de services.',
        'Conditions générales de vente et de location applicables : version ALLEO-1.',
        'Acompte de 1 000,00 € reçu le 2 novembre 2026 &amp; déduit du net à payer.',
      ]),
    );
    expect(all(xml, 'ram:DueDateTypeCode')).toEqual(['5', '5']);
    const terms = paymentTerms(xml);
    expect(terms).toContain('26 décembre 2026');
    expect(terms).toContain('12,15 %');
    expect(terms).toContain('40,00 €');
    expect(terms).toContain("Pas d'escompte pour paiement anticipé.");
  });

  it('writes the parties: SIREN (0002), SIRET (0009), VAT (VA), electronic address SIREN (0225), address, delivery address', () => {
    const xml = buildCii(sampleMixedInvoice());
    expect(xml).toMatch(
      /<ram:SellerTradeParty>\s*<ram:GlobalID schemeID="0009">48142247500014<\/ram:GlobalID>\s*<ram:Name>ALLEO<\/ram:Name>\s*<ram:Description>SASU au capital de 10 000,00 € – RCS Nanterre 481 422 475<\/ram:Description>/,
    );
    expect(xml).toContain('<ram:ID schemeID="0002">481422475</ram:ID>');
    expect(xml).toContain('<ram:ID schemeID="0002">552081317</ram:ID>');
    expect(xml).toContain('<ram:URIID schemeID="0225">481422475</ram:URIID>');
    expect(xml).toContain('<ram:URIID schemeID="0225">552081317</ram:URIID>');
    expect(xml).toContain('<ram:ID schemeID="VA">FR02481422475</ram:ID>');
    expect(xml).toContain('<ram:ID schemeID="VA">FR03552081317</ram:ID>');
    expect(xml).toMatch(
      /<ram:PostcodeCode>92310<\/ram:PostcodeCode>\s*<ram:LineOne>20 rue Troyon<\/ram:LineOne>\s*<ram:CityName>Sèvres<\/ram:CityName>\s*<ram:CountryID>FR<\/ram:CountryID>/,
    );
    expect(xml).toMatch(
      /<ram:ShipToTradeParty>\s*<ram:Name>Transports Morel<\/ram:Name>\s*<ram:PostalTradeAddress>\s*<ram:PostcodeCode>71000<\/ram:PostcodeCode>\s*<ram:LineOne>Entrepôt Nord<\/ram:LineOne>/,
    );
    expect(xml).toMatch(
      /<ram:TypeCode>58<\/ram:TypeCode>\s*<ram:Information>Virement SEPA<\/ram:Information>\s*<ram:PayeePartyCreditorFinancialAccount>\s*<ram:IBANID>FR7630006000011234567890189<\/ram:IBANID>[\s\S]*?<ram:BICID>AGRIFRPP<\/ram:BICID>/,
    );
    expect(one(xml, 'ram:PaymentReference')).toBe('F-2026-000123');
  });

  it('writes the rent invoice: periods, SEPA direct debit (59, BT-89, BT-90), services without the debit option (BT-8 = 72)', () => {
    const xml = buildCii(sampleRentInvoice());
    expect(all(xml, 'ram:ID')[0]).toBe('S1');
    expect(xml).toMatch(/<ram:TypeCode>59<\/ram:TypeCode>\s*<ram:Information>Prélèvement SEPA<\/ram:Information>/);
    expect(one(xml, 'ram:CreditorReferenceID')).toBe('FR72ZZZ123456');
    expect(one(xml, 'ram:DirectDebitMandateID')).toBe('RUM-ALLEO-2026-0003');
    expect(all(xml, 'ram:DueDateTypeCode')).toEqual(['72']);
    // BG-14 and BG-26: three periods (header + 2 lines), each December 2026.
    expect(
      xml.match(
        /<ram:BillingSpecifiedPeriod>\s*<ram:StartDateTime>\s*<udt:DateTimeString format="102">20261201<\/udt:DateTimeString>\s*<\/ram:StartDateTime>\s*<ram:EndDateTime>\s*<udt:DateTimeString format="102">20261231</g,
      ),
    ).toHaveLength(3);
    expect(all(xml, 'ram:BilledQuantity')).toEqual(['2', '4']);
    expect(xml).toContain('<ram:BilledQuantity unitCode="C62">2</ram:BilledQuantity>');
    expect(all(xml, 'ram:Description')[0]).toBe(
      'Location 36 mois — loyer mensuel 38,00 € HT par unité (location et maintenance) — dont maintenance 9,00 € HT par mois',
    );
    expect(xml).not.toContain('Option pour le paiement de la taxe');
    expect(xml).not.toContain('IBANID');
    expect(one(xml, 'ram:DuePayableAmount')).toBe(one(xml, 'ram:GrandTotalAmount'));
  });

  it('writes the credit note: 381, the corrected invoice (BT-25, BT-26), no payment means', () => {
    const xml = buildCii(sampleCreditNote());
    expect(xml).toContain('<ram:TypeCode>381</ram:TypeCode>');
    expect(all(xml, 'ram:ID')[0]).toBe('B1');
    expect(xml).toMatch(
      /<ram:InvoiceReferencedDocument>\s*<ram:IssuerAssignedID>F-2026-000123<\/ram:IssuerAssignedID>\s*<ram:FormattedIssueDateTime>\s*<qdt:DateTimeString format="102">20261126<\/qdt:DateTimeString>/,
    );
    expect(xml).not.toContain('SpecifiedTradeSettlementPaymentMeans');
    expect(xml).not.toContain('PaymentReference');
    expect(one(xml, 'ram:GrandTotalAmount')).toBe('1380.00');
    expect(paymentTerms(xml)).toContain('Avoir sur la facture F-2026-000123 du 26 novembre 2026');
  });

  it('writes a credit note given with negative figures exactly as the positive one (381 says it credits)', () => {
    const positive = sampleCreditNote();
    const negative: InvoiceDocument = {
      ...positive,
      lines: positive.lines.map((l) => ({ ...l, quantity: `-${l.quantity}`, netCents: -l.netCents })),
      totals: {
        ...positive.totals,
        netCents: -positive.totals.netCents,
        vatCents: -positive.totals.vatCents,
        grossCents: -positive.totals.grossCents,
        vatBreakdown: positive.totals.vatBreakdown.map((r) => ({
          ...r,
          taxableCents: -r.taxableCents,
          vatCents: -r.vatCents,
        })),
      },
      dueCents: -positive.dueCents!,
    };
    expect(buildCii(negative)).toBe(buildCii(positive));
  });

  it('writes the public buyer invoice: administrative mandate as 58 + wording (BT-82, PAI note), commitment number as BT-13', () => {
    const xml = buildCii(samplePublicBuyerInvoice());
    expect(all(xml, 'ram:ID')[0]).toBe('B1');
    expect(xml).toMatch(
      /<ram:TypeCode>58<\/ram:TypeCode>\s*<ram:Information>Mandat administratif \(virement SEPA du comptable public\)<\/ram:Information>\s*<ram:PayeePartyCreditorFinancialAccount>\s*<ram:IBANID>FR7630006000011234567890189</,
    );
    expect(
      notesBySubject(xml)
        .filter((n) => n.subject === 'PAI')
        .map((n) => n.content),
    ).toEqual(['Règlement par mandat administratif : virement SEPA du comptable public au compte indiqué.']);
    expect(xml).toMatch(/<ram:BuyerOrderReferencedDocument>\s*<ram:IssuerAssignedID>EJ-2026-004512</);
    expect(xml).toContain('<ram:ID schemeID="0002">200012342</ram:ID>');
    expect(xml).toContain('<ram:URIID schemeID="0225">200012342</ram:URIID>');
    expect(xml).not.toContain('DueDateTypeCode'); // goods: VAT due on delivery, no code
    // Public procurement sets its own late-payment interest (ECB + 8 points) and indemnity.
    const notes = notesBySubject(xml);
    expect(notes.find((n) => n.subject === 'PMD')!.content).toContain(
      'taux annuel de 10,15 % (taux de refinancement de la BCE (2,15 %) majoré de 8 points), art. L2192-13 et R2192-31 du Code de la commande publique.',
    );
    expect(notes.find((n) => n.subject === 'PMT')!.content).toContain(
      '40,00 € (art. L2192-13 et D2192-35 du Code de la commande publique)',
    );
    expect(xml).toMatch(
      /<ram:LineOne>Médiathèque intercommunale<\/ram:LineOne>\s*<ram:LineTwo>3 place du Marché<\/ram:LineTwo>/,
    );
  });

  it('is deterministic and escapes text', () => {
    expect(buildCii(sampleMixedInvoice())).toBe(buildCii(sampleMixedInvoice()));
    const doc = sampleMixedInvoice();
    doc.client = { ...doc.client, name: 'Morel & Fils <Transports> "Nord"' };
    doc.notes = ['a\u0001b'];
    const xml = buildCii(doc);
    expect(xml).toContain('<ram:Name>Morel &amp; Fils &lt;Transports&gt; &quot;Nord&quot;</ram:Name>');
    expect(xml).toContain('<ram:Content>ab</ram:Content>');
    expect(escapeXml("l'été")).toBe("l'été");
  });
});

describe('buildCii: refuses a document it cannot write validly', () => {
  it('names the EN 16931 rule the model breaks', () => {
    const doc = sampleMixedInvoice();
    doc.totals = { ...doc.totals, vatCents: doc.totals.vatCents + 1 };
    expect(ciiProblems(doc)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^BR-CO-14/), expect.stringMatching(/^BR-CO-15/)]),
    );
    expect(() => buildCii(doc)).toThrow(/F-2026-000123 cannot be written as EN 16931 CII:[\s\S]*BR-CO-14/);

    const lineOff = sampleMixedInvoice();
    lineOff.lines = lineOff.lines.map((l, i) => (i === 0 ? { ...l, netCents: l.netCents - 1 } : l));
    expect(ciiProblems(lineOff)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^BR-CO-10/), expect.stringMatching(/^BR-S-08/)]),
    );

    const due = sampleMixedInvoice();
    due.dueCents = due.totals.grossCents;
    expect(ciiProblems(due)).toEqual([expect.stringMatching(/^BR-CO-16/)]);

    const credit = sampleCreditNote();
    delete credit.correctedInvoice;
    expect(ciiProblems(credit)).toEqual([expect.stringMatching(/^BR-FR-CO-05/)]);

    const debit = sampleRentInvoice();
    debit.payment = { means: 'direct-debit' };
    expect(ciiProblems(debit)).toEqual([expect.stringMatching(/^BG-19/)]);
  });

  it('refuses a 0 % rate until the model says which VAT category it is', () => {
    const doc = sampleMixedInvoice();
    const { lines, totals } = priceLines([
      {
        kind: 'service',
        nature: 'services',
        label: 'Formation',
        quantity: '1',
        unitPriceCents: 10000,
        vatRatePercent: '0',
      },
    ]);
    expect(() => buildCii({ ...doc, lines, totals, paidCents: 0, dueCents: totals.grossCents })).toThrow(
      /zero rate needs its VAT category/,
    );
  });

  it('refuses a line whose net exceeds quantity × unit price (a line charge)', () => {
    const doc = sampleRentInvoice();
    expect(() =>
      buildCii({ ...doc, lines: doc.lines.map((l, i) => (i === 0 ? { ...l, netCents: l.netCents + 1 } : l)) }),
    ).toThrow(/line charges are not supported/);
  });
});

describe('value formats and addresses', () => {
  it('formats amounts, prices and addresses', () => {
    expect(ciiAmount(123456)).toBe('1234.56');
    expect(ciiAmount(-5)).toBe('-0.05');
    expect(ciiAmount(0)).toBe('0.00');
    expect(ciiPrice(12348)).toBe('123.48');
    expect(ciiPrice(100)).toBe('1.00');
    expect(ciiPrice('1234.5')).toBe('12.345');
    expect(parseFrenchAddress(['20 rue Troyon', '92310 Sèvres'])).toEqual({
      lines: ['20 rue Troyon'],
      postcode: '92310',
      city: 'Sèvres',
      country: 'FR',
    });
    expect(
      parseFrenchAddress([
        'Bâtiment B',
        '3 allée des Pins',
        'BP 12',
        'Lieu-dit Les Vignes',
        '71000 Mâcon Cedex',
        'France',
      ]),
    ).toEqual({
      lines: ['Bâtiment B', '3 allée des Pins', 'BP 12, Lieu-dit Les Vignes'],
      postcode: '71000',
      city: 'Mâcon Cedex',
      country: 'FR',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// XMP.

describe('facturXXmp', () => {
  const xmp = facturXXmp({
    title: 'Facture n° F-2026-000123 — ALLEO & Cie',
    author: 'ALLEO SASU',
    createdOn: '2026-11-26',
    documentFileName: 'factur-x.xml',
    conformanceLevel: 'EN 16931',
  });

  it('declares PDF/A-3B, the Factur-X properties and their extension schema', () => {
    expect(xmp.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n')).toBe(true);
    expect(xmp.trimEnd().endsWith('<?xpacket end="w"?>')).toBe(true);
    for (const s of [
      '<pdfaid:part>3</pdfaid:part>',
      '<pdfaid:conformance>B</pdfaid:conformance>',
      '<rdf:li xml:lang="x-default">Facture n° F-2026-000123 — ALLEO &amp; Cie</rdf:li>',
      '<rdf:li>ALLEO SASU</rdf:li>',
      '<pdf:Producer>Clausier</pdf:Producer>',
      '<xmp:CreateDate>2026-11-26T00:00:00Z</xmp:CreateDate>',
      '<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>',
      '<pdfaSchema:prefix>fx</pdfaSchema:prefix>',
      '<fx:DocumentType>INVOICE</fx:DocumentType>',
      '<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>',
      '<fx:Version>1.0</fx:Version>',
      '<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>',
    ]) {
      expect(xmp).toContain(s);
    }
    for (const name of ['DocumentFileName', 'DocumentType', 'Version', 'ConformanceLevel'])
      expect(xmp).toContain(`<pdfaProperty:name>${name}</pdfaProperty:name>`);
  });

  it('is well-formed UTF-8 XML, and reads as validate-facturx-pdf.sh reads it (xmllint)', async () => {
    const file = join(tmp, 'xmp.xml');
    writeFileSync(file, xmp, 'utf8');
    const wellFormed = await run('xmllint', ['--noout', '--nonet', file]);
    failOnTooling(wellFormed, 'xmllint');
    expect(wellFormed.code, wellFormed.output).toBe(0);
    const read = async (name: string) =>
      (
        await run('xmllint', [
          '--nonet',
          '--xpath',
          `normalize-space(string((//*[local-name()='${name}'][not(*)] | //@*[local-name()='${name}'])[1]))`,
          file,
        ])
      ).output.trim();
    expect(await read('part')).toBe('3');
    expect(await read('conformance')).toBe('B');
    expect(await read('DocumentFileName')).toBe('factur-x.xml');
    expect(await read('ConformanceLevel')).toBe('EN 16931');
    expect(await read('DocumentType')).toBe('INVOICE');
  });
});
