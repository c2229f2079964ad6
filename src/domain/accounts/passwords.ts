// Password rules after NIST SP 800-63B (rev. 4, §3.1.1.2): length is what counts, so at least 15 characters
// (Accord lets people sign in with a password alone), at most 256 (every printable character, spaces and any
// script allowed, no composition rules), and none found in lists of breached or common passwords, nor the account's
// own e-mail or name. Length alone admits 15 spaces or `123456789012345`, so a strength estimate (zxcvbn's score,
// 0–4) must also reach PASSWORD_MIN_SCORE; and a change or reset must choose a password other than the current one.
// The breached list, the estimate and whether it is the current password are passed in (the app computes them), so
// this stays pure.

export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's score: 3 is "safely unguessable" (about 10^10 guesses), what an offline attack on a leaked hash needs. */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordProblem =
  | 'too_short'
  | 'too_long'
  | 'breached'
  | 'contains_identity'
  | 'control_characters'
  | 'too_weak'
  | 'same_as_current';

/** NFKC, as NIST asks, so the same password typed on two keyboards is the same password. */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Length in characters as people count them (code points), not UTF-16 units. */
function length(text: string): number {
  return [...text].length;
}

export function passwordProblems(
  password: string,
  context: {
    email?: string | null;
    displayName?: string | null;
    isBreached: (candidate: string) => boolean;
    /** The strength estimate (0–4) of the normalised password; without it, no strength rule. */
    score?: (candidate: string) => number;
    /** It is the account's current password (on a change or a reset). */
    isCurrent?: boolean;
  },
): PasswordProblem[] {
  const p = normalisePassword(password);
  const problems: PasswordProblem[] = [];
  const n = length(p);
  if (n < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (n > PASSWORD_MAX_LENGTH) problems.push('too_long');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(p)) problems.push('control_characters');
  const lower = p.toLowerCase();
  if (context.isBreached(lower) || context.isBreached(lower.replace(/\s+/g, ''))) problems.push('breached');
  const identity = [context.email, context.email?.split('@')[0], context.displayName]
    .filter((v): v is string => !!v && length(v) >= 4)
    .map((v) => v.toLowerCase());
  if (identity.some((v) => lower.includes(v))) problems.push('contains_identity');
  // Only worth estimating when the rules above pass: a short or breached password has its own clearer message.
  if (problems.length === 0 && context.score && context.score(p) < PASSWORD_MIN_SCORE) problems.push('too_weak');
  if (context.isCurrent) problems.push('same_as_current');
  return problems;
}
