/** The month after `today` (`YYYY-MM-DD`) as `YYYY-MM`: rents are invoiced in advance (art. 10.1). */
export function nextMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}
