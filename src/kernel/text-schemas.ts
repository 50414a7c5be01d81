/**
 * zod strings for text that is stored. PostgreSQL cannot store U+0000 in text (the insert fails,
 * which would surface as a 500), and other control characters in a name or an address are never
 * intended, so they are refused up front with a field error, on both engines alike.
 */
import { z } from 'zod';
import { bilingualMessage } from './schemas.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_REFUSED = bilingualMessage('control characters are not allowed', 'caractères de contrôle non autorisés');

/** One line of text, trimmed, without control characters. */
export function singleLineText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !CONTROL.test(s), CONTROL_REFUSED);
}

/** Text that may span lines (tabs and line breaks allowed), trimmed. */
export function multiLineText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !CONTROL_BUT_LINES.test(s), CONTROL_REFUSED);
}

/** An identifier in a path or a body: letters, digits, '-' and '_' (our ids are UUIDs). */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'expected an identifier');

/** An uploaded file's name: no path, no control characters. */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[/\\]/.test(name) && [...name].every((ch) => ch.charCodeAt(0) >= 0x20),
    bilingualMessage(
      'a file name, without a path or control characters',
      'un nom de fichier, sans chemin ni caractères de contrôle',
    ),
  );

/** The base64 length of a file of `bytes` bytes, padding included (base64 grows 4/3). */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
