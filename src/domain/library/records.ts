// What a library record is (issue 13 §2): its kind, and the vocabularies its metadata draws on. Ids are stable
// kebab-case keys stored in the database and translated by i18n (`library.kind.<id>`): never rename one. Pure.

export const RECORD_KINDS = [
  'treaty-text',
  'national-legislation',
  'case-law',
  'publication',
  'model-law',
  'training-module',
  'victims-guidance',
  'internet-guidance',
  'resolution-report',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const isRecordKind = (value: unknown): value is RecordKind =>
  typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);

/**
 * The kinds of what search finds (the `kind` facet): a library record's kind, or for other entries their own: a
 * treaty article, a provision of a national law, an assistance record.
 */
export const SEARCH_KINDS = [...RECORD_KINDS, 'treaty-article', 'provision', 'assistance-request', 'activity', 'programme'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
/** What a library record says about itself (besides its title, description and confidentiality). */
export interface RecordMetadata {
  kind: RecordKind;
  /** Every State it concerns (participant codes). */
  stateCodes: string[];
  /** Every language it is written in (domain/library/languages.ts codes). */
  languages: string[];
  /** YYYY-MM-DD: a law's adoption, a judgment's, a publication's. */
  documentDate: string | null;
  versionLabel: string | null;
  source: string | null;
  instrumentIds: string[];
  /** domain/assistance/themes.ts THEMES and MANDATE_IDS. */
  themes: string[];
  mandates: string[];
  /** The record this one translates. */
  translationOf: string | null;
}

export const EMPTY_METADATA: RecordMetadata = {
  kind: 'publication',
  stateCodes: [],
  languages: [],
  documentDate: null,
  versionLabel: null,
  source: null,
  instrumentIds: [],
  themes: [],
  mandates: [],
  translationOf: null,
};

/** The year of a record's date, for the search facet. */
export const yearOf = (date: string | null): number | null => (date ? Number(date.slice(0, 4)) : null);
