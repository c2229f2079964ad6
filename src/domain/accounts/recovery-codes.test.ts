import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_ALPHABET } from './recovery-codes.ts';

describe('recovery codes', () => {
  it('are written as three groups of four', () => {
    expect(formatRecoveryCode('abcdefghjkmn')).toBe('abcd-efgh-jkmn');
  });

  it('leave out the characters people confuse', () => {
    for (const c of '01ilo') expect(RECOVERY_CODE_ALPHABET).not.toContain(c);
  });

  it('are read whatever the case, spaces and hyphens', () => {
    expect(normaliseRecoveryCode('ABCD-efgh-jkmn')).toBe('abcdefghjkmn');
    expect(normaliseRecoveryCode(' abcd efgh jkmn ')).toBe('abcdefghjkmn');
    expect(normaliseRecoveryCode('abcdefghjkmn')).toBe('abcdefghjkmn');
  });

  it('are told apart from TOTP codes and anything else', () => {
    expect(normaliseRecoveryCode('123456')).toBeNull();
    expect(normaliseRecoveryCode('abcd-efgh-jkm')).toBeNull();
    expect(normaliseRecoveryCode('abcd-efgh-jkm0')).toBeNull(); // 0 is not in the alphabet
    expect(normaliseRecoveryCode('abcd-efgh-jkmn-p')).toBeNull();
  });
});
