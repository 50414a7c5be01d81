/**
 * What makes a catalogue item coherent as a whole, checked on the state after a change so a
 * partial update cannot leave, say, a rentable product without a rent. Pure; errors name fields.
 */
import type { FieldError } from '../../kernel/errors.ts';
import { SERVICE_CATEGORIES } from './catalogue.schemas.ts';

/** The fields the checks look at (the stored state with the requested change applied). */
export interface ItemShape {
  kind: 'product' | 'service';
  category: string;
  offerLine: string | null;
  solutionKind: 'hardware' | 'virtualized' | null;
  rentable: boolean;
  monthlyRentCents: number | null;
  maintenanceFeeCents: number | null;
  warrantyMonths: number | null;
  licenceUsers: number | null;
  lateCancellationIndemnityCents: number | null;
  offHoursSurchargePercent: string | null;
}

const PRODUCT_ONLY = [
  'solutionKind',
  'warrantyMonths',
  'licenceUsers',
  'monthlyRentCents',
  'maintenanceFeeCents',
] as const;
const SERVICE_ONLY = ['lateCancellationIndemnityCents', 'offHoursSurchargePercent'] as const;

/** Every incoherence of the item, each at the field to correct; empty when coherent. */
export function checkItemShape(item: ItemShape): FieldError[] {
  const errors: FieldError[] = [];
  const err = (path: string, message: string, fr: string) => errors.push({ path, message, fr });
  if (item.kind === 'service') {
    if (!(SERVICE_CATEGORIES as readonly string[]).includes(item.category))
      err(
        'category',
        `a service is one of: ${SERVICE_CATEGORIES.join(', ')}`,
        `une prestation relève de l'une de ces catégories : ${SERVICE_CATEGORIES.join(', ')}`,
      );
    for (const f of PRODUCT_ONLY)
      if (item[f] !== null) err(f, 'only a product has this field', 'champ réservé aux produits');
    if (item.rentable) err('rentable', 'a service cannot be rented', 'une prestation ne peut pas être louée');
    return errors;
  }
  for (const f of SERVICE_ONLY)
    if (item[f] !== null) err(f, 'only a service has this field', 'champ réservé aux prestations');
  if (item.offerLine === null) err('offerLine', 'a product belongs to an offer line', "un produit relève d'une offre");
  if (item.solutionKind === null)
    err(
      'solutionKind',
      'a product is hardware or a virtualized solution',
      'un produit est un matériel ou une solution virtualisée',
    );
  if (item.solutionKind === 'virtualized') {
    // A solution is licensed (art. 8, 14.5), not delivered: it cannot be rented as equipment.
    if (item.licenceUsers === null)
      err(
        'licenceUsers',
        'a virtualized solution states its default number of licensed users',
        "une solution virtualisée indique le nombre d'utilisateurs couverts par défaut par sa licence",
      );
    if (item.rentable) err('rentable', 'only hardware can be rented', 'seul un matériel peut être loué');
  } else if (item.licenceUsers !== null) {
    err(
      'licenceUsers',
      'only a virtualized solution is licensed per user',
      "seule une solution virtualisée fait l'objet d'une licence par utilisateur",
    );
  }
  if (item.rentable) {
    if (item.monthlyRentCents === null || item.monthlyRentCents <= 0)
      err(
        'monthlyRentCents',
        'a rentable product needs a monthly rent above 0',
        'un produit proposé à la location doit avoir un loyer mensuel supérieur à 0',
      );
  } else {
    if (item.monthlyRentCents !== null)
      err(
        'monthlyRentCents',
        'only a rentable product has a monthly rent',
        'seul un produit proposé à la location a un loyer mensuel',
      );
    if (item.maintenanceFeeCents !== null)
      err(
        'maintenanceFeeCents',
        'only a rentable product has a rental maintenance fee',
        'seul un produit proposé à la location a une redevance de maintenance',
      );
  }
  return errors;
}
