import { describe, expect, it } from 'vitest';
import { checkAuthorityInput, isEmail, isHttpUrl, normaliseAuthorityInput, type AuthorityInput } from './authority-input.ts';

const valid: AuthorityInput = {
  stateCode: 'FRA',
  kind: 'mla',
  instrumentId: null,
  name: 'Bureau de l’entraide pénale internationale',
  address: '13 place Vendôme, 75001 Paris',
  channels: ['direct', 'diplomatic'],
  languages: ['fr', 'en'],
  urgentProcedure: 'By e-mail, followed by the original.',
  requirements: { dualCriminality: 'Required for coercive measures.' },
  requestItems: null,
  lawLinks: [{ title: 'Code de procédure pénale', url: 'https://www.legifrance.gouv.fr/' }],
  contacts: [{ name: 'Duty officer', role: 'Permanence', email: 'entraide@example.fr', phone: '+33 1 44 77 60 60' }],
  publicFields: ['address'],
};

const paths = (input: AuthorityInput) => checkAuthorityInput(normaliseAuthorityInput(input)).map((i) => i.path.join('.'));

describe('checkAuthorityInput', () => {
  it('accepts a complete entry', () => {
    expect(paths(valid)).toEqual([]);
  });

  it('accepts an entry whose channels and languages are not known (empty)', () => {
    expect(paths({ ...valid, channels: [], languages: [], contacts: [], lawLinks: [], requirements: {} })).toEqual([]);
  });

  it('wants a treaty for a central authority and refuses one for any other kind', () => {
    expect(paths({ ...valid, kind: 'central-authority' })).toEqual(['body.instrumentId']);
    expect(paths({ ...valid, kind: 'central-authority', instrumentId: 'untoc2000' })).toEqual([]);
    expect(paths({ ...valid, kind: 'extradition', instrumentId: 'untoc2000' })).toEqual(['body.instrumentId']);
  });

  it('refuses unknown kinds, channels, languages and public fields, naming each', () => {
    const bad = {
      ...valid,
      kind: 'police' as never,
      channels: ['direct', 'carrier-pigeon' as never],
      languages: ['fr', 'xx', 'eng'],
      publicFields: ['address', 'name' as never],
    } as AuthorityInput;
    expect(paths(bad)).toEqual(['body.kind', 'body.channels.1', 'body.languages.1', 'body.languages.2', 'body.publicFields.1']);
  });

  it('takes the request items of the template, refusing others by position; null is "not known", kept apart from none', () => {
    expect(paths({ ...valid, requestItems: ['offences', 'assurances'] })).toEqual([]);
    expect(paths({ ...valid, requestItems: ['offences', 'apostille', 'Offences'] })).toEqual(['body.requestItems.1', 'body.requestItems.2']);
    expect(normaliseAuthorityInput({ ...valid, requestItems: null }).requestItems).toBeNull();
    expect(normaliseAuthorityInput({ ...valid, requestItems: ['offences', ' offences'] }).requestItems).toEqual(['offences']);
    expect(normaliseAuthorityInput({ ...valid, requestItems: [] }).requestItems).toEqual([]);
  });

  it('lower-cases languages and drops repeats', () => {
    const n = normaliseAuthorityInput({ ...valid, languages: ['FR', 'fr ', 'en'], channels: ['direct', 'direct'] });
    expect(n.languages).toEqual(['fr', 'en']);
    expect(n.channels).toEqual(['direct']);
  });

  it('takes only http(s) links to laws', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/law', 'data:text/html,x', 'not a url', 'https://']) {
      expect(paths({ ...valid, lawLinks: [{ title: 'Law', url }] }), url).toEqual(['body.lawLinks.0.url']);
    }
    expect(isHttpUrl('http://example.org/law?x=1')).toBe(true);
  });

  it('checks e-mail addresses and telephone numbers of contacts', () => {
    expect(isEmail('a.b@example.org')).toBe(true);
    for (const email of ['a@b', 'a b@example.org', 'a@@example.org', '<a@example.org>']) expect(isEmail(email), email).toBe(false);
    const contacts = [
      { name: 'A', role: '', email: 'nobody', phone: '' },
      { name: '', role: 'desk', email: '', phone: '' },
      { name: 'B', role: '', email: '', phone: 'call me' },
    ];
    expect(paths({ ...valid, contacts })).toEqual(['body.contacts.0.email', 'body.contacts.1', 'body.contacts.2.phone']);
  });

  it('bounds lengths and counts', () => {
    const long = 'x'.repeat(301);
    expect(paths({ ...valid, name: long })).toEqual(['body.name']);
    expect(paths({ ...valid, name: '   ' })).toEqual(['body.name']);
    expect(paths({ ...valid, languages: Array.from({ length: 21 }, () => 'en') })).toEqual([]);
    const many = ['aa', 'ab', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn', 'bo', 'br', 'bs', 'ca'];
    expect(paths({ ...valid, languages: many })).toEqual(['body.languages']);
    expect(paths({ ...valid, requirements: { formats: 'y'.repeat(4001) } })).toEqual(['body.requirements.formats']);
  });
});
