import type { AppContext } from '../../context.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { findClient } from '../clients/index.ts';
import { findLessorIdentity } from '../lessors/index.ts';
import { buildLines } from './build-lines.ts';
import type { QuoteInput } from './quotes.schemas.ts';

/**
 * Validates a draft against the database (client, lessor, catalogue) and prices its lines;
 * every problem is reported at once, by field, before anything is written.
 */
export async function checkDraft(ctx: AppContext, orgId: string, quoteId: string, input: QuoteInput, onDate: string) {
  const errors: FieldError[] = [];
  if (!(await findClient(ctx, orgId, input.clientId)))
    errors.push({ path: 'clientId', message: 'unknown client', fr: 'client inconnu' });
  if (input.lessorId !== undefined) {
    const lessor = await findLessorIdentity(ctx, orgId, input.lessorId);
    if (!lessor || !lessor.active)
      errors.push({
        path: 'lessorId',
        message: 'unknown or inactive financing partner',
        fr: 'organisme de financement inconnu ou inactif',
      });
    if (!input.lines.some((l) => l.kind === 'rental'))
      errors.push({
        path: 'lessorId',
        message: 'a financing partner finances rental lines only',
        fr: 'un organisme de financement ne finance que des lignes de location',
      });
  }
  let built: Awaited<ReturnType<typeof buildLines>> | undefined;
  try {
    built = await buildLines(ctx, orgId, quoteId, input.lines, onDate);
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'request.invalid')) throw e;
    errors.push(...e.errors);
  }
  if (errors.length > 0 || !built) throw new AppError('request.invalid', { errors });
  return built;
}

/** The quote columns a draft's input sets. */
export function draftColumns(input: QuoteInput) {
  return {
    client_id: input.clientId,
    subject: input.subject ?? null,
    delivery_lead_time: input.deliveryLeadTime,
    validity_days: input.validityDays ?? null,
    lessor_id: input.lessorId ?? null,
    notes_json: JSON.stringify(input.notes ?? []),
  };
}

/** The columns of a new draft (created or revised): nothing issued, accepted or closed yet. */
export function newDraftColumns(createdBy: string, now: string) {
  return {
    status: 'draft' as const,
    issue_date: null,
    expires_on: null,
    terms_version: null,
    pdf_sha256: null,
    issued_at: null,
    issued_by: null,
    accepted_on: null,
    acceptance_json: null,
    closed_at: null,
    created_by: createdBy,
    created_at: now,
    updated_at: now,
  };
}
