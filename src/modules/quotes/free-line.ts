/**
 * Free-text quote lines (issue #17, ADR 0033): a service not in the catalogue, which art. 6.8
 * prices "aux conditions et tarifs en vigueur d'ALLEO au jour de la commande", is typed on the
 * quote with its own label, unit price and VAT rate. Sales and rentals stay catalogue lines: a
 * sold or rented product is delivered, tracked by serial number and (rented) billed monthly from
 * the catalogue's rent and maintenance fee (art. 4.2, 6.7), none of which a typed line carries.
 */
import { formatDateFr } from '../../kernel/dates.ts';
import type { FieldError } from '../../kernel/errors.ts';
import { REQUIRED } from '../../kernel/people-words.ts';
import { findRateInForce, type VatRate } from '../vat-rates/index.ts';
import type { QuoteLineInput } from './quotes.schemas.ts';

/** What a free-text line gives the pricing and the stored line. */
export interface FreeLine {
  label: string;
  unitPriceCents: number;
  vatRatePercent: string;
}

const required = (path: string): FieldError => ({ path, message: REQUIRED.en, fr: REQUIRED.fr });

/** The fields only a free-text line may carry, refused on a catalogue line (they come from the item). */
export function freeFieldsOnCatalogueLine(line: QuoteLineInput, path: string): FieldError[] {
  if (line.kind !== 'service') return [];
  const errors: FieldError[] = [];
  if (line.label !== undefined)
    errors.push({
      path: `${path}.label`,
      message: 'a catalogue line takes its label from the catalogue',
      fr: 'une ligne du catalogue prend le libellé de son article',
    });
  if (line.vatRatePercent !== undefined)
    errors.push({
      path: `${path}.vatRatePercent`,
      message: 'a catalogue line takes its VAT rate from the catalogue',
      fr: 'une ligne du catalogue prend le taux de TVA de son article',
    });
  return errors;
}

/**
 * Checks a line typed without a catalogue item: only a service, with a label, a unit price and a
 * VAT rate in force on the quote's date. Every missing or bad field is reported at once.
 */
export function checkFreeLine(
  line: QuoteLineInput,
  path: string,
  rates: readonly VatRate[],
  onDate: string,
): FieldError[] | FreeLine {
  if (line.kind !== 'service')
    return [
      {
        path: `${path}.catalogueItemId`,
        message: `required: a ${line.kind} line needs its catalogue item; only a service can be typed free`,
        fr: `obligatoire : une ligne de ${line.kind === 'rental' ? 'location' : 'vente'} porte sur un article du catalogue ; seule une prestation se saisit en texte libre`,
      },
    ];
  const { label, unitPriceCents, vatRatePercent } = line;
  const rate = vatRatePercent === undefined ? undefined : findRateInForce(rates, vatRatePercent, onDate);
  const errors: FieldError[] = [];
  if (label === undefined) errors.push(required(`${path}.label`));
  if (unitPriceCents === undefined) errors.push(required(`${path}.unitPriceCents`));
  if (vatRatePercent === undefined) errors.push(required(`${path}.vatRatePercent`));
  else if (!rate)
    errors.push({
      path: `${path}.vatRatePercent`,
      message: `VAT rate ${vatRatePercent} % is not in force on ${onDate}`,
      fr: `le taux de TVA de ${vatRatePercent.replace('.', ',')} % n'est pas en vigueur au ${formatDateFr(onDate)}`,
    });
  if (label === undefined || unitPriceCents === undefined || !rate) return errors;
  return { label, unitPriceCents, vatRatePercent: rate.ratePercent };
}
