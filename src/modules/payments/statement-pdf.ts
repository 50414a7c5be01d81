/** The account statement as a French PDF (relevé de compte), dated the statement date. */
import type { AppContext } from '../../context.ts';
import { renderStatementPdf, type StatementDocument } from '../../documents/statement.ts';
import type { Actor } from '../auth/index.ts';
import { loadParties } from '../shared/index.ts';
import { termsInForce } from '../terms-versions/index.ts';
import type { StatementOut } from './payments.schemas.ts';

export function statementDocument(
  s: StatementOut,
  parties: Pick<StatementDocument, 'seller' | 'client'>,
  recoveryIndemnityCents: number,
): StatementDocument {
  return {
    asOf: s.asOf,
    recoveryIndemnityCents,
    ...parties,
    invoices: s.invoices,
    debitNotes: s.debitNotes,
    payments: s.payments.map((p) => ({
      ...p,
      allocations: p.allocations.map((a) => ({
        number: a.invoiceNumber ?? a.debitNoteNumber,
        amountCents: a.amountCents,
      })),
    })),
    totals: s.totals,
    ageing: s.ageing,
  };
}

/** Renders a statement the actor was allowed to read. */
export async function statementPdf(
  ctx: AppContext,
  actor: Actor,
  statement: StatementOut,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const { seller, client } = await loadParties(ctx, actor.orgId, statement.client.id);
  // The indemnity the statement states is that of the terms in force on its date, not a fixed 40 €.
  const terms = await termsInForce(ctx, actor.orgId, statement.asOf);
  const bytes = await renderStatementPdf(
    statementDocument(statement, { seller, client }, terms.parameters.recoveryIndemnityCents),
  );
  const slug = statement.client.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return { bytes, filename: `releve-compte-${slug || 'client'}-${statement.asOf}.pdf` };
}
