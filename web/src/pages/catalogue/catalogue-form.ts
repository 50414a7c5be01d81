/** The catalogue item form's values (text as typed) and their conversion to the API body. */
import { centsToInput, decimalToInput, parsePercent, typedCents, typedNumber } from '../../parse-number.ts';
import type { CatalogueItem, CatalogueItemInput, ItemKind, OfferLine, SolutionKind } from '../../types/catalogue.ts';

export interface ItemFormValues {
  kind: ItemKind;
  name: string;
  sku: string;
  manufacturer: string;
  category: string;
  offerLine: OfferLine | '';
  solutionKind: SolutionKind;
  description: string;
  indicativePrice: string;
  vatRatePercent: string;
  rentable: boolean;
  monthlyRent: string;
  maintenanceFee: string;
  warrantyMonths: string;
  licenceUsers: string;
  lateCancellationIndemnity: string;
  offHoursSurchargePercent: string;
}

export function emptyItemForm(): ItemFormValues {
  return {
    kind: 'product',
    name: '',
    sku: '',
    manufacturer: '',
    category: '',
    offerLine: '',
    solutionKind: 'hardware',
    description: '',
    indicativePrice: '',
    vatRatePercent: '20',
    rentable: false,
    monthlyRent: '',
    maintenanceFee: '',
    warrantyMonths: '',
    licenceUsers: '',
    lateCancellationIndemnity: '',
    offHoursSurchargePercent: '',
  };
}

export function itemFormOf(item: CatalogueItem): ItemFormValues {
  return {
    kind: item.kind,
    name: item.name,
    sku: item.sku,
    manufacturer: item.manufacturer ?? '',
    category: item.category,
    offerLine: item.offerLine ?? '',
    solutionKind: item.solutionKind ?? 'hardware',
    description: item.description ?? '',
    indicativePrice: centsToInput(item.indicativePriceCents),
    vatRatePercent: item.vatRatePercent,
    rentable: item.rentable,
    monthlyRent: centsToInput(item.monthlyRentCents),
    maintenanceFee: centsToInput(item.maintenanceFeeCents),
    warrantyMonths: item.warrantyMonths === null ? '' : String(item.warrantyMonths),
    licenceUsers: item.licenceUsers === null ? '' : String(item.licenceUsers),
    lateCancellationIndemnity: centsToInput(item.lateCancellationIndemnityCents),
    offHoursSurchargePercent: decimalToInput(item.offHoursSurchargePercent),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
/** Empty → null; otherwise what was typed, so the server names a bad value at its field. */
const cents = (text: string) => (text.trim() === '' ? null : typedCents(text));
const whole = (text: string) => (text.trim() === '' ? null : typedNumber(text));

/** The body of POST /api/catalogue. */
export function toItemInput(values: ItemFormValues): CatalogueItemInput {
  return { kind: values.kind, ...toItemChanges(values) };
}

/** The body of PATCH /api/catalogue/:id: every field but `kind`, which never changes. */
export function toItemChanges(values: ItemFormValues): Omit<CatalogueItemInput, 'kind'> {
  const product = values.kind === 'product';
  const rentable = product && values.solutionKind === 'hardware' && values.rentable;
  return {
    name: values.name.trim(),
    sku: values.sku.trim(),
    manufacturer: orNull(values.manufacturer),
    category: values.category.trim(),
    offerLine: values.offerLine || null,
    solutionKind: product ? values.solutionKind : null,
    description: orNull(values.description),
    indicativePriceCents: cents(values.indicativePrice) ?? Number.NaN,
    vatRatePercent: values.vatRatePercent,
    rentable,
    monthlyRentCents: rentable ? cents(values.monthlyRent) : null,
    maintenanceFeeCents: rentable ? cents(values.maintenanceFee) : null,
    warrantyMonths: product ? whole(values.warrantyMonths) : null,
    licenceUsers: product && values.solutionKind === 'virtualized' ? whole(values.licenceUsers) : null,
    lateCancellationIndemnityCents: product ? null : cents(values.lateCancellationIndemnity),
    offHoursSurchargePercent: product
      ? null
      : values.offHoursSurchargePercent.trim() === ''
        ? null
        : (parsePercent(values.offHoursSurchargePercent) ?? values.offHoursSurchargePercent),
  };
}
