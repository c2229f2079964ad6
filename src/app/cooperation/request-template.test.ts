// The shipped templates (data/templates/cooperation/): every word in all six languages, the treaties' quotes verbatim
// from the texts Accord holds, and a broken copy refused with the file, the place and the reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '#db/seed/reference-files.ts';
import { checkCompleteness, REQUEST_ITEM_KEYS, REQUEST_ITEMS } from '#domain/cooperation/request-completeness.ts';
import { ALL_REQUEST_STEPS, ASSURANCE_KINDS, emptyContent, MLA_MEASURES, TEMPLATE_LANGUAGES, WARRANT_KINDS } from '#domain/cooperation/requests.ts';
import { TEMPLATE_FIELD_PATHS } from '#domain/cooperation/request-template.ts';
import { COOPERATION_KINDS } from '#domain/cooperation/types.ts';
import { loadRequestTemplates, REQUEST_TEMPLATE_DIR, requestTemplate, templateEssentials, treatyRequirements } from './request-template.ts';

/** Every string in a value, with its path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

describe('the shipped templates', () => {
  it.each(COOPERATION_KINDS.flatMap((kind) => TEMPLATE_LANGUAGES.map((lang) => [kind, lang] as const)))('%s in %s: every word is there', (kind, lang) => {
    const t = requestTemplate(kind, lang);
    expect(Object.keys(t.steps).sort()).toEqual([...ALL_REQUEST_STEPS].sort());
    expect(Object.keys(t.items).sort()).toEqual([...REQUEST_ITEM_KEYS].sort());
    expect(Object.keys(t.fields).sort()).toEqual([...TEMPLATE_FIELD_PATHS].sort());
    expect(Object.keys(t.measures).sort()).toEqual([...MLA_MEASURES].sort());
    expect(Object.keys(t.assuranceKinds).sort()).toEqual([...ASSURANCE_KINDS].sort());
    expect(Object.keys(t.warrantKinds).sort()).toEqual([...WARRANT_KINDS].sort());
    const empty = strings(t).filter(([, s]) => s.trim() === '');
    expect(empty).toEqual([]);
    // Each language has its own words: none carries the English title or headings over untranslated.
    if (lang !== 'en') {
      const en = requestTemplate(kind, 'en');
      expect(t.title).not.toBe(en.title);
      expect(ALL_REQUEST_STEPS.filter((s) => t.steps[s].heading === en.steps[s].heading)).toEqual([]);
    }
  });

  it('asks of each kind only its own items, and of each at least what the treaties require', () => {
    for (const kind of COOPERATION_KINDS) {
      const essentials = templateEssentials(kind);
      expect(essentials.every((e) => (REQUEST_ITEMS[e.item].kinds as readonly string[]).includes(kind))).toBe(true);
      for (const r of treatyRequirements().filter((r) => r.kind === kind && r.level === 'required')) {
        expect(essentials.find((e) => e.item === r.item), `${r.instrumentId} ${r.article}`).toEqual({ item: r.item, level: 'required' });
      }
    }
    expect(templateEssentials('extradition')).toContainEqual({ item: 'person-identity', level: 'required' });
    expect(templateEssentials('mla')).toContainEqual({ item: 'persons-concerned', level: 'recommended' });
  });

  it('quotes each treaty verbatim from the text Accord holds', () => {
    const rows = treatyRequirements();
    expect(new Set(rows.map((r) => r.instrumentId))).toEqual(new Set(['untoc2000', 'uncac2003', 'financing1999']));
    for (const r of rows) {
      const text = fs.readFileSync(path.join(REFERENCE_DIR, 'treaty-texts', `${r.instrumentId}.md`), 'utf8');
      expect(text.includes(r.quote), `${r.instrumentId} art. ${r.article}: ${r.quote}`).toBe(true);
    }
  });

  it('makes UNTOC art. 18(15)(e) a recommendation ("where possible") and the rest of 18(15) requirements', () => {
    const untoc = treatyRequirements().filter((r) => r.instrumentId === 'untoc2000' && r.article.startsWith('18(15)'));
    expect(untoc.filter((r) => r.level === 'recommended').map((r) => r.article)).toEqual(['18(15)(d)', '18(15)(e)']);
    const content = emptyContent();
    content.legalBasis = { ...content.legalBasis, instrumentId: 'untoc2000', articles: '18' };
    const check = checkCompleteness({ kind: 'mla', content, template: templateEssentials('mla'), treatyRequirements: untoc, requestedAuthority: null });
    const purpose = check.items.find((i) => i.item === 'purpose')!;
    expect(purpose.requiredBy).toContainEqual(expect.objectContaining({ source: 'treaty', instrumentId: 'untoc2000', article: '18(15)(f)' }));
    expect(check.missing).toContain('purpose');
  });

  it('reads the files once', () => {
    expect(treatyRequirements()).toBe(treatyRequirements());
  });
});

describe('a broken template', () => {
  function brokenCopy(file: string, change: (text: string) => string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-template-'));
    for (const f of fs.readdirSync(REQUEST_TEMPLATE_DIR)) fs.copyFileSync(path.join(REQUEST_TEMPLATE_DIR, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, file), change(fs.readFileSync(path.join(dir, file), 'utf8')));
    return dir;
  }

  it('fails naming the file, the path and the reason: a translation dropped, a placeholder lost', () => {
    const dir = brokenCopy('common.json', (text) => {
      const words = JSON.parse(text);
      delete words.items.purpose.hint.ru;
      words.fixedText.opening.fr = 'Demande.';
      return JSON.stringify(words);
    });
    expect(() => loadRequestTemplates(dir)).toThrow(
      new RegExp(
        `common\\.json cannot be used:\\n {2}items\\.purpose\\.hint\\.ru: Invalid input: expected string, received undefined\\n` +
          ` {2}fixedText\\.opening\\.fr: must keep the placeholder \\{requesting\\}\\n {2}fixedText\\.opening\\.fr: must keep the placeholder \\{requested\\}`,
      ),
    );
  });

  it('fails naming the line of a bad treaty requirement', () => {
    const dir = brokenCopy('treaty-requirements.csv', (text) => text.replace('untoc2000,mla,18(15)(f),purpose,required', 'untoc2000,mla,18(15)(f),purpose,mandatory'));
    expect(() => loadRequestTemplates(dir)).toThrow(/treaty-requirements\.csv cannot be used:\n {2}line 9: level "mandatory" must be required or recommended/);
  });
});
