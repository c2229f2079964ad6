// Drawing and hashing recovery codes. Each code is 12 characters from a 31-character alphabet drawn with the
// operating system's random source: about 59 bits. That is far beyond guessing at the throttled sign-in step
// (5 tries per quarter hour), so a plain SHA-256 of the code is a sound hash: argon2's slowness protects low-entropy
// secrets (passwords) against offline guessing, which a 59-bit random code does not need, and a fast hash lets the
// sign-in step find the code with one indexed, conditional UPDATE.
import { createHash, randomInt } from 'node:crypto';
import {
  formatRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  normaliseRecoveryCode,
} from '#domain/accounts/recovery-codes.ts';
import type { Db } from '#db/client.ts';
import { createRecoveryCodesRepo } from '#db/repos/accounts/recovery-codes.repo.ts';

/** A new set of codes, as shown to the person (once). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let chars = '';
    for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) chars += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
    codes.add(formatRecoveryCode(chars));
  }
  return [...codes];
}

/** The stored form of a code: SHA-256 (hex) of its 12 characters, without hyphens (see normaliseRecoveryCode). */
export function hashRecoveryCode(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex');
}

/** Draws a new set for the person, replacing every old code, and returns it to be shown once. In a transaction. */
export async function issueRecoveryCodes(tx: Db, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  await createRecoveryCodesRepo(tx).replace(
    userId,
    codes.map((c) => hashRecoveryCode(normaliseRecoveryCode(c)!)),
    now,
  );
  return codes;
}
