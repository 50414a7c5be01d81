/**
 * Decisions the equipment module takes itself (they cite their article like every decision, SPEC
 * principle 1): the transfer of risk at the signature of a rental delivery note (4.2.1), and the
 * refusals of art. 4.1.2 (delay penalties), 4.2.5 (ALLEO's property), 5.2 and 5.3 (provisioning),
 * 10.3 (prepayment before delivery).
 */
import { formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import { makeDecision, type Decision } from '../../kernel/decision.ts';

interface Base {
  asOf: string;
  termsVersion: string;
}

function decision(
  b: Base,
  rule: string,
  article: string,
  outcome: string,
  fr: string,
  en: string,
  fields: Record<string, unknown> = {},
): Decision {
  return makeDecision(
    {
      rule,
      asOf: b.asOf,
      outcome,
      citation: { article, termsVersion: b.termsVersion },
      explanation: { fr, en },
      parameters: {},
    },
    fields,
  );
}

export function riskTransferDecision(b: Base & { deliveryNumber: string; signedBy: string; signedAt: string }) {
  return decision(
    b,
    'rental.risk-transfer',
    '4.2.1',
    'transferred',
    `Bon de livraison ${b.deliveryNumber} signé par ${b.signedBy} le ${b.signedAt} : les risques du matériel loué passent au client, qui doit l'assurer tous risques (art. 4.2.1).`,
    `Delivery note ${b.deliveryNumber} signed by ${b.signedBy} at ${b.signedAt}: the risks of the rented products pass to the client, who must insure them against all risks (art. 4.2.1).`,
    { deliveryNumber: b.deliveryNumber, signedBy: b.signedBy, signedAt: b.signedAt },
  );
}

export function prepaymentRefusal(b: Base & { contractNumber: string }) {
  return decision(
    b,
    'delivery.prepayment',
    '10.3',
    'refused',
    `Livraison du contrat ${b.contractNumber} refusée : le client est soumis au paiement préalable et des factures restent impayées ; la livraison attend leur règlement (art. 10.3).`,
    `Delivery of contract ${b.contractNumber} refused: the client must prepay and invoices remain unpaid; the delivery waits for their payment (art. 10.3).`,
  );
}

export function penaltyDecision(b: Base & { deliveryNumber: string; accepted: boolean; amountCents: number }) {
  return b.accepted
    ? decision(
        b,
        'delivery.delay-penalty',
        '4.1.2',
        'recorded',
        `Pénalité de retard sur la livraison ${b.deliveryNumber} enregistrée : ALLEO en a accepté le principe par écrit au préalable (art. 4.1.2).`,
        `Delay penalty on delivery ${b.deliveryNumber} recorded: ALLEO accepted the principle in writing beforehand (art. 4.1.2).`,
        { amountCents: b.amountCents },
      )
    : decision(
        b,
        'delivery.delay-penalty',
        '4.1.2',
        'refused',
        `Pénalité de retard sur la livraison ${b.deliveryNumber} refusée : les délais de livraison sont indicatifs et aucune pénalité ne s'applique sans l'accord préalable et écrit d'ALLEO (art. 4.1.2).`,
        `Delay penalty on delivery ${b.deliveryNumber} refused: delivery dates are indicative and no penalty applies without ALLEO's prior written acceptance (art. 4.1.2).`,
        { amountCents: b.amountCents },
      );
}

const ACTS = {
  transfer: { fr: 'la cession', en: 'a transfer' },
  sublease: { fr: 'la sous-location', en: 'a sublease' },
  pledge: { fr: 'la mise en gage', en: 'a pledge' },
} as const;

export function ownershipRefusal(b: Base & { serial: string; act: keyof typeof ACTS }) {
  return decision(
    b,
    'rental.ownership',
    '4.2.5',
    'refused',
    `Refus d'enregistrer ${ACTS[b.act].fr} du matériel ${b.serial} : ALLEO en est propriétaire exclusif ; le client ne peut le céder, le louer, le sous-louer ni le donner en gage (art. 4.2.5).`,
    `Refused to record ${ACTS[b.act].en} of unit ${b.serial}: ALLEO is its exclusive owner; the client may not transfer, rent out, sublease or pledge it (art. 4.2.5).`,
    { serial: b.serial, act: b.act },
  );
}

export function seizureDecision(b: Base & { serial: string; seizedOn: string }) {
  return decision(
    b,
    'rental.seizure',
    '4.2.5',
    'reported',
    `Saisie du matériel ${b.serial} signalée par le client (le ${formatDateFr(b.seizedOn)}) : le client doit déclarer à l'huissier que le matériel appartient à ALLEO (art. 4.2.5).`,
    `Seizure of unit ${b.serial} reported by the client (on ${formatDateEn(b.seizedOn)}): the client must tell the bailiff the unit belongs to ALLEO (art. 4.2.5).`,
    { serial: b.serial, seizedOn: b.seizedOn },
  );
}

export function provisioningRefusal(b: Base & { reason: 'unpaid' | 'telephony-hosting'; label: string }) {
  return b.reason === 'unpaid'
    ? decision(
        b,
        'solution.provisioning',
        '5.2',
        'refused',
        `Mise à disposition de « ${b.label} » refusée : la solution virtualisée est installée après l'encaissement de son prix (art. 5.2).`,
        `Provisioning of "${b.label}" refused: the virtualized solution is installed once its price is collected (art. 5.2).`,
        { reason: b.reason },
      )
    : decision(
        b,
        'solution.provisioning',
        '5.3',
        'refused',
        `Mise à disposition de « ${b.label} » refusée : pour l'offre Téléphonie, les données sont hébergées sur les serveurs d'ALLEO (art. 5.3).`,
        `Provisioning of "${b.label}" refused: for the Telephony offer, data is hosted on ALLEO's servers (art. 5.3).`,
        { reason: b.reason },
      );
}

export function insuranceReminderDecision(
  b: Base & { contractNumber: string; reason: 'missing' | 'expiring'; until?: string },
) {
  return b.reason === 'missing'
    ? decision(
        b,
        'rental.insurance',
        '4.2.1',
        'reminded',
        `Contrat ${b.contractNumber} : aucune attestation d'assurance tous risques reçue 15 jours après la livraison ; relance envoyée (art. 4.2.1).`,
        `Contract ${b.contractNumber}: no all-risk insurance certificate received 15 days after delivery; reminder sent (art. 4.2.1).`,
        { reason: b.reason },
      )
    : decision(
        b,
        'rental.insurance',
        '4.2.1',
        'reminded',
        `Contrat ${b.contractNumber} : l'attestation d'assurance expire le ${formatDateFr(b.until!)} ; relance envoyée (art. 4.2.1).`,
        `Contract ${b.contractNumber}: the insurance certificate expires on ${formatDateEn(b.until!)}; reminder sent (art. 4.2.1).`,
        { reason: b.reason, until: b.until },
      );
}
