import { describe, expect, it } from 'vitest';
import { formatMessage } from './icu.ts';

const f = (lang: string) => ({ plural: new Intl.PluralRules(lang), number: new Intl.NumberFormat(lang) });

describe('formatMessage', () => {
  it('substitutes arguments and formats numbers', () => {
    expect(formatMessage('{a} of {n}', { a: 'x', n: 1234 }, f('en'))).toBe('x of 1,234');
  });

  it('chooses plural forms by the language rules, exact matches first', () => {
    const msg = '{count, plural, =0 {none} one {# party} other {# parties}}';
    expect(formatMessage(msg, { count: 0 }, f('en'))).toBe('none');
    expect(formatMessage(msg, { count: 1 }, f('en'))).toBe('1 party');
    expect(formatMessage(msg, { count: 19 }, f('en'))).toBe('19 parties');
  });

  it('handles the six Arabic forms and the Russian few/many', () => {
    const ar = '{n, plural, zero {z} one {o} two {t} few {f#} many {m#} other {x#}}';
    expect([0, 1, 2, 3, 11, 100].map((n) => formatMessage(ar, { n }, f('ar')).replace(/[^\p{L}]/gu, ''))).toEqual([
      'z',
      'o',
      't',
      'f',
      'm',
      'x',
    ]);
    const ru = '{n, plural, one {# документ} few {# документа} many {# документов} other {# документа}}';
    expect(formatMessage(ru, { n: 21 }, f('ru'))).toBe('21 документ');
    expect(formatMessage(ru, { n: 3 }, f('ru'))).toBe('3 документа');
    expect(formatMessage(ru, { n: 19 }, f('ru'))).toBe('19 документов');
  });

  it('nests arguments inside plural branches and supports select', () => {
    const msg = '{g, select, a {A {n, plural, one {# one} other {# many}}} other {B}}';
    expect(formatMessage(msg, { g: 'a', n: 2 }, f('en'))).toBe('A 2 many');
    expect(formatMessage(msg, { g: 'z', n: 2 }, f('en'))).toBe('B');
  });

  it('leaves a missing argument visible rather than blank', () => {
    expect(formatMessage('as of {date}', {}, f('en'))).toBe('as of {date}');
  });
});
