/**
 * UN/CEFACT Cross Industry Invoice (CII D16B) for the Factur-X **EN 16931** profile, written from
 * an InvoiceDocument (LEGAL.md §1.7 and §4; README.md in this folder says which BT goes where).
 *
 * Pure and deterministic: the same document gives the same bytes. Every figure comes from the
 * model (computed by kernel/money.ts `computeVatTotals`); nothing is recomputed here. The model is
 * only *checked* against the EN 16931 arithmetic rules (BR-CO-10, 13, 14, 15, 16, BR-S-08, 09)
 * so that an inconsistent document fails loudly here instead of producing an invalid e-invoice.
 */
import { formatDateFr, isCivilDate, type CivilDate } from '../kernel/dates.ts';
import {
  applyRatePercent,
  centsToDecimal,
  formatEurosFr,
  MoneyDecimal,
  normalizeRatePercent,
  roundCents,
  type Cents,
} from '../kernel/money.ts';
import type { InvoiceDocument, InvoiceLine, OperationsNature } from '../documents/invoice-model.ts';
import type { PartyIdentity } from '../documents/model.ts';

type Decimal = InstanceType<typeof MoneyDecimal>;

// ---------------------------------------------------------------------------------------------
// A tiny XML writer: elements with text or children, serialized with two-space indentation.

interface XmlElement {
  name: string;
  attrs?: Record<string, string>;
  text?: string;
  children?: XmlElement[];
}
type XmlChild = XmlElement | null | undefined | false | '';

/** Characters XML 1.0 does not allow (C0 controls except tab, LF, CR; U+FFFE, U+FFFF; lone surrogates). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for element content and double-quoted attribute values (&, <, >, "); drops the
 * characters XML cannot carry. Apostrophes stay as they are, so French text stays readable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function el(name: string, ...children: XmlChild[]): XmlElement {
  return { name, children: children.filter((c): c is XmlElement => Boolean(c)) };
}

function txt(name: string, text: string, attrs?: Record<string, string>): XmlElement {
  return attrs ? { name, text, attrs } : { name, text };
}

function serialize(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  if (node.text !== undefined) {
    out.push(`${pad}<${node.name}${attrs}>${escapeXml(node.text)}</${node.name}>`);
    return;
  }
  const children = node.children ?? [];
  if (children.length === 0) {
    out.push(`${pad}<${node.name}${attrs}/>`);
    return;
  }
  out.push(`${pad}<${node.name}${attrs}>`);
  for (const child of children) serialize(child, depth + 1, out);
  out.push(`${pad}</${node.name}>`);
}

// ---------------------------------------------------------------------------------------------
// Value formats of CII.

/** 123456 → "1234.56"; -50 → "-0.50" (amounts: 2 decimals, point, no grouping — BR-DEC-*, BR-FR-DEC-01). */
export function ciiAmount(cents: Cents): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Amount ${cents} is not an integer number of cents`);
  return centsToDecimal(cents);
}

/** A unit price in cents (possibly with sub-cent decimals) → euros with at least 2 decimals: "1234.50", "0.125". */
export function ciiPrice(cents: number | string): string {
  const euros = new MoneyDecimal(cents).dividedBy(100);
  return euros.decimalPlaces() < 2 ? euros.toFixed(2) : euros.toFixed();
}

/** '2026-11-26' → '20261126' (format 102). */
export function ciiDate(date: CivilDate): string {
  if (!isCivilDate(date)) throw new RangeError(`Invalid civil date ${JSON.stringify(date)}`);
  return date.replace(/-/g, '');
}

function dateTime(name: string, date: CivilDate): XmlElement {
  return el(name, txt('udt:DateTimeString', ciiDate(date), { format: '102' }));
}

/** "12.15" → "12,15 %". */
function percentFr(ratePercent: string): string {
  return `${normalizeRatePercent(ratePercent).replace('.', ',')} %`;
}

// ---------------------------------------------------------------------------------------------
// Code lists and the choices behind them (see README.md).

/** BT-3, UNTDID 1001. */
const TYPE_CODE = { invoice: '380', 'credit-note': '381' } as const;

/**
 * BT-23 "cadre de facturation" of the French CTC rules (BR-FR-08): B = goods, S = services,
 * M = both (8° bis of art. 242 nonies A); 1 = an ordinary invoice or credit note to be paid.
 */
const BUSINESS_PROCESS: Record<OperationsNature, string> = { goods: 'B1', services: 'S1', mixed: 'M1' };

const NATURE_FR: Record<OperationsNature, string> = {
  goods: 'livraisons de biens',
  services: 'prestations de services',
  mixed: 'livraisons de biens et prestations de services',
};

/** The text of mention 11° bis of art. 242 nonies A (LEGAL.md §1.7 C). */
export const VAT_ON_DEBITS_MENTION = "Option pour le paiement de la taxe d'après les débits";

/** The "no early-payment discount" mention (L441-9 I; note subject AAB). */
export const NO_DISCOUNT_MENTION = "Pas d'escompte pour paiement anticipé.";

/**
 * BT-8, VAT point date code (CII codes: 5 = invoice date, 29 = delivery date, 72 = paid to date).
 * The French CTC specifications carry the option for VAT on debits as 5; without it, VAT on
 * services is due on collection: 72. Goods alone or goods and services mixed: no code (goods
 * are taxed on delivery; one document-level code cannot describe both).
 */
function vatPointDateCode(doc: InvoiceDocument): string | undefined {
  if (doc.vatOnDebits) return '5';
  if (doc.natureOfOperations === 'services') return '72';
  return undefined;
}

/** BT-151 / BT-118: the VAT category of a rate, with what an exempt category must also carry. */
export interface VatCategory {
  code: 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O';
  /** BT-120 / BT-121: required for E, AE, K, G, O. */
  exemptionReason?: string;
  exemptionReasonCode?: string;
}

/**
 * Only standard-rated VAT (S, rate > 0) is produced today. A 0 % rate needs to know *why* it is
 * zero (Z zero-rated, E exempt with its reason, AE reverse charge, K intra-EU…): the model does not
 * carry that yet, so it is refused rather than guessed. Adding a category on the model's lines and
 * breakdown rows and returning it here is all a zero rate needs.
 */
export function vatCategoryFor(ratePercent: string): VatCategory {
  if (new MoneyDecimal(normalizeRatePercent(ratePercent)).greaterThan(0)) return { code: 'S' };
  throw new Error(
    `VAT rate ${ratePercent} %: a zero rate needs its VAT category (Z, E, AE, K…) and exemption reason, which the invoice model does not carry yet`,
  );
}

/**
 * BT-130, UN/ECE Rec. 20. C62 ("one", a unit): in the invoice model the quantity of every line,
 * rental lines included, counts units (a rental line's unit price covers the billed duration),
 * so MON would misstate it (2 MON = two months). The one place to map a future model field.
 */
function unitCodeOf(_line: InvoiceLine): string {
  return 'C62';
}

/** BT-140 line allowance reason code (UNTDID 5189: 95 = discount) and its text BT-139. */
const DISCOUNT_REASON_CODE = '95';
const DISCOUNT_REASON = 'Remise';

// ---------------------------------------------------------------------------------------------
// Parties and addresses.

export interface PostalAddress {
  lines: string[];
  postcode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** The French name of a country as the documents print it on the last address line ('Belgique'). */
const COUNTRY_NAMES = new Intl.DisplayNames(['fr'], { type: 'region' });

/**
 * The model prints addresses as lines ('20 rue Troyon', '92310 Sèvres'[, 'Belgique']). CII wants
 * them structured: the last "postcode City" line gives the postcode and city (five digits in
 * France, "1000 Bruxelles" elsewhere), a trailing country line is dropped, the rest are street
 * lines (three at most; extra ones are joined into the third). The country is the party's own
 * (`PartyIdentity.country`, France when absent).
 */
export function parseAddress(addressLines: readonly string[], country = 'FR'): PostalAddress {
  const lines = addressLines.map((l) => l.trim()).filter(Boolean);
  const countryName = COUNTRY_NAMES.of(country)?.toLowerCase();
  const last = lines[lines.length - 1]?.toLowerCase();
  if (
    last !== undefined &&
    (last === country.toLowerCase() || last === countryName || (country === 'FR' && last === 'fr'))
  )
    lines.pop();
  const pattern = country === 'FR' ? /^(?:F-)?(\d{5})\s+(.+)$/ : /^(?:[A-Z]{1,2}-)?(\d[\dA-Z-]{2,9})\s+(.+)$/;
  let postcode: string | undefined;
  let city: string | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = pattern.exec(lines[i]!);
    if (m) {
      postcode = m[1];
      city = m[2];
      lines.splice(i, 1);
      break;
    }
  }
  const street = lines.length > 3 ? [lines[0]!, lines[1]!, lines.slice(2).join(', ')] : lines;
  return { lines: street, ...(postcode ? { postcode } : {}), ...(city ? { city } : {}), country };
}

/** A French address ({@link parseAddress} with CountryID FR). */
export function parseFrenchAddress(addressLines: readonly string[]): PostalAddress {
  return parseAddress(addressLines, 'FR');
}

function postalAddress(addressLines: readonly string[], country: string | undefined): XmlElement {
  const a = parseAddress(addressLines, country ?? 'FR');
  return el(
    'ram:PostalTradeAddress',
    a.postcode && txt('ram:PostcodeCode', a.postcode),
    a.lines[0] && txt('ram:LineOne', a.lines[0]),
    a.lines[1] && txt('ram:LineTwo', a.lines[1]),
    a.lines[2] && txt('ram:LineThree', a.lines[2]),
    a.city && txt('ram:CityName', a.city),
    txt('ram:CountryID', a.country),
  );
}

function sirenOf(party: PartyIdentity): string | undefined {
  return party.siren ?? party.siret?.slice(0, 9);
}

/**
 * BT-34 / BT-49 electronic address. The French CTC directory routes on the SIREN with scheme 0225
 * (BR-FR-12, 13; BR-FR-21 requires exactly that for B2B). Fallbacks, for parties without a SIREN:
 * the SIRET (0009), then the e-mail (EM; valid for EN 16931, refused by BR-FR-23 which forbids '@').
 */
function electronicAddress(party: PartyIdentity): XmlElement | undefined {
  const siren = sirenOf(party);
  if (siren) return el('ram:URIUniversalCommunication', txt('ram:URIID', siren, { schemeID: '0225' }));
  if (party.email) return el('ram:URIUniversalCommunication', txt('ram:URIID', party.email, { schemeID: 'EM' }));
  return undefined;
}

/** BT-33 seller additional legal information: "SASU au capital de 10 000,00 € – RCS Nanterre 481 422 475". */
function sellerLegalInformation(doc: InvoiceDocument): string | undefined {
  const s = doc.seller;
  const form = [
    s.legalForm,
    s.shareCapitalCents !== undefined ? `au capital de ${formatEurosFr(s.shareCapitalCents)}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const text = [form, s.rcs].filter(Boolean).join(' – ');
  return text || undefined;
}

function tradeParty(
  name: string,
  party: PartyIdentity,
  extra: { description?: string; withPhone?: boolean },
): XmlElement {
  const siren = sirenOf(party);
  const phone = extra.withPhone ? party.phone : undefined;
  return el(
    name,
    // BT-29 / BT-46: the SIRET of the billed establishment (scheme 0009), coherent with the SIREN (BR-FR-09).
    party.siret && txt('ram:GlobalID', party.siret, { schemeID: '0009' }),
    txt('ram:Name', party.name),
    extra.description && txt('ram:Description', extra.description),
    // BT-30 / BT-47: SIREN, scheme 0002 (mention C: the client's SIREN).
    siren && el('ram:SpecifiedLegalOrganization', txt('ram:ID', siren, { schemeID: '0002' })),
    (phone || party.email) &&
      el(
        'ram:DefinedTradeContact',
        phone && el('ram:TelephoneUniversalCommunication', txt('ram:CompleteNumber', phone)),
        party.email && el('ram:EmailURIUniversalCommunication', txt('ram:URIID', party.email)),
      ),
    postalAddress(party.addressLines, party.country),
    electronicAddress(party),
    party.vatNumber && el('ram:SpecifiedTaxRegistration', txt('ram:ID', party.vatNumber, { schemeID: 'VA' })),
  );
}

// ---------------------------------------------------------------------------------------------
// Lines.

/** A line as CII carries it: positive unit price, net amount, and the discount as a line allowance. */
export interface CiiLine {
  id: string;
  line: InvoiceLine;
  quantity: Decimal;
  unitCode: string;
  /** BT-146 item net price (the unit price excl. VAT of the model, in cents, ≥ 0). */
  priceCents: number;
  /** BT-131. */
  netCents: Cents;
  ratePercent: string;
  category: VatCategory;
  /** BG-27: BT-136 amount, BT-137 base (quantity × price rounded), BT-138 percent when it reproduces the amount. */
  allowance?: { amountCents: Cents; baseCents: Cents; percent?: string };
}

/**
 * The line discount is a line allowance (BG-27): BT-131 = quantity × BT-146 − BT-136, exactly,
 * with BT-136 = round(quantity × price) − the model's net amount. This holds however the module
 * rounded, whereas a discounted net price (BT-146 = BT-148 − BT-147) has sub-cent decimals and
 * quantity × net price misses the line net by a cent on half-cent cases (3 × 123.48 € at 12.5 %).
 */
export function ciiLine(line: InvoiceLine, index: number, sign: 1 | -1): CiiLine {
  const priceCents = Math.abs(line.unitPriceCents);
  const quantity = new MoneyDecimal(line.quantity).times(sign).times(line.unitPriceCents < 0 ? -1 : 1);
  const netCents = sign * line.netCents;
  const baseCents = roundCents(quantity.times(priceCents));
  const amountCents = baseCents - netCents;
  const ratePercent = normalizeRatePercent(line.vatRatePercent);
  const out: CiiLine = {
    id: String(index + 1),
    line,
    quantity,
    unitCode: unitCodeOf(line),
    priceCents,
    netCents,
    ratePercent,
    category: vatCategoryFor(ratePercent),
  };
  if (amountCents === 0) return out;
  if (Math.sign(amountCents) !== Math.sign(baseCents)) {
    throw new Error(
      `Line ${index + 1} (${line.label}): net amount ${ciiAmount(netCents)} exceeds quantity × unit price ${ciiAmount(baseCents)}; line charges are not supported`,
    );
  }
  const percent = line.discountPercent !== undefined ? new MoneyDecimal(line.discountPercent).toFixed() : undefined;
  const percentMatches =
    percent !== undefined && roundCents(new MoneyDecimal(baseCents).times(percent).dividedBy(100)) === amountCents;
  out.allowance = { amountCents, baseCents, ...(percentMatches ? { percent } : {}) };
  return out;
}

function rentalDescription(line: InvoiceLine): string | undefined {
  if (line.kind !== 'rental' || line.monthlyRentCents === undefined) return undefined;
  const parts = [
    line.rentalMonths !== undefined ? `Location ${line.rentalMonths} mois` : 'Location',
    `loyer mensuel ${formatEurosFr(line.monthlyRentCents)} HT par unité (location et maintenance)`,
  ];
  if (line.maintenanceFeeCents !== undefined)
    parts.push(`dont maintenance ${formatEurosFr(line.maintenanceFeeCents)} HT par mois`);
  return parts.join(' — ');
}

function lineItem(l: CiiLine): XmlElement {
  const { line } = l;
  const description = rentalDescription(line);
  return el(
    'ram:IncludedSupplyChainTradeLineItem',
    el('ram:AssociatedDocumentLineDocument', txt('ram:LineID', l.id)),
    el(
      'ram:SpecifiedTradeProduct',
      line.sku && txt('ram:SellerAssignedID', line.sku),
      txt('ram:Name', line.label),
      description && txt('ram:Description', description),
    ),
    el(
      'ram:SpecifiedLineTradeAgreement',
      el('ram:NetPriceProductTradePrice', txt('ram:ChargeAmount', ciiPrice(l.priceCents))),
    ),
    el(
      'ram:SpecifiedLineTradeDelivery',
      txt('ram:BilledQuantity', l.quantity.isZero() ? '0' : l.quantity.toFixed(), { unitCode: l.unitCode }),
    ),
    el(
      'ram:SpecifiedLineTradeSettlement',
      el(
        'ram:ApplicableTradeTax',
        txt('ram:TypeCode', 'VAT'),
        txt('ram:CategoryCode', l.category.code),
        l.category.code !== 'O' && txt('ram:RateApplicablePercent', l.ratePercent),
      ),
      (line.periodStart || line.periodEnd) &&
        el(
          'ram:BillingSpecifiedPeriod',
          line.periodStart && dateTime('ram:StartDateTime', line.periodStart),
          line.periodEnd && dateTime('ram:EndDateTime', line.periodEnd),
        ),
      l.allowance &&
        el(
          'ram:SpecifiedTradeAllowanceCharge',
          el('ram:ChargeIndicator', txt('udt:Indicator', 'false')),
          l.allowance.percent !== undefined && txt('ram:CalculationPercent', l.allowance.percent),
          txt('ram:BasisAmount', ciiAmount(l.allowance.baseCents)),
          txt('ram:ActualAmount', ciiAmount(l.allowance.amountCents)),
          txt('ram:ReasonCode', DISCOUNT_REASON_CODE),
          txt('ram:Reason', DISCOUNT_REASON),
        ),
      el('ram:SpecifiedTradeSettlementLineMonetarySummation', txt('ram:LineTotalAmount', ciiAmount(l.netCents))),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Consistency of the model with the EN 16931 arithmetic.

interface Prepared {
  sign: 1 | -1;
  lines: CiiLine[];
  breakdown: Array<{ ratePercent: string; category: VatCategory; taxableCents: Cents; vatCents: Cents }>;
  lineTotalCents: Cents;
  netCents: Cents;
  vatCents: Cents;
  grossCents: Cents;
  paidCents: Cents;
  dueCents: Cents;
}

/**
 * Credit notes (381) carry positive amounts: the type code says they credit. A credit note whose
 * model figures are negative (as the ledger sees them) is written with every sign flipped.
 */
function prepare(doc: InvoiceDocument): { prepared: Prepared; problems: string[] } {
  const problems: string[] = [];
  const sign: 1 | -1 = doc.kind === 'credit-note' && (doc.totals.grossCents < 0 || doc.totals.netCents < 0) ? -1 : 1;
  const lines = doc.lines.map((line, i) => ciiLine(line, i, sign));
  const breakdown = doc.totals.vatBreakdown.map((row) => {
    const ratePercent = normalizeRatePercent(row.ratePercent);
    return {
      ratePercent,
      category: vatCategoryFor(ratePercent),
      taxableCents: sign * row.taxableCents,
      vatCents: sign * row.vatCents,
    };
  });
  const lineTotalCents = lines.reduce((sum, l) => sum + l.netCents, 0);
  const netCents = sign * doc.totals.netCents;
  const vatCents = sign * doc.totals.vatCents;
  const grossCents = sign * doc.totals.grossCents;
  const paidCents = sign * (doc.paidCents ?? 0);
  const dueCents = grossCents - paidCents;

  if (lines.length === 0) problems.push('BR-16: an invoice has at least one line');
  if (lineTotalCents !== netCents)
    problems.push(
      `BR-CO-10/BR-CO-13: the line net amounts sum to ${ciiAmount(lineTotalCents)} but the total excl. VAT is ${ciiAmount(netCents)} (no document-level allowance or charge is supported)`,
    );
  for (const row of breakdown) {
    const rowLines = lines.filter((l) => l.ratePercent === row.ratePercent && l.category.code === row.category.code);
    const taxable = rowLines.reduce((sum, l) => sum + l.netCents, 0);
    if (rowLines.length === 0)
      problems.push(`BR-S-08: the VAT breakdown has a ${row.ratePercent} % row but no line has that rate`);
    else if (taxable !== row.taxableCents)
      problems.push(
        `BR-S-08: the ${row.ratePercent} % lines sum to ${ciiAmount(taxable)} but the breakdown says ${ciiAmount(row.taxableCents)}`,
      );
    if (applyRatePercent(row.taxableCents, row.ratePercent) !== row.vatCents)
      problems.push(
        `BR-S-09: VAT at ${row.ratePercent} % on ${ciiAmount(row.taxableCents)} is not ${ciiAmount(row.vatCents)}`,
      );
  }
  for (const rate of new Set(lines.map((l) => l.ratePercent))) {
    if (!breakdown.some((r) => r.ratePercent === rate))
      problems.push(`BR-CO-18/BR-S-01: no VAT breakdown row for the ${rate} % lines`);
  }
  if (breakdown.length !== new Set(breakdown.map((r) => `${r.category.code}|${r.ratePercent}`)).size)
    problems.push('BR-CO-18: one VAT breakdown row per category and rate');
  const breakdownTaxable = breakdown.reduce((sum, r) => sum + r.taxableCents, 0);
  if (breakdownTaxable !== netCents)
    problems.push(
      `BR-CO-13: the VAT breakdown bases sum to ${ciiAmount(breakdownTaxable)}, not the total excl. VAT ${ciiAmount(netCents)}`,
    );
  const breakdownVat = breakdown.reduce((sum, r) => sum + r.vatCents, 0);
  if (breakdownVat !== vatCents)
    problems.push(
      `BR-CO-14: the VAT breakdown sums to ${ciiAmount(breakdownVat)}, not the total VAT ${ciiAmount(vatCents)}`,
    );
  if (netCents + vatCents !== grossCents)
    problems.push(
      `BR-CO-15: total excl. VAT + VAT = ${ciiAmount(netCents + vatCents)}, not the total incl. VAT ${ciiAmount(grossCents)}`,
    );
  if (doc.dueCents !== undefined && sign * doc.dueCents !== dueCents)
    problems.push(
      `BR-CO-16: amount due ${ciiAmount(sign * doc.dueCents)} is not total ${ciiAmount(grossCents)} − paid ${ciiAmount(paidCents)}`,
    );
  if (doc.kind === 'credit-note' && !doc.correctedInvoice)
    problems.push('BR-FR-CO-05: a credit note names the invoice it corrects (BT-25, BT-26)');
  const means = doc.payment.means;
  if (
    doc.kind === 'invoice' &&
    (means === 'bank-transfer' || means === 'administrative-mandate' || doc.payment.administrativeMandate) &&
    !(doc.payment.iban ?? doc.seller.iban)
  ) {
    problems.push('BR-61: a credit transfer needs the seller IBAN (BT-84)');
  }
  if (
    doc.kind === 'invoice' &&
    means === 'direct-debit' &&
    !(doc.payment.mandateReference && doc.payment.creditorIdentifier)
  ) {
    problems.push('BG-19: a SEPA direct debit needs the mandate reference (BT-89) and the creditor identifier (BT-90)');
  }
  return {
    prepared: { sign, lines, breakdown, lineTotalCents, netCents, vatCents, grossCents, paidCents, dueCents },
    problems,
  };
}

/** The EN 16931 rules the model breaks (empty when buildCii can write it). */
export function ciiProblems(doc: InvoiceDocument): string[] {
  try {
    return prepare(doc).problems;
  } catch (error) {
    return [(error as Error).message];
  }
}

// ---------------------------------------------------------------------------------------------
// Notes and payment.

function isAdministrativeMandate(doc: InvoiceDocument): boolean {
  return doc.payment.means === 'administrative-mandate' || doc.payment.administrativeMandate === true;
}

/**
 * The texts behind the penalty and indemnity mentions: the Code de commerce between businesses;
 * the Code de la commande publique for a public buyer (paid by administrative mandate), whose
 * late-payment interest and EUR 40 indemnity it sets itself.
 */
function lateFeeArticles(doc: InvoiceDocument): { interest: string; indemnity: string } {
  return isAdministrativeMandate(doc)
    ? {
        interest: 'art. L2192-13 et R2192-31 du Code de la commande publique',
        indemnity: 'art. L2192-13 et D2192-35 du Code de la commande publique',
      }
    : { interest: 'art. L441-10 du Code de commerce', indemnity: 'art. L441-10 et D441-5 du Code de commerce' };
}

/** BT-22 with subject code PMD: the late-payment interest rate (L441-10, BR-FR-05). */
export function latePenaltyText(doc: InvoiceDocument): string {
  return `Pénalités de retard exigibles dès le jour suivant la date d'échéance, sans rappel préalable : taux annuel de ${percentFr(doc.lateInterestRatePercent)} (${doc.lateInterestRateText}), ${lateFeeArticles(doc).interest}.`;
}

/** BT-22 with subject code PMT: the flat recovery indemnity (D441-5, BR-FR-05). */
export function recoveryIndemnityText(doc: InvoiceDocument): string {
  return `Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement : ${formatEurosFr(doc.recoveryIndemnityCents)} (${lateFeeArticles(doc).indemnity}).`;
}

function paymentMeansText(doc: InvoiceDocument): string {
  if (isAdministrativeMandate(doc))
    return 'Règlement par mandat administratif : virement SEPA du comptable public au compte indiqué';
  switch (doc.payment.means) {
    case 'bank-transfer':
      return 'Paiement par virement SEPA au compte indiqué';
    case 'direct-debit':
      return `Paiement par prélèvement SEPA à l'échéance (mandat ${doc.payment.mandateReference ?? ''}, créancier ${doc.payment.creditorIdentifier ?? ''})`;
    default:
      return 'Paiement selon les modalités convenues';
  }
}

/** BT-20: due date, means, and the L441-9 mentions (penalty rate, EUR 40, no discount). */
export function paymentTermsText(doc: InvoiceDocument): string {
  const head =
    doc.kind === 'credit-note' && doc.correctedInvoice
      ? `Avoir sur la facture ${doc.correctedInvoice.number} du ${formatDateFr(doc.correctedInvoice.issueDate)}, à imputer au plus tard le ${formatDateFr(doc.dueDate)}.`
      : `À régler au plus tard le ${formatDateFr(doc.dueDate)}. ${paymentMeansText(doc)}.`;
  return `${head} En cas de retard : pénalités au taux annuel de ${percentFr(doc.lateInterestRatePercent)} (${doc.lateInterestRateText}) et indemnité forfaitaire pour frais de recouvrement de ${formatEurosFr(doc.recoveryIndemnityCents)}. ${NO_DISCOUNT_MENTION}`;
}

function note(content: string, subjectCode?: string): XmlElement {
  return el('ram:IncludedNote', txt('ram:Content', content), subjectCode && txt('ram:SubjectCode', subjectCode));
}

/**
 * BG-1 notes. PMD, PMT and AAB once each (BR-FR-05, BR-FR-06); general information (AAI): the
 * terms version, the nature of the operations (8° bis) and the option for VAT on debits (11° bis,
 * also coded in BT-8); payment instructions (PAI) for an administrative mandate; then the
 * document's own notes, without a subject code.
 */
function notes(doc: InvoiceDocument): XmlElement[] {
  const out = [
    note(latePenaltyText(doc), 'PMD'),
    note(recoveryIndemnityText(doc), 'PMT'),
    note(NO_DISCOUNT_MENTION, 'AAB'),
    note(`Conditions générales de vente et de location applicables : version ${doc.termsVersion}.`, 'AAI'),
    note(`Nature des opérations : ${NATURE_FR[doc.natureOfOperations]}.`, 'AAI'),
  ];
  if (doc.vatOnDebits) out.push(note(`${VAT_ON_DEBITS_MENTION}.`, 'AAI'));
  if (doc.kind === 'invoice' && isAdministrativeMandate(doc)) out.push(note(`${paymentMeansText(doc)}.`, 'PAI'));
  for (const n of doc.notes ?? []) if (n.trim()) out.push(note(n));
  return out;
}

/**
 * BG-16. Transfer: 58 (SEPA credit transfer) with the seller IBAN (BT-84) and BIC (BT-86).
 * Administrative mandate: also 58, with the wording in BT-82 — the mandat administratif is the
 * public accounting procedure; the money arrives as a SEPA transfer from the public accountant to
 * the IBAN on the invoice, which 58 + BT-84 let the buyer's system read (30, "credit transfer",
 * would say the same less precisely; UNTDID 4461 has no code for the procedure itself).
 * Direct debit: 59 (SEPA direct debit); the mandate (BT-89) and creditor id (BT-90) are elsewhere.
 * Credit notes carry no payment means: the credit is set off or refunded to the client's account,
 * which the model does not hold (the seller's IBAN would say the wrong direction).
 */
function paymentMeans(doc: InvoiceDocument): XmlElement[] {
  if (doc.kind === 'credit-note') return [];
  const iban = doc.payment.iban ?? doc.seller.iban;
  const bic = doc.payment.bic ?? doc.seller.bic;
  const transfer = (information?: string) =>
    el(
      'ram:SpecifiedTradeSettlementPaymentMeans',
      txt('ram:TypeCode', '58'),
      information && txt('ram:Information', information),
      iban &&
        el(
          'ram:PayeePartyCreditorFinancialAccount',
          txt('ram:IBANID', iban.replace(/\s+/g, '').toUpperCase()),
          txt('ram:AccountName', doc.seller.name),
        ),
      bic && el('ram:PayeeSpecifiedCreditorFinancialInstitution', txt('ram:BICID', bic)),
    );
  if (isAdministrativeMandate(doc)) return [transfer('Mandat administratif (virement SEPA du comptable public)')];
  switch (doc.payment.means) {
    case 'bank-transfer':
      return [transfer('Virement SEPA')];
    case 'direct-debit':
      return [
        el(
          'ram:SpecifiedTradeSettlementPaymentMeans',
          txt('ram:TypeCode', '59'),
          txt('ram:Information', 'Prélèvement SEPA'),
        ),
      ];
    default:
      return [
        el(
          'ram:SpecifiedTradeSettlementPaymentMeans',
          txt('ram:TypeCode', '1'),
          txt('ram:Information', 'Selon les modalités convenues'),
        ),
      ];
  }
}

// ---------------------------------------------------------------------------------------------
// The document.

const NAMESPACES = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

/** BT-24 of the Factur-X EN 16931 (ex-COMFORT) profile. */
export const EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';

/**
 * The CII XML (UTF-8 string) of an invoice or credit note, Factur-X EN 16931 profile, meeting the
 * French CTC rules (BR-FR). Throws when the document breaks the EN 16931 arithmetic (see
 * ciiProblems) rather than writing an invalid e-invoice.
 */
export function buildCii(doc: InvoiceDocument): string {
  const { prepared: p, problems } = prepare(doc);
  if (problems.length > 0)
    throw new Error(`Invoice ${doc.number} cannot be written as EN 16931 CII:\n- ${problems.join('\n- ')}`);
  const dueDateTypeCode = vatPointDateCode(doc);
  const isInvoice = doc.kind === 'invoice';

  const root: XmlElement = {
    name: 'rsm:CrossIndustryInvoice',
    attrs: NAMESPACES,
    children: [
      el(
        'rsm:ExchangedDocumentContext',
        el(
          'ram:BusinessProcessSpecifiedDocumentContextParameter',
          txt('ram:ID', BUSINESS_PROCESS[doc.natureOfOperations]),
        ),
        el('ram:GuidelineSpecifiedDocumentContextParameter', txt('ram:ID', EN16931_GUIDELINE)),
      ),
      el(
        'rsm:ExchangedDocument',
        txt('ram:ID', doc.number),
        txt('ram:TypeCode', TYPE_CODE[doc.kind]),
        dateTime('ram:IssueDateTime', doc.issueDate),
        ...notes(doc),
      ),
      el(
        'rsm:SupplyChainTradeTransaction',
        ...p.lines.map(lineItem),
        el(
          'ram:ApplicableHeaderTradeAgreement',
          tradeParty('ram:SellerTradeParty', doc.seller, { description: sellerLegalInformation(doc), withPhone: true }),
          tradeParty('ram:BuyerTradeParty', doc.client, {}),
          doc.purchaseOrderReference &&
            el('ram:BuyerOrderReferencedDocument', txt('ram:IssuerAssignedID', doc.purchaseOrderReference)),
          doc.contractNumber && el('ram:ContractReferencedDocument', txt('ram:IssuerAssignedID', doc.contractNumber)),
        ),
        el(
          'ram:ApplicableHeaderTradeDelivery',
          doc.deliveryAddressLines &&
            doc.deliveryAddressLines.length > 0 &&
            el(
              'ram:ShipToTradeParty',
              txt('ram:Name', doc.client.name),
              postalAddress(doc.deliveryAddressLines, doc.client.country),
            ),
          doc.operationDate &&
            el('ram:ActualDeliverySupplyChainEvent', dateTime('ram:OccurrenceDateTime', doc.operationDate)),
        ),
        el(
          'ram:ApplicableHeaderTradeSettlement',
          isInvoice &&
            doc.payment.means === 'direct-debit' &&
            doc.payment.creditorIdentifier &&
            txt('ram:CreditorReferenceID', doc.payment.creditorIdentifier),
          isInvoice && txt('ram:PaymentReference', doc.number),
          txt('ram:InvoiceCurrencyCode', 'EUR'),
          ...paymentMeans(doc),
          ...p.breakdown.map((row) =>
            el(
              'ram:ApplicableTradeTax',
              txt('ram:CalculatedAmount', ciiAmount(row.vatCents)),
              txt('ram:TypeCode', 'VAT'),
              row.category.exemptionReason && txt('ram:ExemptionReason', row.category.exemptionReason),
              txt('ram:BasisAmount', ciiAmount(row.taxableCents)),
              txt('ram:CategoryCode', row.category.code),
              row.category.exemptionReasonCode && txt('ram:ExemptionReasonCode', row.category.exemptionReasonCode),
              dueDateTypeCode && txt('ram:DueDateTypeCode', dueDateTypeCode),
              row.category.code !== 'O' && txt('ram:RateApplicablePercent', row.ratePercent),
            ),
          ),
          (doc.periodStart || doc.periodEnd) &&
            el(
              'ram:BillingSpecifiedPeriod',
              doc.periodStart && dateTime('ram:StartDateTime', doc.periodStart),
              doc.periodEnd && dateTime('ram:EndDateTime', doc.periodEnd),
            ),
          el(
            'ram:SpecifiedTradePaymentTerms',
            txt('ram:Description', paymentTermsText(doc)),
            dateTime('ram:DueDateDateTime', doc.dueDate),
            isInvoice &&
              doc.payment.means === 'direct-debit' &&
              doc.payment.mandateReference &&
              txt('ram:DirectDebitMandateID', doc.payment.mandateReference),
          ),
          el(
            'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
            txt('ram:LineTotalAmount', ciiAmount(p.lineTotalCents)),
            txt('ram:TaxBasisTotalAmount', ciiAmount(p.netCents)),
            txt('ram:TaxTotalAmount', ciiAmount(p.vatCents), { currencyID: 'EUR' }),
            txt('ram:GrandTotalAmount', ciiAmount(p.grossCents)),
            p.paidCents !== 0 && txt('ram:TotalPrepaidAmount', ciiAmount(p.paidCents)),
            txt('ram:DuePayableAmount', ciiAmount(p.dueCents)),
          ),
          doc.correctedInvoice &&
            el(
              'ram:InvoiceReferencedDocument',
              txt('ram:IssuerAssignedID', doc.correctedInvoice.number),
              el(
                'ram:FormattedIssueDateTime',
                txt('qdt:DateTimeString', ciiDate(doc.correctedInvoice.issueDate), { format: '102' }),
              ),
            ),
        ),
      ),
    ],
  };
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serialize(root, 0, out);
  return `${out.join('\n')}\n`;
}
