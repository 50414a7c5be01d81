/**
 * The mandate form the debtor signs (EPC SDD rulebooks, mandate annex): the unique mandate
 * reference, the creditor and its SEPA creditor identifier (ICS), the debtor and its account, the
 * scheme, recurrent payments, and the rulebook's authorisation text (CORE: refund within 8 weeks;
 * B2B: no refund, the debtor's bank checks the mandate). Rendered with the project's PDF writer as
 * a letter, with a place for the date and the signature.
 */
import type { AppContext } from '../../context.ts';
import { parisDate } from '../../context.ts';
import { renderLetterPdf } from '../../documents/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { formatIban } from '../../kernel/identifiers.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { loadParties } from '../shared/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import { getMandate } from './mandates.ts';

export async function mandatePdf(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ filename: string; bytes: Uint8Array }> {
  const m = await getMandate(ctx, actor, id);
  const today = parisDate(ctx.now());
  const [{ seller, client }, org, terms] = await Promise.all([
    loadParties(ctx, actor.orgId, m.clientId),
    getOrganisation(ctx, actor.orgId),
    termsInForce(ctx, actor.orgId, today),
  ]);
  const days = terms.parameters.sepaPreNotificationDays;
  const creditor = org.name;
  const authorisation =
    m.scheme === 'CORE'
      ? [
          `En signant ce formulaire de mandat, vous autorisez (A) ${creditor} à envoyer des instructions à votre banque pour débiter votre compte, et (B) votre banque à débiter votre compte conformément aux instructions de ${creditor}.`,
          'Vous bénéficiez du droit d’être remboursé par votre banque selon les conditions décrites dans la convention que vous avez passée avec elle. Une demande de remboursement doit être présentée dans les 8 semaines suivant la date de débit de votre compte pour un prélèvement autorisé.',
        ]
      : [
          `En signant ce formulaire de mandat, vous autorisez (A) ${creditor} à envoyer des instructions à votre banque pour débiter votre compte, et (B) votre banque à débiter votre compte conformément aux instructions de ${creditor}.`,
          'Ce mandat est destiné uniquement aux comptes de professionnels (prélèvement SEPA interentreprises, B2B). Vous n’avez pas droit au remboursement d’un prélèvement autorisé ; vous pouvez demander à votre banque de ne pas débiter votre compte jusqu’au jour de l’échéance. Vous devez remettre ce mandat à votre banque, qui le vérifiera.',
        ];
  const bytes = await renderLetterPdf({
    sender: seller,
    recipient: client,
    place: org.city,
    date: today,
    subject: `Mandat de prélèvement SEPA ${m.scheme === 'CORE' ? '(CORE)' : 'interentreprises (B2B)'}`,
    reference: `Référence unique du mandat (RUM) : ${m.reference}`,
    paragraphs: [
      `Créancier : ${creditor} — identifiant créancier SEPA (ICS) : ${org.sepa_creditor_id ?? '(à compléter)'}`,
      `Débiteur : ${m.debtorName}`,
      `IBAN du débiteur : ${formatIban(m.debtorIban)}${m.debtorBic ? ` — BIC : ${m.debtorBic}` : ''}`,
      'Type de paiement : récurrent (factures payables par prélèvement automatique, art. 10.1 des conditions générales de vente).',
      ...authorisation,
      `Vos droits concernant le présent mandat sont expliqués dans un document que vous pouvez obtenir auprès de votre banque. Vous serez informé de chaque prélèvement, de son montant et de sa date, au moins ${days} jours avant l’échéance (art. 10.1 des conditions générales de vente).`,
      `Fait à : ............................ le ${m.signedOn ? formatDateFr(m.signedOn) : '..../..../........'}`,
      'Signature du débiteur :',
    ],
    signature: { name: m.debtorName, title: 'Signature' },
  });
  return { filename: `mandat-sepa-${m.reference}.pdf`, bytes };
}
