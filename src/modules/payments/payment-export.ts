import { moneyColumn, type ExportColumn } from '../../http/table-export.ts';
import type { PaymentOut } from './payments.schemas.ts';

const MEANS: Record<string, { fr: string; en: string }> = {
  'bank-transfer': { fr: 'Virement bancaire', en: 'Bank transfer' },
  'direct-debit': { fr: 'Prélèvement SEPA', en: 'SEPA direct debit' },
  'administrative-mandate': { fr: 'Mandat administratif', en: 'Administrative mandate' },
  other: { fr: 'Autre moyen', en: 'Other means' },
};

/** The columns of the payments export, headers in the asked language; amounts in euros, two decimals. */
export function paymentExportColumns(lang: 'fr' | 'en'): ExportColumn<PaymentOut>[] {
  const fr = lang === 'fr';
  return [
    { header: fr ? 'Reçu le' : 'Received on', value: (r) => r.receivedOn },
    { header: 'Client', value: (r) => r.clientName },
    { header: fr ? 'Moyen' : 'Means', value: (r) => MEANS[r.means]?.[lang] ?? r.means },
    { header: fr ? 'Référence' : 'Reference', value: (r) => r.reference },
    { header: fr ? 'Libellé' : 'Label', value: (r) => r.label },
    moneyColumn(fr ? 'Montant (€)' : 'Amount (€)', (r) => r.amountCents),
    moneyColumn(fr ? 'Imputé (€)' : 'Allocated (€)', (r) => r.allocatedCents),
    moneyColumn(fr ? 'Crédit restant (€)' : 'Credit left (€)', (r) => r.unallocatedCents),
    {
      header: fr ? 'Pièces réglées' : 'Documents paid',
      value: (r) =>
        r.allocations
          .map((a) => a.invoiceNumber ?? a.debitNoteNumber)
          .filter(Boolean)
          .join(', '),
    },
    {
      header: fr ? 'Statut' : 'Status',
      value: (r) => (r.status === 'reversed' ? (fr ? 'Contrepassé' : 'Reversed') : fr ? 'Enregistré' : 'Recorded'),
    },
  ];
}
