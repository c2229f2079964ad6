// Optimistic concurrency in the use cases (ADR 19): a write names the version it was made on; the repository's
// update bumps the version in the same statement and matches `version = expected`, so a write that lost the race
// changes nothing and the use case says so with PRECONDITION_FAILED (the route answers 412 with the current record).
import { AppError } from '#domain/errors.ts';

export function staleVersion(expected: number): AppError {
  return new AppError('PRECONDITION_FAILED', 'Someone else changed this record after you read it: nothing was written.', {
    params: { expected },
  });
}

/**
 * Refuses early, before validation or a no-op shortcut, when the record read is not the version the write was made
 * on. The update itself checks again atomically (`WHERE version = expected`), so this is not what guarantees it.
 */
export function assertVersion(current: { version: number }, expected: number): void {
  if (current.version !== expected) throw staleVersion(expected);
}

/** After `UPDATE … WHERE id = $1 AND version = $2`: no row means another write came first. */
export function assertUpdated(rows: number, expected: number): void {
  if (rows === 0) throw staleVersion(expected);
}
