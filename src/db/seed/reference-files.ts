// Reads the reference data shipped in data/reference (see its SOURCES.md) into plain rows.
// Participant names: the UN short name (participant-names-un.csv: UNTERM, UNSD M49) wherever it differs from the
// default, which is the States list's common name in English and Unicode CLDR (the runtime's Intl.DisplayNames) in
// the other five languages. Instrument titles and short names: only rows marked `shown`, each with its source;
// a language without one falls back to English in the interface.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { LANGUAGES, type EntryIntoForceRule, type Language, type LocalizedText } from '#domain/treaties/types.ts';
import type { InstrumentCategory } from '#domain/treaties/views.ts';
import { normaliseName } from '#domain/treaties/names.ts';

export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../data/reference');

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as Row[];
}

const blank = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v.trim());

export interface ParticipantRow {
  code: string;
  iso2: string | null;
  m49: string | null;
  kind: 'member' | 'observer' | 'non_member' | 'organization';
  regionalGroup: string | null;
  memberSince: string | null;
  stateSince: string | null;
  names: LocalizedText;
  officialNameEn: string | null;
  source: string;
}

export interface InstrumentRow {
  id: string;
  category: InstrumentCategory;
  sortOrder: number;
  shortNames: LocalizedText;
  titles: LocalizedText;
  titleSources: Record<string, string>;
  adoptedPlace: string | null;
  adoptedDate: string | null;
  openedForSignature: string | null;
  entryIntoForce: string | null;
  depositary: string | null;
  untcRef: string | null;
  eifRule: EntryIntoForceRule | null;
  eifRuleSource: string | null;
  reportedPartiesCount: number | null;
  reportedPartiesAsOf: string | null;
  sourceUrl: string | null;
  notes: string | null;
}

export interface ProvisionRow {
  instrumentId: string;
  kind: string;
  article: string;
  paraphrase: string;
  source: string;
  verified: boolean;
  sortOrder: number;
}

export interface ReferenceData {
  participants: ParticipantRow[];
  aliases: { alias: string; code: string; note: string | null }[];
  instruments: InstrumentRow[];
  /** What each treaty says about cooperation (cooperation/provisions.csv), in file order. */
  provisions: ProvisionRow[];
}

const CLDR_SOURCE = 'Unicode CLDR via Intl.DisplayNames';

function cldrNames(iso2: string | null): LocalizedText {
  const names: LocalizedText = {};
  if (!iso2) return names;
  for (const lang of LANGUAGES) {
    const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(iso2);
    if (name) names[lang] = name;
  }
  return names;
}

function loadParticipants(): ParticipantRow[] {
  const statehood = new Map(readCsv('statehood.csv').map((r) => [r.iso3!, r.since!]));
  const unNames = new Map<string, LocalizedText>();
  for (const r of readCsv('participant-names-un.csv')) {
    unNames.set(r.code!, { ...unNames.get(r.code!), [r.lang as Language]: r.name! });
  }
  const states = readCsv('states.csv').map((r): ParticipantRow => {
    const names: LocalizedText = { ...cldrNames(blank(r.iso2)), en: r.name_en!, ...unNames.get(r.iso3!) };
    return {
      code: r.iso3!,
      iso2: blank(r.iso2),
      m49: blank(r.m49),
      kind: r.un_status === 'observer' ? 'observer' : 'member',
      regionalGroup: blank(r.un_regional_group),
      memberSince: blank(r.member_since),
      stateSince: statehood.get(r.iso3!) ?? null,
      names,
      officialNameEn: blank(r.name_official),
      source: `states.csv (mledoze/countries; UN membership table); names: UN short names where listed in participant-names-un.csv, else en: states.csv common name, others: ${CLDR_SOURCE}`,
    };
  });
  const extras = readCsv('participants-extra.csv').map((r): ParticipantRow => {
    const iso2 = blank(r.iso2);
    // The EU has no ISO 3166 code but CLDR names it under the reserved region code "EU".
    const names: LocalizedText = { ...cldrNames(r.code === 'XEU' ? 'EU' : iso2), en: r.name_en! };
    return {
      code: r.code!,
      iso2,
      m49: blank(r.m49),
      kind: r.kind as ParticipantRow['kind'],
      regionalGroup: null,
      memberSince: null,
      stateSince: null,
      names,
      officialNameEn: null,
      source: r.source!,
    };
  });
  return [...states, ...extras];
}

/** Every known spelling → code: names in all six languages, official names, and the curated alias table. */
function loadAliases(participants: ParticipantRow[]): ReferenceData['aliases'] {
  const byAlias = new Map<string, { alias: string; code: string; note: string | null }>();
  const add = (name: string | null | undefined, code: string, note: string | null) => {
    if (!name) return;
    const alias = normaliseName(name);
    if (alias && !byAlias.has(alias)) byAlias.set(alias, { alias, code, note });
  };
  // Curated aliases first: they win over generated ones.
  for (const r of readCsv('aliases.csv')) add(r.alias_as_written, r.code!, blank(r.note));
  const states = new Map(readCsv('states.csv').map((r) => [r.iso3!, r]));
  for (const p of participants) {
    for (const name of Object.values(p.names)) add(name, p.code, null);
    add(p.officialNameEn, p.code, 'official name');
    add(states.get(p.code)?.name_en, p.code, 'common name');
    // CLDR's names in every language stay aliases where UN names replace them for display: publishers such as
    // Fedlex write the common form ("Bolivie", "Russie", "Etats-Unis"), not the UN's.
    for (const [lang, name] of Object.entries(cldrNames(p.iso2))) add(name, p.code, `CLDR ${lang}`);
  }
  return [...byAlias.values()];
}

function parseRule(r: Row): EntryIntoForceRule | null {
  switch (r.rule) {
    case 'days_after_deposit':
      return { kind: 'days_after_deposit', days: Number(r.days) };
    case 'first_day_of_second_month':
      return { kind: 'first_day_of_second_month' };
    case 'on_deposit':
      return { kind: 'on_deposit' };
    default:
      throw new Error(`eif-rules.csv: unknown rule "${r.rule}" for ${r.instrument_id}`);
  }
}

/** How a row of instrument-titles.csv or instrument-short-names.csv may be used. */
const USES = ['shown', 'variant', 'unconfirmed'] as const;

/**
 * The rows marked `shown` of a per-language file, by instrument id: one value and its source per language.
 * Variants and unconfirmed rows (e.g. resting only on an encyclopedia) stay in the file for research, never on screen.
 */
type Shown = Map<string, { values: LocalizedText; sources: Record<string, string> }>;
function loadShown(file: string, column: string, ids: Set<string>): Shown {
  const byId: Shown = new Map();
  for (const r of readCsv(file)) {
    const where = `${file}: ${r.id} ${r.lang}`;
    if (!ids.has(r.id!)) throw new Error(`${where}: unknown instrument`);
    if (!(LANGUAGES as readonly string[]).includes(r.lang!)) throw new Error(`${where}: unknown language`);
    if (!(USES as readonly string[]).includes(r.use!)) throw new Error(`${where}: use must be one of ${USES.join(', ')}`);
    if (!blank(r[column]) || !blank(r.source)) throw new Error(`${where}: ${column} and source are required`);
    if (r.use !== 'shown') continue;
    const entry = byId.get(r.id!) ?? { values: {}, sources: {} };
    const lang = r.lang as Language;
    if (entry.values[lang]) throw new Error(`${where}: more than one shown row`);
    entry.values[lang] = r[column]!;
    entry.sources[lang] = r.source!;
    byId.set(r.id!, entry);
  }
  return byId;
}

function loadInstruments(): InstrumentRow[] {
  const rules = new Map(readCsv('eif-rules.csv').map((r) => [r.instrument_id!, r]));
  const additions = readCsv('instrument-additions.csv');
  const universalRows = readCsv('instruments.csv');
  const relatedRows = readCsv('instruments-related.csv');
  const regionalRows = readCsv('instruments-regional.csv');
  const ids = new Set([...universalRows, ...relatedRows, ...regionalRows].map((r) => r.id!));
  const titles = loadShown('instrument-titles.csv', 'title', ids);
  const shortNames = loadShown('instrument-short-names.csv', 'short_name', ids);
  const build = (r: Row, category: InstrumentRow['category'], sortOrder: number): InstrumentRow => {
    const id = r.id!;
    const titleTexts: LocalizedText = { ...titles.get(id)?.values };
    const sources: Record<string, string> = { ...titles.get(id)?.sources };
    if (!titleTexts.en) {
      titleTexts.en = r.full_title_en!;
      sources.en = `instruments.csv (source_url: ${r.source_url})`;
    }
    const sourcedShort = shortNames.get(id)?.values ?? {};
    // English short names are the platform's own labels (instruments.csv, with the year, unique in a list):
    // the sourced English short forms stay in the file as variants.
    if (sourcedShort.en) throw new Error(`instrument-short-names.csv: ${id} en: English labels come from instruments.csv`);
    const rule = rules.get(id);
    const row: InstrumentRow = {
      id,
      category,
      sortOrder,
      shortNames: { ...sourcedShort, en: r.short_name! },
      titles: titleTexts,
      titleSources: sources,
      adoptedPlace: blank(r.adopted_place),
      adoptedDate: blank(r.adopted_date),
      openedForSignature: blank(r.opened_for_signature),
      entryIntoForce: blank(r.entry_into_force),
      depositary: blank(r.depositary),
      untcRef: blank(r.untc_ref),
      eifRule: rule ? parseRule(rule) : null,
      eifRuleSource: rule ? `art. ${rule.article}; ${rule.source}` : null,
      reportedPartiesCount: blank(r.parties_count) ? Number(r.parties_count) : null,
      reportedPartiesAsOf: blank(r.parties_as_of),
      sourceUrl: blank(r.source_url),
      notes: blank(r.notes),
    };
    for (const a of additions.filter((x) => x.instrument_id === id)) {
      if (a.field === 'untc_ref') row.untcRef = a.value!;
      else if (a.field === 'entry_into_force' && !row.entryIntoForce) row.entryIntoForce = a.value!;
      else throw new Error(`instrument-additions.csv: unsupported field ${a.field}`);
      row.notes = [row.notes, `${a.field} from ${a.source}`].filter(Boolean).join(' | ');
    }
    return row;
  };
  const universal = universalRows.map((r, i) => build(r, 'universal', i + 1));
  const related = relatedRows.map((r, i) => build(r, 'related', 100 + i));
  // Regional conventions (instruments-regional.csv): shown only where asked for (category=regional).
  const regional = regionalRows.map((r, i) => build(r, 'regional', 200 + i));
  return [...universal, ...related, ...regional];
}

function loadProvisions(): ProvisionRow[] {
  return readCsv('cooperation/provisions.csv').map((r, i) => ({
    instrumentId: r.treaty_id!,
    kind: r.provision_kind!,
    article: r.article!,
    paraphrase: r.paraphrase!,
    source: r.source!,
    verified: r.verified === 'yes',
    sortOrder: i,
  }));
}

export function loadReferenceFiles(): ReferenceData {
  const participants = loadParticipants();
  return { participants, aliases: loadAliases(participants), instruments: loadInstruments(), provisions: loadProvisions() };
}

export function buildAliasIndex(ref: ReferenceData): Map<string, string> {
  return new Map(ref.aliases.map((a) => [a.alias, a.code]));
}
