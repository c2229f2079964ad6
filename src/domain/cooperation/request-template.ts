// The request templates as data (data/templates/cooperation/, reviewed like code): the words of the wizard and of
// the documents in the six UN languages, each kind's essentials, and what the treaties ask of a request. Pure: the
// files come in as text; a file that does not hold what Accord needs fails naming the file, the place and the reason,
// so a bad template stops the server at its first use instead of printing a document with a hole in it.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { COOPERATION_KINDS, type CooperationKind } from './types.ts';
import {
  ALL_REQUEST_STEPS,
  ASSURANCE_KINDS,
  emptyContent,
  MLA_MEASURES,
  TEMPLATE_LANGUAGES,
  URGENCIES,
  WARRANT_KINDS,
  type AssuranceKind,
  type MlaMeasure,
  type RequestAssurance,
  type RequestOffence,
  type RequestStep,
  type TemplateLanguage,
  type Urgency,
  type WarrantKind,
} from './requests.ts';
import {
  isRequestItem,
  REQUEST_ITEM_KEYS,
  REQUEST_ITEMS,
  REQUIREMENT_LEVELS,
  type RequestItem,
  type TemplateEssential,
  type TreatyRequirement,
} from './request-completeness.ts';

/** The labels of the content's fields, by path: every field of RequestContent, array elements by their own keys. */
export const TEMPLATE_FIELD_PATHS: readonly string[] = (() => {
  const offence = ['name', 'lawReference', 'lawText', 'penalty'] as const satisfies readonly (keyof RequestOffence)[];
  const assurance = ['kind', 'direction', 'text'] as const satisfies readonly (keyof RequestAssurance)[];
  const paths: string[] = [];
  for (const [part, value] of Object.entries(emptyContent())) {
    const keys = part === 'offences' ? offence : part === 'assurances' ? assurance : Object.keys(value as object);
    for (const key of keys) paths.push(`${part}.${key}`);
  }
  return paths;
})();

/**
 * The documents' fixed words, each with the placeholders its sentence must keep in every language (a translation
 * that drops `{requested}` would print a letter to nobody).
 */
export const FIXED_TEXT_PLACEHOLDERS = {
  opening: ['requesting', 'requested'],
  closing: ['requesting', 'requested'],
  legalBasis: [],
  treatyArticles: ['treaty', 'articles'],
  reciprocity: [],
  notStated: [],
  from: [],
  to: [],
  date: [],
  page: ['n'],
  offence: ['n'],
  assurance: ['n'],
  signature: [],
  confidential: [],
  printHint: [],
  yes: [],
  no: [],
} as const satisfies Record<string, readonly string[]>;
export type FixedTextKey = keyof typeof FIXED_TEXT_PLACEHOLDERS;
const FIXED_TEXT_KEYS = Object.keys(FIXED_TEXT_PLACEHOLDERS) as FixedTextKey[];

/** The template in one language: what GET /cooperation/request-templates/:kind answers and the documents print. */
export interface RequestTemplate {
  kind: CooperationKind;
  language: TemplateLanguage;
  reviewedOn: string;
  title: string;
  steps: Record<RequestStep, { heading: string; intro: string }>;
  items: Record<RequestItem, { label: string; hint: string }>;
  fields: Record<string, string>;
  measures: Record<MlaMeasure, string>;
  assuranceKinds: Record<AssuranceKind, string>;
  assuranceDirections: { asked: string; offered: string };
  warrantKinds: Record<WarrantKind, string>;
  urgencies: Record<Urgency, string>;
  fixedText: Record<FixedTextKey, string>;
  essentials: TemplateEssential[];
}

// --- The files' shapes --------------------------------------------------------------------------------------------

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** One text in all six languages, none empty. */
const sixLanguages = z.strictObject(
  Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [l, z.string().trim().min(1, `the ${l} text is empty`)])) as Record<
    TemplateLanguage,
    z.ZodString
  >,
);
type SixLanguages = z.infer<typeof sixLanguages>;
/** An object with exactly these keys, each holding `value`. */
const exactly = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>);

const wordsFile = z.strictObject({
  reviewedOn: isoDay,
  steps: exactly(ALL_REQUEST_STEPS, z.strictObject({ heading: sixLanguages, intro: sixLanguages })),
  items: exactly(REQUEST_ITEM_KEYS, z.strictObject({ label: sixLanguages, hint: sixLanguages })),
  fields: exactly(TEMPLATE_FIELD_PATHS, sixLanguages),
  measures: exactly(MLA_MEASURES, sixLanguages),
  assuranceKinds: exactly(ASSURANCE_KINDS, sixLanguages),
  assuranceDirections: exactly(['asked', 'offered'], sixLanguages),
  warrantKinds: exactly(WARRANT_KINDS, sixLanguages),
  urgencies: exactly(URGENCIES, sixLanguages),
  fixedText: exactly(FIXED_TEXT_KEYS, sixLanguages).superRefine((texts, ctx) => {
    for (const key of FIXED_TEXT_KEYS) {
      for (const lang of TEMPLATE_LANGUAGES) {
        for (const name of FIXED_TEXT_PLACEHOLDERS[key]) {
          if (!texts[key][lang].includes(`{${name}}`)) {
            ctx.addIssue({ code: 'custom', path: [key, lang], message: `must keep the placeholder {${name}}` });
          }
        }
      }
    }
  }),
});
export type TemplateWords = z.infer<typeof wordsFile>;

const kindFile = (kind: CooperationKind) =>
  z.strictObject({
    kind: z.literal(kind),
    reviewedOn: isoDay,
    title: sixLanguages,
    essentials: z.partialRecord(z.enum(REQUEST_ITEM_KEYS as [RequestItem, ...RequestItem[]]), z.enum(REQUIREMENT_LEVELS)).superRefine((e, ctx) => {
      for (const item of Object.keys(e) as RequestItem[]) {
        if (!(REQUEST_ITEMS[item].kinds as readonly CooperationKind[]).includes(kind)) {
          ctx.addIssue({ code: 'custom', path: [item], message: `is not an item of a request for ${kind}` });
        }
      }
    }),
  });
export type KindTemplate = z.infer<ReturnType<typeof kindFile>>;

/** A template file that cannot be used: the message names the file, where in it, and why. */
export class TemplateFileError extends Error {
  override name = 'TemplateFileError';
}

function fail(file: string, problems: string[]): never {
  throw new TemplateFileError(`${file} cannot be used:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    return fail(file, [`not JSON: ${(err as Error).message}`]);
  }
}

function checked<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  return fail(
    file,
    parsed.error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(top)'}: ${i.message}`),
  );
}

/** common.json: the words every template shares. */
export function parseTemplateWords(text: string, file: string): TemplateWords {
  return checked(wordsFile, parseJson(text, file), file);
}

/** mla.json or extradition.json: the kind's title and essentials. */
export function parseKindTemplate(text: string, file: string, kind: CooperationKind): KindTemplate {
  return checked(kindFile(kind), parseJson(text, file), file) as KindTemplate;
}

const TREATY_COLUMNS = ['instrument_id', 'kind', 'article', 'item', 'level', 'quote'] as const;

/** treaty-requirements.csv: one requirement a row; problems name the line. */
export function parseTreatyRequirements(text: string, file: string): TreatyRequirement[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types ignore `info: true`, which wraps each record with the line it ends on.
    records = parse(text.replace(/^\uFEFF/, ''), { info: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (err) {
    return fail(file, [`malformed CSV: ${(err as Error).message}`]);
  }
  const [head, ...body] = records;
  if (!head || head.record.join(',') !== TREATY_COLUMNS.join(',')) {
    return fail(file, [`line 1: the columns must be ${TREATY_COLUMNS.join(',')}`]);
  }
  const problems: string[] = [];
  const rows: TreatyRequirement[] = [];
  for (const { record, info } of body) {
    const [instrumentId = '', kind = '', article = '', item = '', level = '', quote = ''] = record.map((c) => c.trim());
    const at = `line ${info.lines}`;
    const before = problems.length;
    if (!/^[a-z0-9_]+$/.test(instrumentId)) problems.push(`${at}: instrument_id "${instrumentId}" is not an instrument id`);
    if (!(COOPERATION_KINDS as readonly string[]).includes(kind)) problems.push(`${at}: kind "${kind}" must be one of ${COOPERATION_KINDS.join(', ')}`);
    if (!/^\d+(\(\d+\))?(\([a-z]\))?$/.test(article)) problems.push(`${at}: article "${article}" must read like 18(15)(a)`);
    if (!isRequestItem(item)) problems.push(`${at}: item "${item}" is not one of REQUEST_ITEMS`);
    else if (!(REQUEST_ITEMS[item].kinds as readonly string[]).includes(kind)) problems.push(`${at}: item "${item}" is not an item of a request for ${kind}`);
    if (!(REQUIREMENT_LEVELS as readonly string[]).includes(level)) problems.push(`${at}: level "${level}" must be required or recommended`);
    if (quote === '') problems.push(`${at}: quote is empty (the treaty's words, verbatim)`);
    if (problems.length === before) {
      rows.push({ instrumentId, kind: kind as CooperationKind, article, item: item as RequestItem, level: level as TreatyRequirement['level'], quote });
    }
  }
  if (problems.length) fail(file, problems);
  return rows;
}

// --- One language ---------------------------------------------------------------------------------------------------

function pick<K extends string>(texts: Record<K, SixLanguages>, lang: TemplateLanguage): Record<K, string> {
  return Object.fromEntries(Object.entries<SixLanguages>(texts).map(([k, v]) => [k, v[lang]])) as Record<K, string>;
}

/** The template of a kind in one language. */
export function templateIn(kind: KindTemplate, words: TemplateWords, lang: TemplateLanguage): RequestTemplate {
  return {
    kind: kind.kind,
    language: lang,
    // The later of the two reviews: the template is only as recent as its oldest part, but a reader wants the last.
    reviewedOn: kind.reviewedOn > words.reviewedOn ? kind.reviewedOn : words.reviewedOn,
    title: kind.title[lang],
    steps: Object.fromEntries(
      Object.entries(words.steps).map(([k, v]) => [k, { heading: v.heading[lang], intro: v.intro[lang] }]),
    ) as RequestTemplate['steps'],
    items: Object.fromEntries(
      Object.entries(words.items).map(([k, v]) => [k, { label: v.label[lang], hint: v.hint[lang] }]),
    ) as RequestTemplate['items'],
    fields: pick(words.fields, lang),
    measures: pick(words.measures, lang),
    assuranceKinds: pick(words.assuranceKinds, lang),
    assuranceDirections: pick(words.assuranceDirections, lang),
    warrantKinds: pick(words.warrantKinds, lang),
    urgencies: pick(words.urgencies, lang),
    fixedText: pick(words.fixedText, lang),
    essentials: essentialsOf(kind),
  };
}

/** The kind's essentials, in the order of REQUEST_ITEMS. */
export function essentialsOf(kind: KindTemplate): TemplateEssential[] {
  return REQUEST_ITEM_KEYS.flatMap((item) => {
    const level = kind.essentials[item];
    return level ? [{ item, level }] : [];
  });
}

/** Fills `{name}` placeholders. */
export function fillText(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
