/**
 * The retention-of-title clause (art. 4.1.4 of the CGV), printed on the quote, the order
 * acknowledgement and the invoice whenever they sell goods: a rented unit stays ALLEO's property
 * anyway (art. 4.2.5) and a service has no title to retain, so those documents go without it.
 */
import type { DocumentLine } from './model.ts';
import { paragraphs } from './blocks.ts';
import type { Content } from './layout/types.ts';

/** True when one of the lines sells goods (kind 'sale'). */
export function sellsGoods(lines: readonly Pick<DocumentLine, 'kind'>[]): boolean {
  return lines.some((l) => l.kind === 'sale');
}

/** The clause, restating art. 4.1.4 with the seller's name. */
export function retentionOfTitleText(seller: string): string {
  return `Réserve de propriété (art. 4.1.4 des CGV) : le transfert de propriété des produits vendus au client est subordonné au paiement effectif de l'intégralité de leur prix en principal, intérêts et accessoires. Jusque-là, les produits restent la propriété de ${seller} ; le client s'engage à ce qu'ils restent identifiables après la livraison et, en cas de revente, ${seller} se réserve le prix non encore payé par l'acquéreur à due concurrence de sa créance.`;
}

/** The clause as a document block, or nothing when no line sells goods. */
export function retentionOfTitleBlock(seller: string, lines: readonly Pick<DocumentLine, 'kind'>[]): Content[] {
  return sellsGoods(lines) ? paragraphs('Réserve de propriété', [retentionOfTitleText(seller)]) : [];
}
