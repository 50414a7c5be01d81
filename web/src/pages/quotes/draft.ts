/** The quote editor's state (text as typed) and its conversions to the API body and to live lines. */
import {
  centsToInput,
  decimalToInput,
  eurosToCents,
  parsePercent,
  parseQuantity,
  parseWhole,
  typedCents,
  typedNumber,
} from '../../parse-number.ts';
import type { CatalogueItem } from '../../types/catalogue.ts';
import type { LineKind, Quote, QuoteInput, QuoteLineInput } from '../../types/quotes.ts';
import type { LiveLine } from './live-pricing.ts';

export interface DraftLine {
  key: string;
  kind: LineKind;
  /** A service typed without a catalogue item (art. 6.8): its own label and VAT rate. */
  free: boolean;
  catalogueItemId: string;
  label: string;
  vatRate: string;
  quantity: string;
  unitPrice: string;
  discount: string;
  rent: string;
  maintenanceFee: string;
  months: string;
  licensedUsers: string;
}

export interface QuoteDraft {
  clientId: string;
  subject: string;
  deliveryLeadTime: string;
  validityDays: string;
  lessorId: string;
  notes: string[];
  lines: DraftLine[];
}

let counter = 0;
const nextKey = () => `line-${++counter}`;

export function emptyLine(kind: LineKind = 'sale'): DraftLine {
  return {
    key: nextKey(),
    kind,
    free: false,
    catalogueItemId: '',
    label: '',
    vatRate: '',
    quantity: '1',
    unitPrice: '',
    discount: '',
    rent: '',
    maintenanceFee: '',
    months: kind === 'rental' ? '36' : '',
    licensedUsers: '',
  };
}

export function emptyDraft(clientId = ''): QuoteDraft {
  return {
    clientId,
    subject: '',
    deliveryLeadTime: '',
    validityDays: '',
    lessorId: '',
    notes: [],
    lines: [emptyLine()],
  };
}

/** A line after a catalogue item is picked: its prices are copied, as the quote will (art. 9.1). */
export function withItem(line: DraftLine, item: CatalogueItem | undefined): DraftLine {
  if (!item) return { ...line, catalogueItemId: '' };
  return {
    ...line,
    catalogueItemId: item.id,
    unitPrice: centsToInput(item.indicativePriceCents),
    rent: centsToInput(item.monthlyRentCents),
    maintenanceFee: centsToInput(item.maintenanceFeeCents ?? 0),
    licensedUsers: '',
  };
}

/** The line as a free-text service, or back to a catalogue line: nothing typed is carried across. */
export function asFree(line: DraftLine, free: boolean): DraftLine {
  return { ...withItem(line, undefined), free, label: '', unitPrice: '', vatRate: free ? '20' : '' };
}

/** Which catalogue items a line of this kind may take. */
export function fitsKind(item: CatalogueItem, kind: LineKind): boolean {
  if (!item.active) return false;
  if (kind === 'service') return item.kind === 'service';
  return item.kind === 'product' && (kind === 'sale' || item.rentable);
}

/** The complete line the pricing takes, or null while something is missing or invalid. */
export function toLiveLine(line: DraftLine, item: CatalogueItem | undefined): LiveLine | null {
  const quantity = parseQuantity(line.quantity);
  const discount = line.discount.trim() === '' ? undefined : parsePercent(line.discount);
  const vatRatePercent = line.free ? parsePercent(line.vatRate) : item?.vatRatePercent;
  if (!vatRatePercent || quantity === null || discount === null) return null;
  const base = {
    kind: line.kind,
    quantity,
    vatRatePercent,
    ...(discount ? { discountPercent: discount } : {}),
  };
  if (line.kind === 'rental') {
    const months = parseWhole(line.months);
    const rentCents = eurosToCents(line.rent);
    const maintenanceFeeCents = line.maintenanceFee.trim() === '' ? 0 : eurosToCents(line.maintenanceFee);
    if (months === null || rentCents === null || maintenanceFeeCents === null || !Number.isInteger(Number(quantity)))
      return null;
    return { ...base, rental: { months, rentCents, maintenanceFeeCents } };
  }
  const unitPriceCents = eurosToCents(line.unitPrice);
  return unitPriceCents === null ? null : { ...base, unitPriceCents };
}

const filled = (text: string) => text.trim() !== '';

function toLineInput(line: DraftLine): QuoteLineInput {
  if (line.free)
    return {
      kind: 'service',
      quantity: typedNumber(line.quantity),
      ...(filled(line.label) ? { label: line.label.trim() } : {}),
      ...(filled(line.unitPrice) ? { unitPriceCents: typedCents(line.unitPrice) } : {}),
      ...(filled(line.vatRate) ? { vatRatePercent: parsePercent(line.vatRate) ?? line.vatRate } : {}),
      ...(filled(line.discount) ? { discountPercent: parsePercent(line.discount) ?? line.discount } : {}),
    };
  const common = {
    catalogueItemId: line.catalogueItemId,
    quantity: typedNumber(line.quantity),
    ...(filled(line.discount) ? { discountPercent: parsePercent(line.discount) ?? line.discount } : {}),
    ...(filled(line.licensedUsers) ? { licensedUsers: typedNumber(line.licensedUsers) } : {}),
  };
  if (line.kind === 'rental') {
    return {
      kind: 'rental',
      ...common,
      rentalMonths: typedNumber(line.months),
      ...(filled(line.rent) ? { rentCents: typedCents(line.rent) } : {}),
      ...(filled(line.maintenanceFee) ? { maintenanceFeeCents: typedCents(line.maintenanceFee) } : {}),
    };
  }
  return {
    kind: line.kind,
    ...common,
    ...(filled(line.unitPrice) ? { unitPriceCents: typedCents(line.unitPrice) } : {}),
  };
}

/** The body of POST/PUT /api/quotes. */
export function toQuoteInput(draft: QuoteDraft): QuoteInput {
  const input: QuoteInput = {
    clientId: draft.clientId,
    deliveryLeadTime: draft.deliveryLeadTime.trim(),
    lines: draft.lines.map(toLineInput),
  };
  if (filled(draft.subject)) input.subject = draft.subject.trim();
  if (filled(draft.validityDays)) input.validityDays = typedNumber(draft.validityDays);
  if (draft.lessorId) input.lessorId = draft.lessorId;
  if (draft.notes.length > 0) input.notes = draft.notes;
  return input;
}

/** The editor state of a saved draft. */
export function fromQuote(quote: Quote): QuoteDraft {
  return {
    clientId: quote.clientId,
    subject: quote.subject ?? '',
    deliveryLeadTime: quote.deliveryLeadTime,
    validityDays: quote.validityDays === null ? '' : String(quote.validityDays),
    lessorId: quote.lessorId ?? '',
    notes: quote.notes,
    lines: quote.lines.map((l) => ({
      key: nextKey(),
      kind: l.kind,
      free: l.catalogueItemId === null,
      catalogueItemId: l.catalogueItemId ?? '',
      label: l.catalogueItemId === null ? l.label : '',
      vatRate: l.catalogueItemId === null ? decimalToInput(l.vatRatePercent) : '',
      quantity: decimalToInput(l.quantity),
      unitPrice: l.kind === 'rental' ? '' : centsToInput(l.unitPriceCents),
      discount: decimalToInput(l.discountPercent),
      rent: centsToInput(l.rentCents),
      maintenanceFee: centsToInput(l.maintenanceFeeCents),
      months: l.rentalMonths === null ? '' : String(l.rentalMonths),
      licensedUsers: l.licensedUsers === null ? '' : String(l.licensedUsers),
    })),
  };
}
