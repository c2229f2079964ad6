import { describe, expect, it } from 'vitest';
import { CONDUCT_IDS } from '#domain/cooperation/conducts.ts';
import { articlePath } from '#domain/treaties/articles.ts';
import en from '#i18n/en.json' with { type: 'json' };
import { CAVEAT_CODES, NEAR_MISS_REASONS } from './finder-api.ts';
import {
  articleHref,
  asOfFromField,
  authoritiesHref,
  authorityHref,
  dateFieldValue,
  finderHref,
  finderQuery,
  localIsoDate,
  pairsHref,
  parseFinderForm,
} from './finder-view.ts';

const params = (s: string) => new URLSearchParams(s);

describe('the finder question in the address bar', () => {
  it('reads a whole question, upper-casing hand-typed State codes', () => {
    const form = parseFinderForm(params('from=fra&to=DEU&kind=mla&conduct=terrorist-financing&asOf=2013-12-18'));
    expect(form).toEqual({ from: 'FRA', to: 'DEU', kind: 'mla', conduct: 'terrorist-financing', asOf: '2013-12-18' });
    expect(finderQuery(form)).toEqual({ query: { ...form }, problems: [] });
  });

  it('takes a value of the wrong shape as not given, and says what is missing', () => {
    const form = parseFinderForm(params('from=France&to=DEU&kind=asylum&conduct=piracy&asOf=18/12/2013'));
    expect(form).toEqual({ from: null, to: 'DEU', kind: null, conduct: null, asOf: null });
    expect(finderQuery(form)).toEqual({ query: null, problems: ['from', 'kind', 'conduct'] });
  });

  it('refuses the same State twice', () => {
    const form = parseFinderForm(params('from=FRA&to=FRA&kind=extradition&conduct=hostage-taking'));
    expect(finderQuery(form).problems).toEqual(['same']);
  });

  it('a date left empty asks about today (the server’s)', () => {
    const form = parseFinderForm(params('from=FRA&to=DEU&kind=extradition&conduct=hostage-taking'));
    expect(finderQuery(form).query?.asOf).toBeNull();
  });

  it('builds the link of a question, whole or with one State prefilled, and reads it back the same', () => {
    const q = { from: 'AFG', to: 'TLS', kind: 'extradition', conduct: 'terrorist-financing', asOf: '2020-01-01' } as const;
    const link = finderHref('ar', q);
    expect(link).toBe('/ar/cooperation/legal-basis?from=AFG&to=TLS&kind=extradition&conduct=terrorist-financing&asOf=2020-01-01');
    expect(parseFinderForm(new URL(link, 'http://x').searchParams)).toEqual(q);
    expect(finderHref('en', { from: 'AFG' })).toBe('/en/cooperation/legal-basis?from=AFG');
    expect(finderHref('zh', { to: 'AFG', asOf: null })).toBe('/zh/cooperation/legal-basis?to=AFG');
  });

  it('links the pair view, the authorities and an authority', () => {
    expect(pairsHref('fr', { conduct: 'ships', kind: 'mla', asOf: null, state: 'FRA' })).toBe('/fr/cooperation/pairs?conduct=ships&kind=mla&state=FRA');
    expect(authoritiesHref('es', 'ESP')).toBe('/es/cooperation/authorities?state=ESP');
    expect(authorityHref('ru', 'a b')).toBe('/ru/cooperation/authorities/a%20b');
  });
});

describe('the date field', () => {
  it('shows the date asked, else today', () => {
    expect(dateFieldValue('2001-09-28', '2026-12-07')).toBe('2001-09-28');
    expect(dateFieldValue(null, '2026-12-07')).toBe('2026-12-07');
  });

  it('leaves today out of the address, so a reader ahead of UTC never asks about the server’s tomorrow', () => {
    expect(asOfFromField('2026-12-07', '2026-12-07')).toBeNull();
    expect(asOfFromField('2001-09-28', '2026-12-07')).toBe('2001-09-28');
    expect(asOfFromField('', '2026-12-07')).toBeNull();
  });

  it('writes a local date as YYYY-MM-DD', () => {
    expect(localIsoDate(new Date(2013, 11, 18, 23, 59))).toBe('2013-12-18');
    expect(localIsoDate(new Date(2003, 0, 5))).toBe('2003-01-05');
  });
});

describe('article links', () => {
  it('turn the API path of an article into its page', () => {
    expect(articleHref('en', articlePath('financing1999', '11(2)'))).toBe('/en/instruments/financing1999/articles/11');
    expect(articleHref('ar', articlePath('sua2005', '3bis(1)'))).toBe('/ar/instruments/sua2005/articles/3bis');
  });

  it('are absent where Accord holds no text', () => {
    expect(articleHref('en', articlePath('coe_ets024_1957', '1'))).toBeNull();
    expect(articleHref('en', null)).toBeNull();
    expect(articleHref('en', '/elsewhere/financing1999/articles/11')).toBeNull();
  });
});

describe('the catalogue names every value the answer can hold', () => {
  it('each conduct, caveat and near-miss reason', () => {
    for (const id of CONDUCT_IDS) expect(en.finder.conduct[id], id).toBeTruthy();
    for (const code of CAVEAT_CODES) expect(en.finder.caveat[code], code).toBeTruthy();
    for (const reason of NEAR_MISS_REASONS) expect(en.finder.nearMiss[reason], reason).toBeTruthy();
  });
});
