/** Portable substring search: a lower-cased LIKE pattern whose wildcards in the text are literal. */

/** The escape character to declare with the pattern: `… like ${pattern} escape '\'`. */
export const LIKE_ESCAPE = '\\';

/** "50%_off" → "%50\%\_off%": matches the text anywhere, case folded by the caller's lower(). */
export function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
