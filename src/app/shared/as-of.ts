// The date a status view is "as of". Defaults to today (from the injected clock, never Date.now()); a future date
// or an impossible one ("2004-02-31") is refused, naming the parameter, because the data could not answer it.
import { AppError } from '#domain/errors.ts';
import { isIsoDate, todayIso } from '#domain/treaties/dates.ts';

export function resolveAsOf(asOf: string | undefined, now: Date, parameter = 'asOf'): string {
  const today = todayIso(now);
  if (asOf === undefined) return today;
  if (!isIsoDate(asOf)) {
    throw new AppError('VALIDATION_FAILED', `${parameter} must be a real date (YYYY-MM-DD).`, {
      params: { parameter },
      issues: [{ path: [parameter], code: 'invalid_date', message: 'must be a real date (YYYY-MM-DD)' }],
    });
  }
  if (asOf > today) {
    throw new AppError('VALIDATION_FAILED', `${parameter} must not be in the future.`, {
      params: { parameter, today },
      issues: [{ path: [parameter], code: 'future_date', message: `must not be after ${today}` }],
    });
  }
  return asOf;
}
