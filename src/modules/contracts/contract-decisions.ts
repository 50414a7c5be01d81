/**
 * Decisions on requests against a formed contract. They act and cite their article like every
 * decision (SPEC principle 1): the refusal of a change by the client (art. 3.3) is built here; an
 * assignment is decided by rule contract.assignment of the catalogue (src/rules).
 */
import { makeDecision, type Decision } from '../../kernel/decision.ts';
import { evaluate } from '../../rules/index.ts';
import type { TermsVersion } from '../../terms/index.ts';

/** art. 3.3: the client's commitment is firm; it can neither cancel nor modify the contract. */
export function clientChangeDecision(input: {
  asOf: string;
  termsVersion: string;
  contractNumber: string;
  request: 'cancel' | 'modify';
  onBehalfOfClient: boolean;
}): Decision {
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

/** Rule contract.assignment (art. 3.4 and 19.1): by the client with ALLEO's written consent, by ALLEO after informing the client. */
export function assignmentDecision(input: {
  asOf: string;
  terms: TermsVersion;
  contractNumber: string;
  by: 'client' | 'alleo';
  writtenConsent: boolean;
  effectiveOn: string;
  assigneeName: string;
}): Decision {
  const facts = {
    contractNumber: input.contractNumber,
    by: input.by,
    assigneeName: input.assigneeName,
    effectiveOn: input.effectiveOn,
    ...(input.by === 'client' ? { writtenConsent: input.writtenConsent } : {}),
  };
  return evaluate('contract.assignment', facts, { asOf: input.asOf, terms: input.terms });
}
