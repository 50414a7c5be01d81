import type { z } from 'zod';
import { moneyColumn, type ExportColumn } from '../../http/table-export.ts';
import type { DebitNoteSummary } from './debit-notes.schemas.ts';

type Summary = z.infer<typeof DebitNoteSummary>;

/** The columns of the debit notes export, headers in the asked language; amounts in euros, two decimals. */
export function debitNoteExportColumns(lang: 'fr' | 'en'): ExportColumn<Summary>[] {
  const fr = lang === 'fr';
  return [
    { header: fr ? 'Numéro' : 'Number', value: (r) => r.number },
    { header: 'Client', value: (r) => r.clientName },
    { header: fr ? 'Date d’émission' : 'Issue date', value: (r) => r.issueDate },
    { header: fr ? 'Échéance' : 'Due date', value: (r) => r.dueDate },
    moneyColumn(fr ? 'Montant (€)' : 'Amount (€)', (r) => r.totalCents),
    moneyColumn(fr ? 'Payé (€)' : 'Paid (€)', (r) => r.paidCents),
    moneyColumn(fr ? 'Reste dû (€)' : 'Open (€)', (r) => r.openCents),
    {
      header: fr ? 'État' : 'Status',
      value: (r) => (r.status === 'paid' ? (fr ? 'Payée' : 'Paid') : fr ? 'À payer' : 'Open'),
    },
  ];
}
