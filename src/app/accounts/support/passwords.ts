// Hashing (argon2id, OWASP's parameters: 19 MiB, 2 passes), the breached-password check and the strength estimate.
// The list is the 49k most common passwords from breach corpora shipped by zxcvbn-ts, and the estimate is zxcvbn-ts's
// (with the same dictionaries and keyboard graphs, and the person's e-mail and name as words to guess); both are
// loaded on first use, not at start-up.
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '#domain/errors.ts';
import { normalisePassword, passwordProblems } from '#domain/accounts/passwords.ts';

const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum, not importable here) */ as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

let breached: Set<string> | null = null;
async function breachedList(): Promise<Set<string>> {
  if (!breached) {
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    breached = new Set((dictionary as Record<string, string[]>)['passwords-common']!.map((p) => p.toLowerCase()));
  }
  return breached;
}

type Estimator = (candidate: string, userInputs: string[]) => number;
let estimator: Promise<Estimator> | null = null;
function strengthEstimator(): Promise<Estimator> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, { dictionary, adjacencyGraphs }] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
    ]);
    const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
    return (candidate, userInputs) => zxcvbn.check(candidate, userInputs).score;
  })();
  return estimator;
}

export async function hashPassword(password: string): Promise<string> {
  return hash(normalisePassword(password), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalisePassword(password));
  } catch {
    return false;
  }
}

/** A hash of nothing in particular: verified against when the account does not exist, so timing tells nothing. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy password that no account has');
  return decoy;
}

/**
 * Throws VALIDATION_FAILED listing every rule the new password breaks (at body.<field>). `currentPasswordHash`: on
 * a change or a reset, the current password is refused.
 */
export async function assertAcceptablePassword(
  password: string,
  context: { email?: string | null; displayName?: string | null; field?: string; currentPasswordHash?: string | null },
): Promise<void> {
  const [list, estimate] = await Promise.all([breachedList(), strengthEstimator()]);
  const userInputs = [context.email, context.email?.split('@')[0], context.displayName].filter((v): v is string => !!v);
  const isCurrent = context.currentPasswordHash ? await verifyPassword(context.currentPasswordHash, password) : false;
  const problems = passwordProblems(password, {
    ...context,
    isBreached: (p) => list.has(p),
    score: (p) => estimate(p, userInputs),
    isCurrent,
  });
  if (problems.length === 0) return;
  throw new AppError('VALIDATION_FAILED', 'The password does not meet the rules.', {
    params: { problems },
    issues: problems.map((code) => ({
      path: ['body', context.field ?? 'password'],
      code: `password_${code}`,
      message: PASSWORD_MESSAGES[code],
    })),
  });
}

const PASSWORD_MESSAGES = {
  too_short: 'Use at least 15 characters; a few unrelated words make a good password.',
  too_long: 'Use at most 256 characters.',
  breached: 'This password appears in lists of breached passwords; choose another.',
  contains_identity: 'The password must not contain your e-mail address or name.',
  control_characters: 'The password contains control characters.',
  too_weak: 'This password is too easy to guess (a run, a repeat or a keyboard row); a few unrelated words make a good one.',
  same_as_current: 'Choose a password other than your current one.',
} as const;
