// Which message an API issue gets: one clear sentence per rule ("This field is required.", "Use at least 15
// characters."), from the issue's code and the bounds the API sends with it, rather than zod's generic codes.
import type { MessageKey } from '../i18n/i18n.tsx';
import type { MessageValues } from '../i18n/icu.ts';

export interface IssueLike {
  code?: string;
  params?: Record<string, string | number>;
}

/** Issue codes with a message of their own in the catalogues (`issues.<code>`); others get a generic one. */
const KNOWN_ISSUES = new Set([
  'required',
  'password_too_short',
  'password_too_long',
  'password_breached',
  'password_too_weak',
  'password_same_as_current',
  'password_contains_identity',
  'password_control_characters',
  'password_incorrect',
  'token_invalid',
  'code_invalid',
  'code_reused',
  'invalid_email',
  'invalid_date',
  'future_date',
  'unknown_state',
  'unknown_organisation',
  'unknown_person',
  'unknown_region',
  'role_not_fitting',
  'not_allowed',
  'empty',
  'too_large',
  'extension_not_allowed',
  'content_mismatch',
  'too_small',
  'too_big',
  'too_long',
  'invalid_format',
  'invalid_type',
  'invalid_value',
  'unrecognized_key',
  // Assistance records (activities and their results)
  'end_before_start',
  'counts_mismatch',
  'invalid_count',
  'duplicate',
  'before_activity',
  'not_a_deposit',
  'event_mismatch',
]);

/** Whether an issue's code has a message of its own (else the client also shows the API's English message). */
export function isKnownIssue(code: string | undefined): boolean {
  return code !== undefined && KNOWN_ISSUES.has(code);
}

const LENGTHS = new Set(['string']);
const COUNTS = new Set(['array', 'set']);
const AMOUNTS = new Set(['number', 'int', 'bigint']);

/** The catalogue key and values of an issue's message. */
export function issueMessageKey(issue: IssueLike): [MessageKey, MessageValues?] {
  const { code, params = {} } = issue;
  const origin = String(params.origin ?? '');
  if (code === 'too_small' && typeof params.minimum === 'number') {
    const minimum = params.minimum;
    if (LENGTHS.has(origin)) return minimum <= 1 ? ['issues.required'] : ['issues.tooShort', { minimum }];
    if (COUNTS.has(origin)) return minimum <= 1 ? ['issues.required'] : ['issues.tooFew', { minimum }];
    if (AMOUNTS.has(origin)) return ['issues.tooLow', { minimum }];
  }
  if (code === 'too_big' && typeof params.maximum === 'number') {
    const maximum = params.maximum;
    if (LENGTHS.has(origin)) return ['issues.tooLong', { maximum }];
    if (COUNTS.has(origin)) return ['issues.tooMany', { maximum }];
    if (AMOUNTS.has(origin)) return ['issues.tooHigh', { maximum }];
  }
  if (code === 'invalid_format' && params.format === 'email') return ['issues.invalid_email'];
  if (code && KNOWN_ISSUES.has(code)) return [`issues.${code}` as MessageKey];
  return ['issues.invalid'];
}
