import type { ExportColumn } from '../../http/table-export.ts';
import type { ContractStatus } from '../../db/schema.ts';
import type { ContractSummary } from './contracts.schemas.ts';

const STATUSES: Record<ContractStatus, { fr: string; en: string }> = {
  active: { fr: 'En cours', en: 'Active' },
  suspended: { fr: 'Suspendu (force majeure)', en: 'Suspended (force majeure)' },
  terminated: { fr: 'Résilié', en: 'Terminated' },
  cancelled: { fr: 'Annulé', en: 'Cancelled' },
  ended: { fr: 'Terminé', en: 'Ended' },
};

const euros = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : cents / 100);

/**
 * The columns of the contracts export, headers in the asked language; amounts in euros (numbers),
 * left out for the roles that do not see prices (ADR 0015).
 */
export function contractExportColumns(lang: 'fr' | 'en', withPrices: boolean): ExportColumn<ContractSummary>[] {
  const fr = lang === 'fr';
  const columns: ExportColumn<ContractSummary>[] = [
    { header: fr ? 'Numéro' : 'Number', value: (r) => r.number },
    { header: 'Client', value: (r) => r.clientName },
    { header: fr ? 'Devis' : 'Quote', value: (r) => (r.quoteNumber ? `${r.quoteNumber} v${r.quoteVersion}` : null) },
    { header: fr ? 'Date de commande' : 'Order date', value: (r) => r.orderDate },
    { header: fr ? 'Date d’effet' : 'Effective date', value: (r) => r.effectiveDate },
    {
      header: fr ? 'Statut' : 'Status',
      value: (r) => STATUSES[r.status as ContractStatus]?.[lang] ?? r.status,
    },
  ];
  if (!withPrices) return columns;
  return [
    ...columns,
    { header: fr ? 'Montant TTC (€)' : 'Gross (€)', value: (r) => euros(r.grossCents) },
    { header: fr ? 'Loyer mensuel (€)' : 'Monthly rent (€)', value: (r) => euros(r.monthlyRentCents) },
  ];
}
