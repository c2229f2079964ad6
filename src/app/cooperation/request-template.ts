// The request templates and the treaties' requirements, read once per process from data/templates/cooperation/
// (reviewed like code; see its README). A file that does not hold what Accord needs fails on first use with the file,
// the place in it and the reason (TemplateFileError), never a half-filled document.
import fs from 'node:fs';
import path from 'node:path';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { TemplateLanguage } from '#domain/cooperation/requests.ts';
import type { TemplateEssential, TreatyRequirement } from '#domain/cooperation/request-completeness.ts';
import {
  essentialsOf,
  parseKindTemplate,
  parseTemplateWords,
  parseTreatyRequirements,
  templateIn,
  type KindTemplate,
  type RequestTemplate,
  type TemplateWords,
} from '#domain/cooperation/request-template.ts';

export const REQUEST_TEMPLATE_DIR = path.resolve(import.meta.dirname, '../../../data/templates/cooperation');

export interface RequestTemplates {
  words: TemplateWords;
  kinds: Record<CooperationKind, KindTemplate>;
  treatyRequirements: TreatyRequirement[];
}

/** Reads and checks every file of a template folder (uncached: the tests read broken copies). */
export function loadRequestTemplates(dir: string = REQUEST_TEMPLATE_DIR): RequestTemplates {
  const read = (file: string) => ({ text: fs.readFileSync(path.join(dir, file), 'utf8'), file: path.relative(process.cwd(), path.join(dir, file)) });
  const words = read('common.json');
  const mla = read('mla.json');
  const extradition = read('extradition.json');
  const treaties = read('treaty-requirements.csv');
  return {
    words: parseTemplateWords(words.text, words.file),
    kinds: {
      mla: parseKindTemplate(mla.text, mla.file, 'mla'),
      extradition: parseKindTemplate(extradition.text, extradition.file, 'extradition'),
    },
    treatyRequirements: parseTreatyRequirements(treaties.text, treaties.file),
  };
}

let loaded: RequestTemplates | undefined;
const templates = (): RequestTemplates => (loaded ??= loadRequestTemplates());

/** What the template asks of every request of a kind. */
export function templateEssentials(kind: CooperationKind): TemplateEssential[] {
  return essentialsOf(templates().kinds[kind]);
}

/** What the treaties Accord holds ask of a request (UNTOC art. 18, UNCAC art. 46, the Financing Convention). */
export function treatyRequirements(): TreatyRequirement[] {
  return templates().treatyRequirements;
}

/** Every word of a kind's template in one of the six languages. */
export function requestTemplate(kind: CooperationKind, lang: TemplateLanguage): RequestTemplate {
  const t = templates();
  return templateIn(t.kinds[kind], t.words, lang);
}
