/** `?a=1&b=x` from the defined, non-empty values of `params` ('' when none). */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A path segment made safe for a URL. */
export const seg = (value: string) => encodeURIComponent(value);
