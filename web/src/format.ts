/** Display formatting: money in EUR (French style), civil dates dd/mm/yyyy, rates in percent. */

const eur = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const integer = new Intl.NumberFormat('fr-FR');
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Formats integer euro cents, e.g. 123456 → "1 234,56 €" (French separators). */
export function formatEur(cents: number): string {
  return eur.format(cents / 100);
}

/** Formats an integer with French digit grouping. */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** True for a `YYYY-MM-DD` civil date string. */
export function isCivilDate(value: unknown): value is string {
  return typeof value === 'string' && CIVIL_DATE.test(value);
}

/** True for an ISO 8601 timestamp string. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

/** Formats a civil date `YYYY-MM-DD` as dd/mm/yyyy without going through time zones. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = CIVIL_DATE.exec(value);
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  if (isTimestamp(value)) return formatDateTime(value).slice(0, 10);
  return value;
}

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Formats an ISO timestamp as dd/mm/yyyy hh:mm in Europe/Paris time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : dateTime.format(time).replace(',', '');
}

/** Formats a decimal percent string ("12.15") in French: "12,15 %". */
export function formatPercent(value: string | number): string {
  return `${String(value).replace('.', ',')}\u00a0%`;
}

/** Adds whole points to a decimal percent string exactly (no float drift): ("4.15", 10) → "14.15". */
export function addPoints(percent: string, points: number): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(percent.trim());
  if (!match) return percent;
  const decimals = match[3]?.length ?? 0;
  const scale = 10n ** BigInt(decimals);
  const sign = match[1] === '-' ? -1n : 1n;
  const scaled = sign * (BigInt(match[2] ?? '0') * scale + BigInt(match[3] ?? '0')) + BigInt(points) * scale;
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const whole = (abs / scale).toString();
  const fraction = decimals > 0 ? `.${(abs % scale).toString().padStart(decimals, '0')}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Today's civil date in Europe/Paris, `YYYY-MM-DD` (the default evaluation date). */
export function todayInParis(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
