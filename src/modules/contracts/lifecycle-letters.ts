/** Letters of the contract lifecycle (art. 15.2, 16.1): formal notice, termination. PDF, registered. */
import type { AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf, type PartyIdentity } from '../../documents/index.ts';
import type { EvidenceDocument } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { formatEurosFr } from '../../kernel/money.ts';
import { getOrganisation } from '../organisations/index.ts';
import { loadParties } from '../shared/index.ts';

interface ContractRef {
  id: string;
  number: string;
  client_id: string;
}

const BREACH_FR: Record<string, string> = {
  'non-payment': 'le défaut de paiement des sommes dues (art. 10)',
  obligations: 'le manquement à vos obligations de client (art. 7)',
  confidentiality: 'le manquement à votre obligation de confidentialité (art. 13)',
  'intellectual-property': 'l’atteinte aux droits de propriété intellectuelle (art. 14)',
  other: 'le manquement à vos obligations contractuelles',
};

export interface LetterParties {
  seller: PartyIdentity;
  client: PartyIdentity;
  place: string;
}

/** The parties of a letter, read before the transaction that stores it. */
export async function letterParties(ctx: AppContext, orgId: string, clientId: string): Promise<LetterParties> {
  const [{ seller, client }, org] = await Promise.all([loadParties(ctx, orgId, clientId), getOrganisation(ctx, orgId)]);
  return { seller, client, place: org.city };
}

async function letter(
  parties: LetterParties,
  contract: ContractRef,
  date: string,
  subject: string,
  paragraphs: string[],
  signatory: string,
  filename: string,
): Promise<EvidenceDocument> {
  const { seller, client, place } = parties;
  const bytes = await renderLetterPdf({
    sender: seller,
    recipient: client,
    place,
    date,
    subject,
    reference: `Contrat n° ${contract.number}`,
    registered: true,
    paragraphs: [
      'Madame, Monsieur,',
      ...paragraphs,
      'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.',
    ],
    signature: { name: signatory },
  });
  return { bytes, mediaType: PDF_MEDIA_TYPE, filename };
}

/** The formal notice stating the intent to use the termination clause (art. 15.2). */
export function formalNoticeLetter(
  parties: LetterParties,
  contract: ContractRef,
  n: { breach: string; description: string; sentOn: string; curable: boolean; cureDays: number; signatory: string },
) {
  return letter(
    parties,
    contract,
    n.sentOn,
    `Mise en demeure — contrat n° ${contract.number}`,
    [
      `Nous constatons ${BREACH_FR[n.breach] ?? BREACH_FR.other} : ${n.description}`,
      n.curable
        ? `Par la présente, nous vous mettons en demeure d’y remédier dans un délai de ${n.cureDays} jours à compter de la réception de ce courrier. À défaut, nous entendons nous prévaloir de la clause résolutoire de l’article 15.2 de nos conditions générales et résilier le contrat de plein droit, sans préjudice de tous dommages et intérêts.`
        : 'Ce manquement ne pouvant être réparé, nous entendons nous prévaloir de l’article 15.2 de nos conditions générales et résilier le contrat sans délai de mise en demeure.',
    ],
    n.signatory,
    `mise-en-demeure-${contract.number}-${n.sentOn}.pdf`,
  );
}

/** The termination letter (art. 15.2 or 16.1), with the refund listing when there is one. */
export function terminationLetter(
  parties: LetterParties,
  contract: ContractRef,
  t: {
    date: string;
    effectiveOn: string;
    article: string;
    groundFr: string;
    refundChoice: 'credit-note' | 'none';
    refundReason: string;
    refundCents: number;
    /** The credit notes drafted for the refund (numbered when accounting issues them). */
    credits: ReadonlyArray<{ invoiceNumber: string | null; netCents: number }>;
    rental: boolean;
    signatory: string;
  },
) {
  const paragraphs = [
    `Nous vous notifions la résiliation du contrat n° ${contract.number} en application de l’article ${t.article} de nos conditions générales, à compter du ${formatDateFr(t.effectiveOn)}.`,
    `Motif : ${t.groundFr}`,
    'Les commandes non encore livrées ne seront pas exécutées.',
    t.refundChoice === 'credit-note'
      ? `Les sommes versées au titre de prestations non exécutées, soit ${formatEurosFr(t.refundCents)} HT, vous seront remboursées par avoir (${t.refundReason}).`
      : `Aucun remboursement n’est dû : ${t.refundReason}.`,
  ];
  // The letter names each credit note the termination drafted, by the invoice it corrects: a
  // draft has no number yet (it takes one at issue, from the gapless counter).
  for (const c of t.credits)
    paragraphs.push(
      `Avoir de ${formatEurosFr(c.netCents)} HT établi sur la facture n° ${c.invoiceNumber ?? '—'}, qui vous sera adressé à son émission.`,
    );
  if (t.rental)
    paragraphs.push(
      'Les produits loués doivent nous être restitués conformément à l’article 15.3 ; à défaut, une indemnité d’immobilisation égale au loyer mensuel ramené au jour de retard sera due.',
    );
  return letter(
    parties,
    contract,
    t.date,
    `Résiliation du contrat n° ${contract.number}`,
    paragraphs,
    t.signatory,
    `resiliation-${contract.number}-${t.date}.pdf`,
  );
}
