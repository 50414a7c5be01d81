/**
 * Keyset cursors of the lists: the sort values of the last row of a page, as an opaque
 * base64url string the client sends back (`after`). Decoding checks the shape, never trusts it.
 */
export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The cursor's values, or null when it is not a cursor of `arity` strings. */
export function decodeCursor(cursor: string, arity: number): string[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string')
      ? (values as string[])
      : null;
  } catch {
    return null;
  }
}
