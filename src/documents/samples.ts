/**
 * Sample document models built from the demo catalogue (tests, the PDF bench, demos). Totals go
 * through computeVatTotals as the quotes module's do, so the samples print consistent figures.
 */
import { addDays } from '../kernel/dates.ts';
import { computeVatTotals, MoneyDecimal, roundCents } from '../kernel/money.ts';
import type {
  DocumentLine,
  OrderAcknowledgementDocument,
  PartyIdentity,
  QuoteDocument,
  SellerIdentity,
} from './model.ts';

export const SAMPLE_SELLER: SellerIdentity = {
  name: 'ALLEO',
  legalForm: 'SASU',
  addressLines: ['20 rue Troyon', '92310 Sèvres'],
  siren: '481422475',
  siret: '48142247500014',
  vatNumber: 'FR02481422475',
  rcs: 'RCS Nanterre 481 422 475',
  email: 'contact@alleo.example',
  phone: '+33 1 00 00 00 00',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPPXXX',
};

export const SAMPLE_CLIENT: PartyIdentity = {
  name: 'Transports Morel',
  legalForm: 'SAS',
  addressLines: ['12 rue de la Gare', '71000 Mâcon'],
  siren: '552081317',
  siret: '55208131700018',
  vatNumber: 'FR03552081317',
  email: 'compta@transports-morel.example',
};

interface LineSpec {
  kind: DocumentLine['kind'];
  sku: string;
  label: string;
  quantity: string;
  unitPriceCents: number;
  discountPercent?: string;
  rental?: { months: number; rentCents: number; maintenanceCents: number };
}

const CATALOGUE: LineSpec[] = [
  {
    kind: 'sale',
    sku: 'FG-100F',
    label: 'Pare-feu FortiGate 100F',
    quantity: '1',
    unitPriceCents: 329000,
    discountPercent: '10',
  },
  { kind: 'sale', sku: 'FS-124F-POE', label: 'Switch FortiSwitch 124F PoE', quantity: '2', unitPriceCents: 115000 },
  {
    kind: 'sale',
    sku: 'FTK-CLOUD-25',
    label: 'Double authentification FortiToken Cloud (25 utilisateurs)',
    quantity: '1',
    unitPriceCents: 27500,
  },
  {
    kind: 'sale',
    sku: 'S1-CORE-1Y',
    label: 'Protection des postes SentinelOne Core (par poste, 1 an)',
    quantity: '25',
    unitPriceCents: 5500,
    discountPercent: '5',
  },
  {
    kind: 'rental',
    sku: 'FG-40F',
    label: 'Pare-feu FortiGate 40F',
    quantity: '2',
    unitPriceCents: 0,
    rental: { months: 36, rentCents: 2900, maintenanceCents: 900 },
  },
  {
    kind: 'rental',
    sku: 'FAP-231F',
    label: 'Borne wifi FortiAP 231F',
    quantity: '4',
    unitPriceCents: 0,
    rental: { months: 36, rentCents: 2500, maintenanceCents: 600 },
  },
  {
    kind: 'service',
    sku: 'SRV-DIAG',
    label: 'Diagnostic de sécurité du réseau (rapport et préconisations)',
    quantity: '1',
    unitPriceCents: 120000,
  },
  {
    kind: 'service',
    sku: 'SRV-INSTALL-DAY',
    label: "Installation et paramétrage (jour d'intervention)",
    quantity: '1.5',
    unitPriceCents: 95000,
  },
  {
    kind: 'service',
    sku: 'SRV-TRAINING-HALF',
    label: 'Formation des utilisateurs (demi-journée, sur site ou à distance)',
    quantity: '1',
    unitPriceCents: 65000,
  },
  {
    kind: 'service',
    sku: 'SRV-TICKET',
    label: 'Ticket de maintenance (1 heure)',
    quantity: '10',
    unitPriceCents: 11000,
  },
];

/** `count` lines cycling through the demo catalogue, with totals (a rental line is priced over its term). */
export function sampleLines(count: number): { lines: DocumentLine[]; totals: QuoteDocument['totals'] } {
  const specs = Array.from({ length: count }, (_, i) => CATALOGUE[i % CATALOGUE.length]!);
  const priced = specs.map((s) => {
    const monthly = s.rental ? s.rental.rentCents + s.rental.maintenanceCents : 0;
    const unit = s.rental ? monthly * s.rental.months : s.unitPriceCents;
    const gross = new MoneyDecimal(s.quantity).times(unit);
    const discountCents = s.discountPercent ? roundCents(gross.times(s.discountPercent).dividedBy(100)) : 0;
    return { s, monthly, unit, discountCents };
  });
  const vat = computeVatTotals(
    priced.map((p) => ({
      quantity: p.s.quantity,
      unitPriceCents: p.unit,
      discountCents: p.discountCents,
      vatRatePercent: '20',
    })),
  );
  const lines: DocumentLine[] = priced.map(({ s, monthly, unit }, i) => ({
    kind: s.kind,
    label: s.label,
    sku: s.sku,
    quantity: s.quantity,
    unitPriceCents: unit,
    ...(s.discountPercent ? { discountPercent: s.discountPercent } : {}),
    vatRatePercent: '20',
    netCents: vat.lineNetCents[i]!,
    ...(s.rental
      ? { rentalMonths: s.rental.months, monthlyRentCents: monthly, maintenanceFeeCents: s.rental.maintenanceCents }
      : {}),
  }));
  const rentals = priced.filter((p) => p.s.rental);
  const monthlyRentCents = rentals.reduce(
    (sum, p) => sum + roundCents(new MoneyDecimal(p.s.quantity).times(p.monthly)),
    0,
  );
  return {
    lines,
    totals: {
      netCents: vat.netCents,
      vatCents: vat.vatCents,
      grossCents: vat.grossCents,
      vatBreakdown: vat.vatBreakdown.map((r) => ({
        ratePercent: r.ratePercent,
        taxableCents: r.taxableCents,
        vatCents: r.vatCents,
      })),
      ...(rentals.length ? { monthlyRentCents } : {}),
    },
  };
}

/** A quote of `lineCount` lines issued on 2026-11-26, valid 30 days (art. 3.1). */
export function sampleQuote(lineCount = 10): QuoteDocument {
  const issueDate = '2026-11-26';
  return {
    number: 'D-2026-0042',
    version: 2,
    issueDate,
    validUntil: addDays(issueDate, 30),
    deliveryLeadTime: '4 semaines à compter de la commande',
    termsVersion: 'ALLEO-1',
    seller: SAMPLE_SELLER,
    client: SAMPLE_CLIENT,
    subject: 'Sécurisation du réseau du siège et des entrepôts',
    ...sampleLines(lineCount),
  };
}

/** The acknowledgement of the sample quote, ordered on 2026-12-15 when a version ALLEO-2 was in force. */
export function sampleOrderAcknowledgement(lineCount = 10): OrderAcknowledgementDocument {
  return {
    number: 'AR-2026-0007',
    issueDate: '2026-12-16',
    orderDate: '2026-12-15',
    quoteNumber: 'D-2026-0042',
    quoteVersion: 2,
    quoteTermsVersion: 'ALLEO-1',
    purchaseOrderReference: 'BC-MOREL-2026-118',
    contractNumber: 'C-2026-0003',
    contractEffectiveDate: '2026-12-16',
    termsVersion: 'ALLEO-2',
    deliveryLeadTime: '4 semaines à compter de la commande',
    seller: SAMPLE_SELLER,
    client: SAMPLE_CLIENT,
    ...sampleLines(lineCount),
  };
}
