import type { ExportColumn } from '../../http/table-export.ts';
import type { ClientSummary, FinancialStatus, PaymentMethod } from './clients.schemas.ts';

type Words = { fr: string; en: string };

const PAYMENT: Record<PaymentMethod, Words> = {
  'bank-transfer': { fr: 'Virement bancaire', en: 'Bank transfer' },
  'direct-debit': { fr: 'Prélèvement SEPA', en: 'SEPA direct debit' },
  'administrative-mandate': { fr: 'Mandat administratif', en: 'Administrative mandate' },
};

/** A financial status in words (screens, exports, rule explanations): never the raw code. */
export const FINANCIAL_STATUS_WORDS: Record<FinancialStatus, Words> = {
  normal: { fr: 'Normale', en: 'Normal' },
  watch: { fr: 'Sous surveillance', en: 'Under watch' },
  'prepayment-required': { fr: 'Paiement préalable exigé', en: 'Prepayment required' },
};

/**
 * The columns of the clients export, headers in the asked language. The financial status is
 * ALLEO's internal assessment: its column is left out for a client user (ADR 0015).
 */
export function clientExportColumns(lang: 'fr' | 'en', withFinancialStatus: boolean): ExportColumn<ClientSummary>[] {
  const fr = lang === 'fr';
  const yesNo = (b: boolean) => (b ? (fr ? 'Oui' : 'Yes') : fr ? 'Non' : 'No');
  return [
    { header: fr ? 'Raison sociale' : 'Legal name', value: (r) => r.legalName },
    { header: 'SIREN', value: (r) => r.siren },
    { header: 'SIRET', value: (r) => r.siret },
    { header: fr ? 'Code postal' : 'Postal code', value: (r) => r.postalCode },
    { header: fr ? 'Ville' : 'City', value: (r) => r.city },
    { header: fr ? 'Mode de paiement' : 'Payment method', value: (r) => PAYMENT[r.paymentMethod][lang] },
    { header: fr ? 'Acheteur public' : 'Public buyer', value: (r) => yesNo(r.publicBuyer) },
    ...(withFinancialStatus
      ? [
          {
            header: fr ? 'Situation financière' : 'Financial status',
            value: (r: ClientSummary) => (r.financialStatus ? FINANCIAL_STATUS_WORDS[r.financialStatus][lang] : null),
          },
        ]
      : []),
    { header: fr ? 'Correspondant désigné' : 'Designated contact', value: (r) => r.correspondentName },
    { header: fr ? 'Fin de relation' : 'Relationship ended', value: (r) => r.relationshipEndedOn },
  ];
}
