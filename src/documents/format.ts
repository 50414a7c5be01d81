/** French print forms used by every document (amounts, dates, rates, identifiers). */
import { formatDateFr, type CivilDate } from '../kernel/dates.ts';
import { formatIban } from '../kernel/identifiers.ts';
import { formatEurosFr, formatWholeEurosFr } from '../kernel/money.ts';
import type { PartyIdentity, SellerIdentity } from './model.ts';

/** 123456 → "1 234,56 €". */
export const euros = formatEurosFr;

/** A fixed amount as the terms state it: 4000 → "40 €". */
export const wholeEuros = formatWholeEurosFr;

/** '2026-11-26' → "26 novembre 2026" ('1er' for the first of a month, as French writes it). */
export const dateFr = (date: CivilDate): string => formatDateFr(date);

/** '5.5' → "5,5 %". */
export function percentFr(ratePercent: string): string {
  return `${ratePercent.replace('.', ',')} %`;
}

/** '1.5' → "1,5"; 2 → "2". */
export function quantityFr(quantity: string | number): string {
  return String(quantity).replace('.', ',');
}

/** Groups digits by three from the left, as INSEE prints them: "481 422 475", "481 422 475 00014". */
function groupSirenDigits(digits: string): string {
  const siren = digits.slice(0, 9).replace(/(\d{3})(?=\d)/g, '$1 ');
  return digits.length > 9 ? `${siren} ${digits.slice(9)}` : siren;
}

/** The identity lines of a party, in the order French documents print them. */
export function identityLines(party: PartyIdentity): string[] {
  const lines = [...party.addressLines];
  if (party.siret) lines.push(`SIRET ${groupSirenDigits(party.siret)}`);
  else if (party.siren) lines.push(`SIREN ${groupSirenDigits(party.siren)}`);
  if (party.rcs) lines.push(party.rcs);
  if (party.vatNumber) lines.push(`N° TVA intracommunautaire : ${party.vatNumber}`);
  if (party.email) lines.push(party.email);
  if (party.phone) lines.push(`Tél. ${party.phone}`);
  return lines;
}

/** "ALLEO SASU". */
export function partyName(party: PartyIdentity): string {
  return party.legalForm ? `${party.name} ${party.legalForm}` : party.name;
}

/** The seller's bank details for payment by transfer: "IBAN …", "BIC …". */
export function bankLines(seller: SellerIdentity): string[] {
  const lines = seller.iban ? [`IBAN ${formatIban(seller.iban)}`] : [];
  if (seller.bic) lines.push(`BIC ${seller.bic}`);
  return lines;
}

/** The one-line legal identity printed in every page footer (C. com. R123-237). */
export function legalFooter(seller: SellerIdentity): string {
  const parts = [partyName(seller)];
  if (seller.shareCapitalCents !== undefined) parts.push(`au capital de ${euros(seller.shareCapitalCents)}`);
  parts.push(seller.addressLines.join(', '));
  if (seller.rcs) parts.push(seller.rcs);
  else if (seller.siren) parts.push(`SIREN ${groupSirenDigits(seller.siren)}`);
  if (seller.vatNumber) parts.push(`TVA ${seller.vatNumber}`);
  return parts.join(' — ');
}
