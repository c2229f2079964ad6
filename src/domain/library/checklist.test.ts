import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readReference } from '../../../test/reference-files.ts';
import type { CooperationProvision, ProvisionKind } from '../cooperation/types.ts';
import { findArticle, parseTreatyText, TREATY_TEXT_FILES, TREATY_TEXTS_HELD, articleNumberOf } from '../treaties/articles.ts';
import {
  buildChecklist,
  citesNoArticle,
  ENACTED_KINDS,
  NOT_REQUIRED,
  type ChecklistRow,
} from './checklist.ts';

const provisions: CooperationProvision[] = (
  parse(readReference('cooperation/provisions.csv'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[]
).map((r) => ({
  instrumentId: r.treaty_id!,
  kind: r.provision_kind as ProvisionKind,
  article: r.article!,
  paraphrase: r.paraphrase!,
  source: r.source!,
  verified: r.verified === 'yes',
}));
const rows = parse(readReference('legislation/checklist.csv'), { columns: true, skip_empty_lines: true, trim: true }) as ChecklistRow[];
const checklist = buildChecklist(provisions, rows);
const INSTRUMENTS = [...new Set(provisions.map((p) => p.instrumentId))];
const textOf = new Map<string, ReturnType<typeof parseTreatyText>>();
const articlesOf = (id: string) => {
  if (!textOf.has(id)) textOf.set(id, parseTreatyText(readReference(`treaty-texts/${TREATY_TEXT_FILES[id]}`)));
  return textOf.get(id)!;
};

describe('the checklist of what each instrument requires', () => {
  it('covers the 21 instruments of provisions.csv (19 universal, UNTOC, UNCAC), none of them empty', () => {
    expect(INSTRUMENTS).toHaveLength(21);
    for (const id of INSTRUMENTS) expect(checklist.filter((i) => i.instrumentId === id).length, id).toBeGreaterThan(0);
  });

  it('gives every item a unique id <instrument>:<key>, a category, an obligation and an article', () => {
    const ids = checklist.map((i) => i.requirementId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of checklist) {
      expect(i.requirementId.startsWith(`${i.instrumentId}:`)).toBe(true);
      expect(i.article.trim(), i.requirementId).not.toBe('');
      expect(citesNoArticle(i.article), i.requirementId).toBe(false);
    }
  });

  it('cites, for every item of an instrument whose text Accord holds, an article that exists in that text', () => {
    for (const i of checklist) {
      if (!TREATY_TEXTS_HELD.has(i.instrumentId) || articleNumberOf(i.article) === null) continue;
      expect(findArticle(articlesOf(i.instrumentId), i.article), `${i.requirementId} ${i.article}`).toBeDefined();
      expect(i.articlePath).toBe(`/api/v1/instruments/${i.instrumentId}/articles/${articleNumberOf(i.article)}`);
    }
  });

  it("quotes, for every checklist.csv item, the treaty's own words, verbatim, from the cited article", () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(TREATY_TEXTS_HELD.has(r.instrument_id), r.instrument_id).toBe(true);
      const article = findArticle(articlesOf(r.instrument_id), r.article);
      expect(article?.text, `${r.instrument_id}:${r.key} ${r.article}`).toBeTruthy();
      expect(article!.text!.includes(r.quote), `${r.instrument_id}:${r.key}: quote not in article ${r.article}`).toBe(true);
    }
  });

  it('matches every provisions.csv-based item to its row (instrument, kind, article)', () => {
    for (const i of checklist.filter((x) => x.provisionKind !== null)) {
      const row = provisions.find((p) => p.instrumentId === i.instrumentId && p.kind === i.provisionKind && p.article === i.article);
      expect(row, i.requirementId).toBeDefined();
    }
  });

  it('holds every row of an enacted kind that cites an article, but those reviewed as asking nothing', () => {
    for (const p of provisions) {
      if (!ENACTED_KINDS[p.kind] || citesNoArticle(p.article)) continue;
      const id = `${p.instrumentId}:${p.kind}`;
      expect(checklist.some((i) => i.requirementId === id) || NOT_REQUIRED.has(id), id).toBe(true);
    }
    for (const id of NOT_REQUIRED) expect(provisions.some((p) => `${p.instrumentId}:${p.kind}` === id), id).toBe(true);
  });

  it('names the preventive measures the issue lists, each from the treaty text', () => {
    for (const id of [
      'financing1999:preventive_measures',
      'bombings1997:preventive_measures',
      'hostages1979:preventive_measures',
      'icsant2005:preventive_measures',
      'cppnm1980:physical_protection_transport',
      'plastic1991:manufacture_prohibited',
      'plastic1991:movement_prohibited',
      'plastic1991:stocks_controlled',
    ]) {
      const item = checklist.find((i) => i.requirementId === id);
      expect(item?.quote, id).toBeTruthy();
    }
  });

  it('reads "none; 2" as no provision, and keeps Tokyo, which defines no offence, without an offences item', () => {
    expect(checklist.find((i) => i.requirementId === 'tokyo1963:political_offence_exclusion')).toBeUndefined();
    expect(checklist.find((i) => i.requirementId === 'tokyo1963:offences')).toBeUndefined();
    expect(checklist.find((i) => i.requirementId === 'tokyo1963:jurisdiction_mandatory')?.obligation).toBe('mandatory');
    expect(checklist.find((i) => i.requirementId === 'montreal2014protocol:offences')?.obligation).toBe('optional');
  });
});
