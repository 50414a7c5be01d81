import { useMemo } from 'react';
import { useStatement } from '../../data/payments.ts';
import { byDueDate } from './allocation-form.ts';
import type { OpenDocument } from './allocation-form.ts';

/**
 * What the client has open today, from its account statement: issued invoices and debit notes,
 * oldest due date first (`firstId` first when given: the document the user came from).
 */
export function useOpenDocuments(clientId: string, firstId: string | null = null) {
  const statement = useStatement(clientId || null, Boolean(clientId));
  const documents: OpenDocument[] = useMemo(() => {
    const data = statement.data;
    if (!data) return [];
    const open = [
      ...data.invoices
        .filter((i) => i.kind === 'invoice' && i.openCents > 0)
        .map((i): OpenDocument => ({
          kind: 'invoice',
          id: i.id,
          number: i.number,
          dueDate: i.dueDate,
          openCents: i.openCents,
        })),
      ...data.debitNotes
        .filter((n) => n.openCents > 0)
        .map((n): OpenDocument => ({
          kind: 'debit-note',
          id: n.id,
          number: n.number,
          dueDate: n.dueDate,
          openCents: n.openCents,
        })),
    ].sort(byDueDate);
    const first = open.findIndex((doc) => doc.id === firstId);
    return first > 0 ? [open[first]!, ...open.filter((_, i) => i !== first)] : open;
  }, [statement.data, firstId]);
  return { documents, query: statement };
}
