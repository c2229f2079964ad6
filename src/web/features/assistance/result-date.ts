// A result records what happened: a date after today is most likely a slip (or an expectation), so the form warns.

/** Today's date (YYYY-MM-DD) in the reader's time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a complete ISO date lies after `today`. */
export function isFutureDate(iso: string, today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && iso > today;
}
