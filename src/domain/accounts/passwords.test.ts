import { describe, expect, it } from 'vitest';
import { normalisePassword, passwordProblems, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from './passwords.ts';

const BREACHED = new Set(['correcthorsebatterystaple', 'password1234567890', 'iloveyouiloveyouiloveyou']);
const context = { email: 'amina.diallo@example.org', displayName: 'Amina Diallo', isBreached: (p: string) => BREACHED.has(p) };

describe('passwordProblems', () => {
  it.each<[string, string, PasswordProblem[]]>([
    ['15 characters are enough', 'river lamp ochre', []],
    ['14 are not', 'a'.repeat(14).replace(/a/g, 'q'), ['too_short']],
    ['exactly the minimum', 'x7'.repeat(7) + 'y', []],
    ['the maximum is allowed', 'z'.repeat(PASSWORD_MAX_LENGTH), []],
    ['one more is too long', 'z'.repeat(PASSWORD_MAX_LENGTH + 1), ['too_long']],
    ['any script counts by code point (Chinese)', '我的密码是长城上的一块砖头和月亮', []],
    ['astral characters count once each', '😀'.repeat(PASSWORD_MIN_LENGTH - 1), ['too_short']],
    ['Arabic with spaces', 'كلمة سر طويلة جدا هنا', []],
    ['no composition rules: lower case only', 'tangerine umbrella', []],
    ['breached, in any case', 'CorrectHorseBatteryStaple', ['breached']],
    ['breached once spaces are removed', 'correct horse battery staple', ['breached']],
    ['contains the e-mail local part', 'my name is amina.diallo ok', ['contains_identity']],
    ['contains the display name, any case', 'hello AMINA DIALLO friend', ['contains_identity']],
    ['control characters', 'tangerine\u0007umbrella', ['control_characters']],
    ['several problems at once', 'amina.diallo', ['too_short', 'contains_identity']],
  ])('%s', (_name, password, expected) => {
    expect(passwordProblems(password, context)).toEqual(expected);
  });

  it('ignores identity parts shorter than four characters', () => {
    expect(passwordProblems('the bob of all trades here', { email: 'bob@x.org', displayName: 'Bo', isBreached: () => false })).toEqual([]);
  });

  it('works without an e-mail or name', () => {
    expect(passwordProblems('tangerine umbrella', { isBreached: () => false })).toEqual([]);
  });

  it('normalises with NFKC, so compatibility forms are the same password', () => {
    expect(normalisePassword('ｆｕｌｌｗｉｄｔｈ')).toBe('fullwidth');
    expect(normalisePassword('e\u0301')).toBe('é');
  });
});
