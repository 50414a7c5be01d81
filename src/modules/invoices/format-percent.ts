/** '12.15' → '12,15 %' (French writing of a rate). */
export function formatPercentFr(ratePercent: string): string {
  return `${ratePercent.replace('.', ',')} %`;
}
