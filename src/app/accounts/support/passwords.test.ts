// The password rules as the app applies them: length and the breached list are not enough (15 spaces, a run of
// digits, a keyboard row, one letter repeated passed them), so zxcvbn-ts's estimate must reach the floor; and a
// change or reset refuses the current password. Real argon2, real zxcvbn-ts dictionaries.
import { describe, expect, it } from 'vitest';
import { AppError } from '#domain/errors.ts';
import { assertAcceptablePassword, hashPassword } from './passwords.ts';

async function problems(password: string, context: Parameters<typeof assertAcceptablePassword>[1] = {}): Promise<string[]> {
  try {
    await assertAcceptablePassword(password, context);
    return [];
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return e.issues.map((i) => i.code ?? '');
  }
}

describe('assertAcceptablePassword', () => {
  it('refuses long but guessable passwords as too weak, each with its own issue', async () => {
    for (const weak of [' '.repeat(15), '123456789012345', 'qwertyuiopasdfgh', 'a'.repeat(16), 'abcdefghijklmnop']) {
      expect(await problems(weak), JSON.stringify(weak)).toEqual(['password_too_weak']);
    }
  }, 30_000);

  it('accepts a few unrelated words', async () => {
    for (const strong of ['violet harbour lantern 1912', 'quiet orchard beneath snow', 'plum seventeen harbour kettle']) {
      expect(await problems(strong), strong).toEqual([]);
    }
  }, 30_000);

  it('counts the person’s e-mail and name as guessable words', async () => {
    expect(await problems('Amina Rahman Amina Rahman', { displayName: 'Amina Rahman' })).toContain('password_contains_identity');
  });

  it('refuses the current password on a change or a reset, and only then', async () => {
    const current = 'violet harbour lantern 1912';
    const currentPasswordHash = await hashPassword(current);
    expect(await problems(current, { currentPasswordHash, field: 'newPassword' })).toEqual(['password_same_as_current']);
    expect(await problems('quiet orchard beneath snow', { currentPasswordHash })).toEqual([]);
    expect(await problems(current)).toEqual([]);
  }, 30_000);
});
