/**
 * Sample invoices for the e-invoice writer (tests, demos). Totals go through kernel/money.ts
 * `computeVatTotals` exactly as the modules compute them, so the samples are consistent.
 * Identifiers are checked (SIREN/SIRET Luhn keys, French VAT keys computed from the SIREN).
 */
import { frenchVatKey } from '../kernel/identifiers.ts';
import { computeVatTotals, MoneyDecimal, roundCents } from '../kernel/money.ts';
import type { InvoiceDocument, InvoiceLine } from '../documents/invoice-model.ts';
import type { DocumentTotals, PartyIdentity, SellerIdentity } from '../documents/model.ts';

const frenchVat = (siren: string) => `FR${frenchVatKey(siren)}${siren}`;

export const EINVOICE_SELLER: SellerIdentity = {
  name: 'ALLEO',
  legalForm: 'SASU',
  addressLines: ['20 rue Troyon', '92310 Sèvres'],
  siren: '481422475',
  siret: '48142247500014',
  vatNumber: frenchVat('481422475'),
  rcs: 'RCS Nanterre 481 422 475',
  shareCapitalCents: 1_000_000,
  email: 'facturation@alleo.example',
  phone: '+33 1 00 00 00 00',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
};

export const EINVOICE_CLIENT: PartyIdentity = {
  name: 'Transports Morel',
  legalForm: 'SAS',
  addressLines: ['12 rue de la Gare', '71000 Mâcon'],
  siren: '552081317',
  siret: '55208131700018',
  vatNumber: frenchVat('552081317'),
  email: 'compta@transports-morel.example',
};

/** A public buyer (paid by administrative mandate): fictitious, SIREN in the public range (2…). */
export const EINVOICE_PUBLIC_BUYER: PartyIdentity = {
  name: 'Syndicat intercommunal du Val de Seine',
  addressLines: ['1 place de la Mairie', '92310 Sèvres'],
  siren: '200012342',
  siret: '20001234200008',
  email: 'comptabilite@sivs.example',
};

/** ECB rate 2.15 % + 10 points (LEGAL.md §1.5), the rate of the second half of 2026 in these samples. */
const LATE_INTEREST = {
  lateInterestRatePercent: '12.15',
  lateInterestRateText: 'taux de refinancement de la BCE (2,15 %) majoré de 10 points',
} as const;

export interface SampleLineSpec extends Omit<InvoiceLine, 'netCents'> {
  quantity: string;
}

/** Lines with their net amounts and the document totals, computed by computeVatTotals. */
export function priceLines(specs: readonly SampleLineSpec[]): { lines: InvoiceLine[]; totals: DocumentTotals } {
  const discounts = specs.map((s) =>
    s.discountPercent
      ? roundCents(new MoneyDecimal(s.quantity).times(s.unitPriceCents).times(s.discountPercent).dividedBy(100))
      : 0,
  );
  const vat = computeVatTotals(
    specs.map((s, i) => ({
      quantity: s.quantity,
      unitPriceCents: s.unitPriceCents,
      discountCents: discounts[i]!,
      vatRatePercent: s.vatRatePercent,
    })),
  );
  return {
    lines: specs.map((s, i) => ({ ...s, netCents: vat.lineNetCents[i]! })),
    totals: {
      netCents: vat.netCents,
      vatCents: vat.vatCents,
      grossCents: vat.grossCents,
      vatBreakdown: vat.vatBreakdown.map((r) => ({
        ratePercent: r.ratePercent,
        taxableCents: r.taxableCents,
        vatCents: r.vatCents,
      })),
    },
  };
}

const COMMON = {
  seller: EINVOICE_SELLER,
  ...LATE_INTEREST,
  recoveryIndemnityCents: 4000,
  termsVersion: 'ALLEO-1',
} as const;

/**
 * Goods and services at 20 % and 10 %, one line discounted 12.5 % on quantity 3 at 123,48 €:
 * 3 × 123,48 = 370,44, discount 46,305 → 46,31, net 324,13 — whereas 3 × the discounted unit
 * price (108,045) would give 324,135 → 324,14. VAT on debits, PO and contract references,
 * a delivery address, a deposit already paid.
 */
export function sampleMixedInvoice(): InvoiceDocument {
  const { lines, totals } = priceLines([
    {
      kind: 'sale',
      nature: 'goods',
      sku: 'FG-100F',
      label: 'Pare-feu FortiGate 100F',
      quantity: '1',
      unitPriceCents: 329000,
      discountPercent: '10',
      vatRatePercent: '20',
    },
    {
      kind: 'sale',
      nature: 'goods',
      sku: 'FTK-200',
      label: 'Jeton matériel FortiToken 200 (double authentification)',
      quantity: '3',
      unitPriceCents: 12348,
      discountPercent: '12.5',
      vatRatePercent: '20',
    },
    {
      kind: 'service',
      nature: 'services',
      sku: 'SRV-INSTALL-DAY',
      label: "Installation et paramétrage (jour d'intervention)",
      quantity: '1.5',
      unitPriceCents: 95000,
      vatRatePercent: '20',
    },
    {
      kind: 'service',
      nature: 'services',
      sku: 'SRV-CABLAGE',
      label: "Câblage réseau du logement de fonction (travaux d'amélioration, local d'habitation de plus de deux ans)",
      quantity: '1',
      unitPriceCents: 48000,
      vatRatePercent: '10',
    },
  ]);
  return {
    ...COMMON,
    kind: 'invoice',
    number: 'F-2026-000123',
    issueDate: '2026-11-26',
    dueDate: '2026-12-26',
    operationDate: '2026-11-24',
    client: EINVOICE_CLIENT,
    deliveryAddressLines: ['Entrepôt Nord', 'ZI des Bruyères, 5 rue des Transporteurs', '71000 Mâcon'],
    natureOfOperations: 'mixed',
    vatOnDebits: true,
    contractNumber: 'C-2026-0003',
    purchaseOrderReference: 'BC-MOREL-2026-118',
    lines,
    totals,
    paidCents: 100000,
    dueCents: totals.grossCents - 100000,
    payment: { means: 'bank-transfer', iban: EINVOICE_SELLER.iban!, bic: EINVOICE_SELLER.bic! },
    notes: ['Acompte de 1 000,00 € reçu le 2 novembre 2026 & déduit du net à payer.'],
  };
}

/** The December 2026 rent of a rental contract (2 firewalls, 4 access points), paid by SEPA direct debit. */
export function sampleRentInvoice(): InvoiceDocument {
  const period = { periodStart: '2026-12-01', periodEnd: '2026-12-31' };
  const { lines, totals } = priceLines([
    {
      kind: 'rental',
      nature: 'services',
      sku: 'FG-40F',
      label: 'Loyer de décembre 2026 — Pare-feu FortiGate 40F',
      quantity: '2',
      unitPriceCents: 3800,
      vatRatePercent: '20',
      rentalMonths: 36,
      monthlyRentCents: 3800,
      maintenanceFeeCents: 900,
      ...period,
    },
    {
      kind: 'rental',
      nature: 'services',
      sku: 'FAP-231F',
      label: 'Loyer de décembre 2026 — Borne wifi FortiAP 231F',
      quantity: '4',
      unitPriceCents: 3100,
      vatRatePercent: '20',
      rentalMonths: 36,
      monthlyRentCents: 3100,
      maintenanceFeeCents: 600,
      ...period,
    },
  ]);
  return {
    ...COMMON,
    kind: 'invoice',
    number: 'F-2026-000131',
    issueDate: '2026-12-01',
    dueDate: '2026-12-10',
    ...period,
    client: EINVOICE_CLIENT,
    natureOfOperations: 'services',
    vatOnDebits: false,
    contractNumber: 'C-2026-0003',
    lines,
    totals: { ...totals, monthlyRentCents: totals.netCents },
    dueCents: totals.grossCents,
    payment: { means: 'direct-debit', mandateReference: 'RUM-ALLEO-2026-0003', creditorIdentifier: 'FR72ZZZ123456' },
  };
}

/** A credit note for one returned switch (art. 12), correcting F-2026-000123. */
export function sampleCreditNote(): InvoiceDocument {
  const { lines, totals } = priceLines([
    {
      kind: 'sale',
      nature: 'goods',
      sku: 'FS-124F-POE',
      label: 'Retour Switch FortiSwitch 124F PoE (accord de retour RMA-2026-0012)',
      quantity: '1',
      unitPriceCents: 115000,
      vatRatePercent: '20',
    },
  ]);
  return {
    ...COMMON,
    kind: 'credit-note',
    number: 'AV-2026-000004',
    issueDate: '2026-12-03',
    dueDate: '2026-12-26',
    operationDate: '2026-12-02',
    client: EINVOICE_CLIENT,
    natureOfOperations: 'goods',
    vatOnDebits: true,
    contractNumber: 'C-2026-0003',
    purchaseOrderReference: 'BC-MOREL-2026-118',
    correctedInvoice: { number: 'F-2026-000123', issueDate: '2026-11-26' },
    lines,
    totals,
    dueCents: totals.grossCents,
    payment: { means: 'bank-transfer' },
  };
}

/**
 * Equipment sold to a public buyer, paid by administrative mandate; the PO is its commitment
 * number. Public buyers owe moratorium interest at the ECB rate + 8 points (Code de la commande
 * publique), not + 10.
 */
export function samplePublicBuyerInvoice(): InvoiceDocument {
  const { lines, totals } = priceLines([
    {
      kind: 'sale',
      nature: 'goods',
      sku: 'FAP-231F',
      label: 'Borne wifi FortiAP 231F',
      quantity: '6',
      unitPriceCents: 54900,
      discountPercent: '5',
      vatRatePercent: '20',
    },
    {
      kind: 'sale',
      nature: 'goods',
      sku: 'FS-124F-POE',
      label: 'Switch FortiSwitch 124F PoE',
      quantity: '2',
      unitPriceCents: 115000,
      vatRatePercent: '20',
    },
  ]);
  return {
    ...COMMON,
    kind: 'invoice',
    number: 'F-2026-000127',
    issueDate: '2026-11-30',
    dueDate: '2026-12-30',
    operationDate: '2026-11-27',
    client: EINVOICE_PUBLIC_BUYER,
    deliveryAddressLines: ['Médiathèque intercommunale', '3 place du Marché', '92310 Sèvres'],
    natureOfOperations: 'goods',
    vatOnDebits: false,
    purchaseOrderReference: 'EJ-2026-004512',
    lateInterestRatePercent: '10.15',
    lateInterestRateText: 'taux de refinancement de la BCE (2,15 %) majoré de 8 points',
    lines,
    totals,
    dueCents: totals.grossCents,
    payment: {
      means: 'administrative-mandate',
      administrativeMandate: true,
      iban: EINVOICE_SELLER.iban!,
      bic: EINVOICE_SELLER.bic!,
    },
  };
}

/** The samples by a short name (file names in tests and demos). */
export const EINVOICE_SAMPLES: Record<string, () => InvoiceDocument> = {
  'mixed-20-10-discount': sampleMixedInvoice,
  'rent-direct-debit': sampleRentInvoice,
  'credit-note': sampleCreditNote,
  'public-buyer-mandate': samplePublicBuyerInvoice,
};
