// Every UI string exists in all six UN languages, with the same arguments, and every message parses.
import { describe, expect, it } from 'vitest';
import ar from '#i18n/ar.json' with { type: 'json' };
import en from '#i18n/en.json' with { type: 'json' };
import es from '#i18n/es.json' with { type: 'json' };
import fr from '#i18n/fr.json' with { type: 'json' };
import ru from '#i18n/ru.json' with { type: 'json' };
import zh from '#i18n/zh.json' with { type: 'json' };
import { OVERLAP_RESOLUTIONS } from '#domain/assistance/overlap-resolutions.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { formatMessage } from './icu.ts';

const CATALOGUES: Record<string, unknown> = { ar, en, es, fr, ru, zh };

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : flatten(v, `${prefix}${k}.`)));
const load = (lang: string) => new Map(flatten(CATALOGUES[lang] as Tree));
/** Top-level argument names ({name} or {name, plural, …}); option labels inside plural branches are not arguments. */
const args = (msg: string) => {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < msg.length; i++) {
    if (msg[i] === '{') {
      if (depth % 2 === 0) names.add(/^\{\s*(\w+)/.exec(msg.slice(i))?.[1] ?? '');
      depth++;
    } else if (msg[i] === '}') depth--;
  }
  return [...names].sort();
};

describe('message catalogues', () => {
  const en = load('en');
  for (const lang of LANGUAGES) {
    it(`${lang} has exactly the English keys, with the same arguments`, () => {
      const cat = load(lang);
      expect([...cat.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, msg] of cat) {
        expect(args(msg), `${lang}:${key}`).toEqual(args(en.get(key)!));
        const out = formatMessage(msg, { count: 2, n: 2, days: 30, joined: 3, total: 19, participants: 5, instruments: 19 }, {
          plural: new Intl.PluralRules(lang),
          number: new Intl.NumberFormat(lang),
        });
        expect(out, `${lang}:${key}`).not.toMatch(/\{(count|days|joined|participants|instruments), plural/);
      }
    });
  }

  it('names every overlap resolution the API accepts', () => {
    for (const id of OVERLAP_RESOLUTIONS) expect(en.get(`coordination.resolution.${id}`), id).toBeTruthy();
  });
});
