// Recovery codes for the second factor: what one looks like and how a typed one is read. Lower-case letters and
// digits without the ones people confuse (0/o, 1/l/i), in three groups of four: `abcd-efgh-jkmn`. Drawing them is
// the app layer's (it needs a random source).

export const RECOVERY_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;
const GROUPS = 3;
const GROUP_LENGTH = 4;
export const RECOVERY_CODE_LENGTH = GROUPS * GROUP_LENGTH;

/** Writes 12 characters as three groups joined by hyphens. */
export function formatRecoveryCode(chars: string): string {
  const groups: string[] = [];
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i += GROUP_LENGTH) groups.push(chars.slice(i, i + GROUP_LENGTH));
  return groups.join('-');
}

/**
 * The code as typed, reduced to its 12 characters (case, spaces and hyphens do not matter), or null when it cannot
 * be a recovery code (a 6-digit TOTP code, for instance): the sign-in step then reads it as a TOTP code.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const chars = typed.toLowerCase().replace(/[\s-]+/g, '');
  if (chars.length !== RECOVERY_CODE_LENGTH) return null;
  for (const c of chars) if (!RECOVERY_CODE_ALPHABET.includes(c)) return null;
  return chars;
}
