import { moneyColumn, type ExportColumn } from '../../http/table-export.ts';
import type { InvoiceSummary } from './invoices.schemas.ts';

const STATES: Record<string, { fr: string; en: string }> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  'credit-note': { fr: 'Avoir', en: 'Credit note' },
  paid: { fr: 'Payée', en: 'Paid' },
  overdue: { fr: 'Échue impayée', en: 'Overdue' },
  due: { fr: 'Exigible', en: 'Due' },
  'not-due': { fr: 'Non échue', en: 'Not due' },
};

/** The columns of the invoices export, headers in the asked language; amounts in euros (numbers). */
export function invoiceExportColumns(lang: 'fr' | 'en'): ExportColumn<InvoiceSummary>[] {
  const fr = lang === 'fr';
  return [
    { header: fr ? 'Numéro' : 'Number', value: (r) => r.number },
    {
      header: fr ? 'Type' : 'Kind',
      value: (r) => (r.kind === 'credit-note' ? (fr ? 'Avoir' : 'Credit note') : fr ? 'Facture' : 'Invoice'),
    },
    { header: 'Client', value: (r) => r.clientName },
    { header: fr ? 'Contrat' : 'Contract', value: (r) => r.contractNumber },
    { header: fr ? 'Date d’émission' : 'Issue date', value: (r) => r.issueDate },
    { header: fr ? 'Échéance' : 'Due date', value: (r) => r.dueDate },
    moneyColumn(fr ? 'Montant HT (€)' : 'Net (€)', (r) => r.netCents),
    moneyColumn(fr ? 'TVA (€)' : 'VAT (€)', (r) => r.vatCents),
    moneyColumn(fr ? 'Montant TTC (€)' : 'Gross (€)', (r) => r.grossCents),
    moneyColumn(fr ? 'Payé (€)' : 'Paid (€)', (r) => r.paidCents),
    moneyColumn(fr ? 'Reste dû (€)' : 'Open (€)', (r) => r.openCents),
    { header: fr ? 'État' : 'State', value: (r) => STATES[r.paymentState]?.[lang] ?? r.paymentState },
  ];
}
