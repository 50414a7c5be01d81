import type { ExportColumn } from '../../http/table-export.ts';
import type { QuoteSummary } from './quotes.schemas.ts';

const STATUSES: Record<QuoteSummary['status'], { fr: string; en: string }> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  issued: { fr: 'Émis', en: 'Issued' },
  accepted: { fr: 'Accepté', en: 'Accepted' },
  refused: { fr: 'Refusé', en: 'Refused' },
  expired: { fr: 'Expiré', en: 'Expired' },
  superseded: { fr: 'Remplacé', en: 'Superseded' },
};

const euros = (cents: number) => cents / 100;

/** The columns of the quotes export, headers in the asked language; amounts in euros (numbers). */
export function quoteExportColumns(lang: 'fr' | 'en'): ExportColumn<QuoteSummary>[] {
  const fr = lang === 'fr';
  return [
    { header: fr ? 'Numéro' : 'Number', value: (r) => r.number },
    { header: 'Version', value: (r) => r.version },
    { header: 'Client', value: (r) => r.clientName },
    { header: fr ? 'Objet' : 'Subject', value: (r) => r.subject },
    { header: fr ? 'Statut' : 'Status', value: (r) => STATUSES[r.status][lang] },
    { header: fr ? 'Date d’émission' : 'Issue date', value: (r) => r.issueDate },
    { header: fr ? 'Valable jusqu’au' : 'Valid until', value: (r) => r.expiresOn },
    { header: fr ? 'Montant HT (€)' : 'Net (€)', value: (r) => euros(r.netCents) },
    { header: fr ? 'Montant TTC (€)' : 'Gross (€)', value: (r) => euros(r.grossCents) },
  ];
}
