/** The delivery note (bon de livraison) PDF, with the serial numbers of the delivered units (art. 4.1, 4.2.1). */
import type { AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import type { EvidenceDocument } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import { getOrganisation } from '../organisations/index.ts';
import { loadParties } from '../shared/index.ts';

export interface DeliveryNoteInput {
  number: string;
  contractNumber: string;
  kind: 'sale' | 'rental';
  deliveredOn: string;
  mode: 'exw' | 'shipped' | 'on-site';
  site: string | null;
  shippingCents: number | null;
  lines: Array<{ label: string; sku: string; serials: string[] }>;
}

/** The parties and the place of the note, read before the delivery's transaction. */
export async function deliveryNoteParties(ctx: AppContext, orgId: string, clientId: string) {
  const [{ seller, client }, org] = await Promise.all([loadParties(ctx, orgId, clientId), getOrganisation(ctx, orgId)]);
  return { seller, client, city: org.city };
}
type NoteParties = Awaited<ReturnType<typeof deliveryNoteParties>>;

export async function renderDeliveryNote(p: NoteParties, n: DeliveryNoteInput): Promise<EvidenceDocument> {
  const { seller, client } = p;
  const where =
    n.kind === 'rental'
      ? `Mise à disposition dans les locaux du client${n.site ? ` (${n.site})` : ''} (art. 4.2.1). Le transfert des risques a lieu à la signature du présent bon de livraison ; le client assure le matériel tous risques et en fournit l'attestation. Le matériel loué reste la propriété exclusive de ${seller.name} (art. 4.2.5).`
      : n.mode === 'exw'
        ? `Livraison EXW (Incoterms ICC 2020) dans les locaux de ${seller.name} : le transport se fait aux risques et périls du client (art. 4.1.1).`
        : `Expédition${n.site ? ` à ${n.site}` : ''} par ${seller.name} en qualité de mandataire du client, aux risques et périls du client (art. 4.1.1)${n.shippingCents ? ` ; frais de livraison ${formatEurosFr(n.shippingCents)} HT` : ''}.`;
  const paragraphs = [
    `Livraison du ${formatDateFr(n.deliveredOn)} au titre du contrat n° ${n.contractNumber}.`,
    ...n.lines.map(
      (l) => `${l.label} (${l.sku}) — ${l.serials.length} unité(s), n° de série : ${l.serials.join(', ')}.`,
    ),
    where,
    'Réserves : tout manquant ou avarie doit être noté sur le présent bon et confirmé au transporteur par lettre recommandée avec accusé de réception ou tout autre moyen écrit approprié dans les trois jours ouvrables suivant la livraison, copie à ALLEO ; à défaut, les produits sont réputés mis à disposition en parfait état (art. 4.1.3).',
    ...(n.kind === 'sale'
      ? [
          'RÉSERVE DE PROPRIÉTÉ : le transfert de propriété des produits au client est subordonné au paiement effectif de l’intégralité de leur prix en principal, intérêts et accessoires (art. 4.1.4).',
        ]
      : []),
    'Signature du client (nom, qualité, date) :',
  ];
  const bytes = await renderLetterPdf({
    sender: seller,
    recipient: client,
    place: p.city,
    date: n.deliveredOn,
    subject: `Bon de livraison n° ${n.number}`,
    reference: `Contrat n° ${n.contractNumber}`,
    paragraphs,
    signature: { name: seller.name },
  });
  return { bytes, mediaType: PDF_MEDIA_TYPE, filename: `bon-de-livraison-${n.number}.pdf` };
}
