/** The assignment form (art. 3.4, 19.1): values as typed and the API body they make. */
import type { AssignmentInput } from '../../types/contracts.ts';
import type { UploadedDocument } from '../../types/quotes.ts';

export type AssignmentBy = 'alleo' | 'client';

export interface AssignmentValues {
  by: AssignmentBy;
  assigneeName: string;
  assigneeSiren: string;
  effectiveOn: string;
  /** Who signs ALLEO's notice letter. */
  signatoryName: string;
  signatoryTitle: string;
}

export function emptyAssignment(signatoryName: string): AssignmentValues {
  return { by: 'alleo', assigneeName: '', assigneeSiren: '', effectiveOn: '', signatoryName, signatoryTitle: '' };
}

/** The day after `civil` (`YYYY-MM-DD`): the earliest date ALLEO's assignment can take effect, after its notice. */
export function nextDay(civil: string): string {
  return new Date(Date.parse(`${civil}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const optional = <K extends string>(key: K, text: string) =>
  text.trim() ? ({ [key]: text.trim() } as Record<K, string>) : {};

/** The body of POST /api/contracts/:id/assignments; blanks are left out for the server to name. */
export function assignmentBody(
  values: AssignmentValues,
  consentDocument: UploadedDocument | undefined,
): AssignmentInput {
  const common = {
    assigneeName: values.assigneeName.trim(),
    ...optional('assigneeSiren', values.assigneeSiren.replace(/\s+/g, '')),
  };
  if (values.by === 'client')
    return {
      by: 'client',
      ...common,
      ...optional('effectiveOn', values.effectiveOn),
      ...(consentDocument ? { consentDocument } : {}),
    };
  return {
    by: 'alleo',
    ...common,
    effectiveOn: values.effectiveOn,
    signatoryName: values.signatoryName.trim(),
    ...optional('signatoryTitle', values.signatoryTitle),
  };
}
