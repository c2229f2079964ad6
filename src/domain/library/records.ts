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
