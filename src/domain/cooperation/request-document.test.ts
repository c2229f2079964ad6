// The document's outline: the kind's sections in order, the user's words as written, "not stated" for what is empty,
// and the legal basis cited with the treaty's name and articles.
import { describe, expect, it } from 'vitest';
import { emptyContent, type RequestContent } from './requests.ts';
import { buildRequestOutline, sentenceText, type OutlineInput } from './request-document.ts';
import type { RequestTemplate } from './request-template.ts';

/** A template whose every word is its own key, so the test reads which word went where. */
const template = new Proxy({} as RequestTemplate, {
  get: (_t, part: string) => {
    if (part === 'language') return 'en';
    if (part === 'title') return 'TITLE';
    const words = (key: string) => {
      if (part === 'steps') return { heading: `H:${key}` };
      if (part === 'fixedText' && key === 'treatyArticles') return '{treaty}, art. {articles}';
      if (part === 'fixedText' && ['opening', 'closing'].includes(key)) return `${key} {requesting} → {requested}`;
      if (part === 'fixedText' && ['offence', 'assurance'].includes(key)) return `${key} {n}`;
      return `${part}:${key}`;
    };
    return new Proxy({}, { get: (_p, key: string) => words(key) });
  },
});

const names = { requestingState: 'France', requestedState: 'Norway', instrument: null, bilateralTreaty: null };
const build = (content: RequestContent, kind: 'mla' | 'extradition' = 'mla', n: OutlineInput['names'] = names) =>
  buildRequestOutline({ kind, content, template, names: n, date: '7 December 2026' });
const values = (o: ReturnType<typeof build>) => o.sections.flatMap((s) => s.blocks.flatMap((b) => b.rows.map((r) => [r.label, r.value.text, r.value.source])));

describe('buildRequestOutline', () => {
  it('gives each kind its steps as sections, in order, without the review', () => {
    expect(build(emptyContent()).sections.map((s) => s.heading)).toEqual(
      ['requesting', 'requested', 'legal-basis', 'facts', 'offences', 'assistance', 'procedures'].map((s) => `H:${s}`),
    );
    expect(build(emptyContent(), 'extradition').sections.map((s) => s.step)).toEqual([
      'requesting', 'requested', 'legal-basis', 'facts', 'offences', 'person', 'warrant', 'assurances', 'procedures',
    ]);
    expect(build(emptyContent(), 'extradition').sections.map((s) => s.step)).not.toContain('assistance');
  });

  it('prints "not stated" for what is empty, and addresses the States when no authority is named', () => {
    const o = build(emptyContent());
    expect(values(o)).toContainEqual(['fields:facts.summary', 'fixedText:notStated', 'not-stated']);
    expect(values(o)).toContainEqual(['fixedText:legalBasis', 'fixedText:notStated', 'not-stated']);
    expect(sentenceText(o.opening)).toBe('opening France → Norway');
    expect(o.opening.filter((p) => p.name).map((p) => p.text)).toEqual(['France', 'Norway']);
    expect(o.confidential).toBeNull();
  });

  it('keeps what the user wrote as written, line breaks and language included', () => {
    const c = emptyContent();
    c.requesting.authorityName = 'Ministère de la Justice';
    c.facts.summary = 'Ligne 1\n  Ligne 2 — « citation »';
    c.procedures.confidentiality = 'Ne pas informer la personne.';
    c.offences = [{ name: 'Blanchiment', lawReference: 'CP 324-1', lawText: '', penalty: '5 ans' }];
    const o = build(c);
    expect(values(o)).toContainEqual(['fields:facts.summary', 'Ligne 1\n  Ligne 2 — « citation »', 'user']);
    expect(o.sections.find((s) => s.step === 'offences')!.blocks[0]!.heading).toBe('offence 1');
    expect(values(o)).toContainEqual(['fields:offences.lawText', 'fixedText:notStated', 'not-stated']);
    expect(sentenceText(o.opening)).toBe('opening Ministère de la Justice → Norway');
    expect(o.confidential).toBe('fixedText:confidential');
  });

  it('cites the treaty by its name and the articles, or reciprocity', () => {
    const c = emptyContent();
    c.legalBasis = { ...c.legalBasis, instrumentId: 'untoc2000', articles: '18, 16(4)', note: 'Voir aussi la déclaration.' };
    const lb = (o: ReturnType<typeof build>) => o.sections.find((s) => s.step === 'legal-basis')!.blocks[0]!.rows.map((r) => r.value.text);
    expect(lb(build(c, 'mla', { ...names, instrument: 'Convention X' }))).toEqual(['Convention X, art. 18, 16(4)', 'Voir aussi la déclaration.']);
    c.legalBasis = { ...c.legalBasis, instrumentId: null, reciprocity: true, note: '' };
    expect(lb(build(c))).toEqual(['fixedText:reciprocity']);
  });

  it('asks for the consent of a transfer and the reason of urgency only when they arise', () => {
    const c = emptyContent();
    c.assistance.measures = ['bank-records'];
    expect(values(build(c)).map((v) => v[0])).not.toContain('fields:assistance.transferConsent');
    expect(values(build(c)).map((v) => v[0])).not.toContain('fields:requesting.urgencyReason');
    c.assistance.measures = ['bank-records', 'transfer-detained'];
    c.requesting.urgency = 'urgent';
    expect(values(build(c))).toContainEqual(['fields:assistance.transferConsent', 'fixedText:notStated', 'not-stated']);
    expect(values(build(c))).toContainEqual(['fields:requesting.urgency', 'urgencies:urgent', 'template']);
    expect(build(c).sections.find((s) => s.step === 'assistance')!.blocks.map((b) => b.heading)).toEqual([
      'measures:bank-records',
      'measures:transfer-detained',
      null,
    ]);
  });
});
