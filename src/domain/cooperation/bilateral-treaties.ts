// Bilateral extradition and mutual legal assistance treaties (issue 11 §1): what a well-formed entry is, how a pair
// of States is spelled (one spelling: the lower code first, as the table's CHECK demands), and whether a treaty is in
// force on a date. Pure.
import type { ErrorIssue } from '../errors.ts';
import { isIsoDate } from '../treaties/dates.ts';
import { BILATERAL_TREATY_KINDS, type BilateralTreaty, type BilateralTreatyKind } from './types.ts';

/** A bilateral treaty as entered, before it has an id. */
export type BilateralTreatyFields = Omit<BilateralTreaty, 'id'>;

export const BILATERAL_TITLE_MAX = 500;
export const SOURCE_MAX = 1000;
export const URL_MAX = 2000;
export const NOTES_MAX = 10_000;

const STATE_CODE = /^[A-Z]{3}$/;

export function isBilateralTreatyKind(value: string): value is BilateralTreatyKind {
  return (BILATERAL_TREATY_KINDS as readonly string[]).includes(value);
}

/** The pair in its one spelling: the lower code first. */
export function normalisePair(a: string, b: string): [string, string] {
  const x = a.trim().toUpperCase();
  const y = b.trim().toUpperCase();
  return x <= y ? [x, y] : [y, x];
}

/** An absolute http(s) address; anything else (javascript:, data:, a relative path) is refused. */
export function isHttpUrl(value: string): boolean {
  if (value.length > URL_MAX) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Where an issue is reported: the API names camelCase body fields, the CSV import its columns. */
export type FieldPath = (field: keyof BilateralTreatyFields) => (string | number)[];
export const bodyPath: FieldPath = (field) => ['body', field];

/**
 * Every problem of an entry's own fields (known kind, two different States, real and ordered dates, a source,
 * an http(s) address). Whether the States exist is the database's to say (the use case checks it).
 */
export function checkBilateralTreaty(f: BilateralTreatyFields, path: FieldPath = bodyPath): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const add = (field: keyof BilateralTreatyFields, code: string, message: string) => issues.push({ path: path(field), code, message });
  if (!isBilateralTreatyKind(f.kind)) add('kind', 'unknown_kind', `must be one of ${BILATERAL_TREATY_KINDS.join(', ')}`);
  if (f.title.trim() === '') add('title', 'required', 'must not be empty');
  else if (f.title.length > BILATERAL_TITLE_MAX) add('title', 'too_long', `must be at most ${BILATERAL_TITLE_MAX} characters`);
  if (!STATE_CODE.test(f.stateA)) add('stateA', 'unknown_state', 'must be a three-letter participant code');
  if (!STATE_CODE.test(f.stateB)) add('stateB', 'unknown_state', 'must be a three-letter participant code');
  if (STATE_CODE.test(f.stateA) && f.stateA === f.stateB) add('stateB', 'same_state', 'a bilateral treaty binds two different States');
  const dates = ['signedOn', 'inForceFrom', 'terminatedOn'] as const;
  const valid = (d: (typeof dates)[number]) => f[d] !== null && isIsoDate(f[d]!);
  for (const d of dates) if (f[d] !== null && !isIsoDate(f[d]!)) add(d, 'invalid_date', 'must be a date, YYYY-MM-DD');
  if (valid('signedOn') && valid('inForceFrom') && f.inForceFrom! < f.signedOn!) {
    add('inForceFrom', 'date_order', 'cannot be before the signature');
  }
  if (valid('terminatedOn')) {
    const after = valid('inForceFrom') ? f.inForceFrom! : valid('signedOn') ? f.signedOn! : null;
    if (after !== null && f.terminatedOn! < after) {
      add('terminatedOn', 'date_order', valid('inForceFrom') ? 'cannot be before the entry into force' : 'cannot be before the signature');
    }
  }
  if (f.source.trim() === '') add('source', 'required', 'say where the facts come from');
  else if (f.source.length > SOURCE_MAX) add('source', 'too_long', `must be at most ${SOURCE_MAX} characters`);
  if (f.sourceUrl !== null && !isHttpUrl(f.sourceUrl)) add('sourceUrl', 'invalid_url', 'must be an http or https address');
  if (f.notes.length > NOTES_MAX) add('notes', 'too_long', `must be at most ${NOTES_MAX} characters`);
  return issues;
}

/**
 * In force on `date` (YYYY-MM-DD): it entered into force on or before that day and was not terminated by then (the
 * day of termination it no longer binds). A treaty with no known entry into force is not (known to be) in force.
 */
export function bilateralTreatyInForce(t: Pick<BilateralTreaty, 'inForceFrom' | 'terminatedOn'>, date: string): boolean {
  if (t.inForceFrom === null || t.inForceFrom > date) return false;
  return t.terminatedOn === null || date < t.terminatedOn;
}

/** Whether the treaty covers this kind of request. */
export function coversCooperation(kind: BilateralTreatyKind, asked: 'extradition' | 'mla'): boolean {
  return kind === 'extradition-and-mla' || kind === asked;
}

/** Two entries are the same treaty when they bind the same pair, are of the same kind and bear the same title. */
export function sameTreatyKey(t: Pick<BilateralTreaty, 'stateA' | 'stateB' | 'kind' | 'title'>): string {
  const [a, b] = normalisePair(t.stateA, t.stateB);
  return `${a}|${b}|${t.kind}|${t.title.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
