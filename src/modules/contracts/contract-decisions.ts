/**
 * Decisions on requests against a formed contract (pure). They are not time-based rules of the
 * catalogue, but they act and cite their article like every decision (SPEC principle 1).
 */
import { formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import { makeDecision, type Decision } from '../../kernel/decision.ts';

/** art. 3.3: the client's commitment is firm; it can neither cancel nor modify the contract. */
export function clientChangeDecision(input: { asOf: string; termsVersion: string; contractNumber: string; request: 'cancel' | 'modify'; onBehalfOfClient: boolean }): Decision {
  const fr = input.request === 'cancel' ? "Demande d'annulation" : 'Demande de modification';
  const en = input.request === 'cancel' ? 'cancellation' : 'modification';
  return makeDecision(
    {
      rule: 'contract.client-change',
      asOf: input.asOf,
      outcome: 'refused',
      citation: { article: '3.3', termsVersion: input.termsVersion },
      explanation: {
        fr: `${fr} du contrat ${input.contractNumber} refusée : l'engagement du client est ferme et définitif dès la signature du devis, il ne peut annuler ni modifier le contrat de son propre fait (art. 3.3). Toute évolution passe par un nouveau devis.`,
        en: `Request for ${en} of contract ${input.contractNumber} refused: the client's commitment is firm and final from the signature of the quote; it cannot cancel or modify the contract on its own (art. 3.3). Any change goes through a new quote.`,
      },
      parameters: {},
    },
    { request: input.request, requestedBy: input.onBehalfOfClient ? 'staff-on-behalf-of-client' : 'client' },
  );
}

/** art. 3.4 and 19.1: the client assigns only with ALLEO's prior written consent; ALLEO after informing the client. */
export function assignmentDecision(input: { asOf: string; termsVersion: string; contractNumber: string; by: 'client' | 'alleo'; allowed: boolean; effectiveOn: string; assigneeName: string }): Decision {
  const { by, allowed } = input;
  const explanation =
    by === 'client'
      ? allowed
        ? { fr: `Cession du contrat ${input.contractNumber} par le client à ${input.assigneeName} : accord écrit et préalable d'ALLEO enregistré (art. 3.4 et 19.1).`, en: `Assignment of contract ${input.contractNumber} by the client to ${input.assigneeName}: ALLEO's prior written consent recorded (art. 3.4 and 19.1).` }
        : { fr: `Cession du contrat ${input.contractNumber} par le client refusée : elle exige l'accord écrit, exprès et préalable d'ALLEO (art. 3.4 et 19.1).`, en: `Assignment of contract ${input.contractNumber} by the client refused: it requires ALLEO's prior, express written consent (art. 3.4 and 19.1).` }
      : allowed
        ? { fr: `Cession du contrat ${input.contractNumber} par ALLEO à ${input.assigneeName} au ${formatDateFr(input.effectiveOn)}, après information préalable du client (art. 19.1).`, en: `Assignment of contract ${input.contractNumber} by ALLEO to ${input.assigneeName} on ${formatDateEn(input.effectiveOn)}, after informing the client beforehand (art. 19.1).` }
        : { fr: `Cession du contrat ${input.contractNumber} par ALLEO au ${formatDateFr(input.effectiveOn)} refusée : le client doit en être informé préalablement (art. 19.1).`, en: `Assignment of contract ${input.contractNumber} by ALLEO on ${formatDateEn(input.effectiveOn)} refused: the client must be informed beforehand (art. 19.1).` };
  return makeDecision(
    { rule: 'contract.assignment', asOf: input.asOf, outcome: allowed ? 'allowed' : 'refused', citation: { article: '19.1', termsVersion: input.termsVersion }, explanation, parameters: {} },
    { by, assigneeName: input.assigneeName, effectiveOn: input.effectiveOn },
  );
}
