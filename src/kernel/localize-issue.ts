/**
 * French messages for validation errors. zod words its messages in English when it parses;
 * its French locale re-words an issue from its code and parameters. The parsed value is not
 * kept in the issue, so the received type is rebuilt from the English message.
 * A custom check (refine, superRefine) has no code to word from: it carries its own French in
 * `params.fr` (see bilingualMessage in schemas.ts), else its English message is kept.
 */
import { z } from 'zod';

const fr = z.locales.fr();
const SAMPLE_OF_TYPE: Record<string, unknown> = {
  string: '',
  number: 0,
  boolean: false,
  undefined: undefined,
  null: null,
  object: {},
  array: [],
  bigint: 0n,
  date: new Date(0),
};

export function frenchMessage(keyword: string, params: Record<string, unknown>, englishMessage: string): string {
  // A custom check's own message says more than zod's generic "Entrée invalide".
  if (keyword === 'custom') {
    const french = (params.params as { fr?: unknown } | undefined)?.fr;
    return typeof french === 'string' ? french : englishMessage;
  }
  try {
    const received = /received (\w+)/.exec(englishMessage)?.[1];
    const issue = {
      ...params,
      code: keyword,
      path: [],
      input: received !== undefined ? SAMPLE_OF_TYPE[received] : params.input,
    } as Parameters<typeof fr.localeError>[0];
    const message = fr.localeError(issue);
    return typeof message === 'string' && message.length > 0 ? message : englishMessage;
  } catch {
    return englishMessage;
  }
}
