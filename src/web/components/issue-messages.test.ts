import { describe, expect, it } from 'vitest';
import ar from '#i18n/ar.json' with { type: 'json' };
import en from '#i18n/en.json' with { type: 'json' };
import es from '#i18n/es.json' with { type: 'json' };
import fr from '#i18n/fr.json' with { type: 'json' };
import ru from '#i18n/ru.json' with { type: 'json' };
import zh from '#i18n/zh.json' with { type: 'json' };
import { formatMessage } from '../i18n/icu.ts';
import { issueMessageKey, type IssueLike } from './issue-messages.ts';

const CATALOGUES = { ar, en, es, fr, ru, zh } as Record<string, unknown>;
function say(lang: string, issue: IssueLike): string {
  const [key, values] = issueMessageKey(issue);
  const message = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], CATALOGUES[lang]);
  return formatMessage(message as string, values, { plural: new Intl.PluralRules(lang), number: new Intl.NumberFormat(lang) });
}

describe('issue messages', () => {
  it('an empty field is "required", never "too short or too small"', () => {
    expect(say('en', { code: 'required' })).toBe('This field is required.');
    expect(say('en', { code: 'too_small', params: { minimum: 1, origin: 'string' } })).toBe('This field is required.');
    expect(say('en', { code: 'too_small', params: { minimum: 1, origin: 'array' } })).toBe('This field is required.');
  });

  it('a length, a count and an amount each say their rule with its bound', () => {
    expect(say('en', { code: 'too_small', params: { minimum: 3, origin: 'string' } })).toBe('Use at least 3 characters.');
    expect(say('en', { code: 'too_big', params: { maximum: 1, origin: 'string' } })).toBe('Use at most 1 character.');
    expect(say('en', { code: 'too_small', params: { minimum: 2, origin: 'array' } })).toBe('Choose at least 2.');
    expect(say('en', { code: 'too_big', params: { maximum: 5, origin: 'array' } })).toBe('Choose at most 5.');
    expect(say('en', { code: 'too_small', params: { minimum: 0, origin: 'number' } })).toBe('The smallest allowed value is 0.');
    expect(say('en', { code: 'too_big', params: { maximum: 100000, origin: 'number' } })).toBe('The largest allowed value is 100,000.');
    expect(say('en', { code: 'invalid_format', params: { format: 'email' } })).toBe('This is not an e-mail address.');
  });

  it('without bounds (an older server), the generic message of the code', () => {
    expect(issueMessageKey({ code: 'too_small' })).toEqual(['issues.too_small']);
    expect(issueMessageKey({ code: 'something_new' })).toEqual(['issues.invalid']);
  });

  it('every language gives each rule its own message, with the bound in it', () => {
    const rules: IssueLike[] = [
      { code: 'required' },
      { code: 'too_small', params: { minimum: 15, origin: 'string' } },
      { code: 'too_big', params: { maximum: 254, origin: 'string' } },
      { code: 'too_small', params: { minimum: 2, origin: 'array' } },
      { code: 'too_big', params: { maximum: 7, origin: 'array' } },
      { code: 'too_small', params: { minimum: 3, origin: 'number' } },
      { code: 'too_big', params: { maximum: 9, origin: 'number' } },
    ];
    for (const lang of Object.keys(CATALOGUES)) {
      const said = rules.map((r) => say(lang, r));
      expect(new Set(said).size, lang).toBe(rules.length);
      rules.slice(1).forEach((r, i) => expect(said[i + 1], `${lang} ${JSON.stringify(r)}`).toContain(String(r.params?.minimum ?? r.params?.maximum)));
      expect(said.join(' '), lang).not.toMatch(/[{}]/);
    }
  });
});
