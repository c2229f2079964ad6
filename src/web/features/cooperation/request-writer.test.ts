import { describe, expect, it } from 'vitest';
import type { Completeness } from '#domain/cooperation/request-completeness.ts';
import { emptyContent } from '#domain/cooperation/requests.ts';
import {
  createFromFinder,
  fillFromAuthority,
  issueField,
  languageChoices,
  listQuery,
  missingOnStep,
  newRequestHref,
  nextStep,
  otherStateCode,
  parseFinderChoice,
  previousStep,
  removeAt,
  replaceAt,
  requestListFilters,
  stepChanged,
  stepContent,
  stepFromParam,
  stepOfField,
  stepsWithMissing,
} from './request-writer.ts';

const completeness: Completeness = {
  items: [
    { item: 'facts-summary', step: 'facts', state: 'missing', level: 'required', requiredBy: [{ source: 'template', level: 'required' }] },
    { item: 'purpose', step: 'facts', state: 'missing', level: 'recommended', requiredBy: [{ source: 'template', level: 'recommended' }] },
    { item: 'subject-and-conducting-authority', step: 'facts', state: 'present', level: 'required', requiredBy: [] },
    { item: 'transfer-consent', step: 'assistance', state: 'not-applicable', level: 'required', requiredBy: [] },
    { item: 'offences', step: 'offences', state: 'missing', level: 'required', requiredBy: [] },
    { item: 'confidentiality', step: 'procedures', state: 'missing', level: null, requiredBy: [] },
  ],
  missing: ['facts-summary', 'offences'],
  stepsWithMissing: ['offences', 'facts'],
  requestedStateRequirements: 'unknown',
  complete: false,
};

describe('steps', () => {
  it('follows the kind: extradition has the person, the warrant and the assurances; MLA the assistance', () => {
    expect(nextStep('mla', 'offences')).toBe('assistance');
    expect(nextStep('extradition', 'offences')).toBe('person');
    expect(previousStep('extradition', 'procedures')).toBe('assurances');
    expect(previousStep('mla', 'requesting')).toBeNull();
    expect(nextStep('mla', 'review')).toBeNull();
  });
  it('takes the step from the address only when the kind has it', () => {
    expect(stepFromParam('mla', 'facts')).toBe('facts');
    expect(stepFromParam('mla', 'warrant')).toBe('requesting');
    expect(stepFromParam('extradition', null)).toBe('requesting');
  });
});

describe('start from the finder', () => {
  it('carries the question and the chosen treaty there and back', () => {
    const choice = { from: 'FRA', to: 'NOR', kind: 'mla' as const, conduct: 'corruption' as const, asOf: '2026-01-15', instrumentId: 'UNCAC' };
    const href = newRequestHref('fr', choice);
    expect(href.startsWith('/fr/cooperation/requests/new?')).toBe(true);
    expect(parseFinderChoice(new URLSearchParams(href.split('?')[1]))).toEqual(choice);
  });
  it('names no treaty as "none", which starts on reciprocity', () => {
    const href = newRequestHref('en', { from: 'FRA', to: 'NOR', kind: 'extradition', conduct: 'corruption' as const, asOf: null, instrumentId: null });
    const choice = parseFinderChoice(new URLSearchParams(href.split('?')[1]))!;
    expect(choice.instrumentId).toBeNull();
    expect(createFromFinder(choice)).toEqual({
      kind: 'extradition',
      requestedStateCode: 'NOR',
      fromFinder: { conduct: 'corruption', instrumentId: null },
    });
  });
  it('refuses a hand-edited address that lacks a part or names one State twice', () => {
    const ok = 'from=FRA&to=NOR&kind=mla&conduct=corruption&instrument=UNTOC';
    expect(parseFinderChoice(new URLSearchParams(ok))).not.toBeNull();
    expect(parseFinderChoice(new URLSearchParams(ok.replace('to=NOR', 'to=FRA')))).toBeNull();
    expect(parseFinderChoice(new URLSearchParams(ok.replace('kind=mla', 'kind=other')))).toBeNull();
    expect(parseFinderChoice(new URLSearchParams(ok.replace('&instrument=UNTOC', '')))).toBeNull();
    expect(parseFinderChoice(new URLSearchParams(ok.replace('conduct=corruption', 'conduct=nothing')))).toBeNull();
  });
});

describe('saving a step', () => {
  it('sends the step’s part whole, and nothing for the review', () => {
    const c = emptyContent();
    c.facts.summary = 'Virements du 3 mars';
    expect(stepContent('facts', c)).toEqual({ facts: c.facts });
    expect(stepContent('legal-basis', c)).toEqual({ legalBasis: c.legalBasis });
    expect(stepContent('review', c)).toEqual({});
  });
  it('knows whether the step was changed', () => {
    const before = emptyContent();
    const after = emptyContent();
    after.offences = [{ name: 'Blanchiment', lawReference: 'Code pénal, art. 324-1', lawText: '', penalty: '' }];
    expect(stepChanged('offences', before, after)).toBe(true);
    expect(stepChanged('facts', before, after)).toBe(false);
  });
});

describe('completeness by step', () => {
  it('names the step’s missing items, required apart from recommended; present and inapplicable ones are not named', () => {
    const facts = missingOnStep(completeness, 'facts');
    expect(facts.required.map((i) => i.item)).toEqual(['facts-summary']);
    expect(facts.recommended.map((i) => i.item)).toEqual(['purpose']);
    expect(missingOnStep(completeness, 'assistance')).toEqual({ required: [], recommended: [] });
  });
  it('on the review, names every missing item; an item nothing asks for is not named', () => {
    const all = missingOnStep(completeness, 'review');
    expect(all.required.map((i) => i.item)).toEqual(['facts-summary', 'offences']);
    expect(all.recommended.map((i) => i.item)).toEqual(['purpose']);
  });
  it('lists the steps with missing items in the kind’s order', () => {
    expect(stepsWithMissing('mla', completeness)).toEqual(['facts', 'offences']);
    expect(stepsWithMissing('mla', null)).toEqual([]);
  });
});

describe('issues', () => {
  it('finds the field and its step from the API’s path', () => {
    const issue = { path: ['body', 'content', 'warrant', 'issuedOn'], message: 'Invalid date', code: 'invalid_string' };
    expect(issueField(issue)).toBe('warrant.issuedOn');
    expect(stepOfField('extradition', 'warrant.issuedOn')).toBe('warrant');
    expect(stepOfField('mla', 'warrant.issuedOn')).toBeNull();
    expect(stepOfField('mla', 'legalBasis.articles')).toBe('legal-basis');
    expect(stepOfField('mla', 'version')).toBeNull();
  });
});

describe('the requested authority from the directory', () => {
  const entry = { id: 'a1', name: 'Riksadvokaten', address: 'Postboks 8002 Dep, Oslo', channels: ['direct', 'diplomatic'], languages: ['no', 'en'] };
  it('fills name, address, channel and the first accepted language the template has', () => {
    expect(fillFromAuthority(emptyContent().requested, entry)).toEqual({
      authorityId: 'a1',
      authorityName: 'Riksadvokaten',
      address: 'Postboks 8002 Dep, Oslo',
      channel: 'direct',
      language: 'en',
    });
  });
  it('keeps the language chosen when the entry accepts none of the six', () => {
    const requested = { ...emptyContent().requested, language: 'fr' };
    expect(fillFromAuthority(requested, { ...entry, languages: ['no'], address: null, channels: [] })).toMatchObject({ language: 'fr', address: '', channel: '' });
  });
  it('marks the accepted languages among the six, or none when not known', () => {
    expect(languageChoices(['en', 'no']).filter((c) => c.accepted).map((c) => c.language)).toEqual(['en']);
    expect(languageChoices(null).every((c) => c.accepted === null)).toBe(true);
    expect(languageChoices([]).map((c) => c.language)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
  });
});

describe('repeatable groups and the list', () => {
  it('replaces and removes a row', () => {
    expect(replaceAt(['a', 'b', 'c'], 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(['a', 'b', 'c'], 0)).toEqual(['b', 'c']);
  });
  it('reads only known filters from the address', () => {
    const f = requestListFilters(new URLSearchParams('side=requested&status=sent&kind=bogus'));
    expect(f).toEqual({ side: 'requested', status: 'sent', kind: null });
    expect(listQuery({ side: null, status: null, kind: 'mla' }, 2, 25)).toEqual({ side: 'all', status: null, kind: 'mla', page: 2, pageSize: 25 });
  });
  it('shows the other State from the reader’s side', () => {
    const r = { requestingState: { code: 'FRA' }, requestedState: { code: 'NOR' } };
    expect(otherStateCode({ ...r, sides: ['requesting'] })).toBe('NOR');
    expect(otherStateCode({ ...r, sides: ['requested'] })).toBe('FRA');
  });
});
