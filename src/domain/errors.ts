// The closed set of error codes the application raises. The HTTP layer maps each code to a status through one
// table (src/http/plugins/errors.ts); the web app translates `errors.<code>`. Pure: no I/O.

export const ERROR_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'VALIDATION_FAILED',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One failing input: where (path of keys, e.g. ['query', 'asOf']) and why. */
export interface ErrorIssue {
  path: (string | number)[];
  message: string;
  /** A machine-readable reason, e.g. 'invalid_date', 'future_date', 'unrecognized_keys'. */
  code?: string;
  /** The rule's bounds, for a precise message: `minimum`, `maximum`, `origin` (string, number, array…), `format`. */
  params?: Record<string, string | number>;
}

export interface AppErrorOptions {
  /** Values for the translated message (e.g. { code: 'XYZ' } for "Participant {code} not found"). */
  params?: Record<string, unknown>;
  issues?: ErrorIssue[];
}

export class AppError extends Error {
  readonly params: Record<string, unknown>;
  readonly issues: ErrorIssue[];

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.params = options.params ?? {};
    this.issues = options.issues ?? [];
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
