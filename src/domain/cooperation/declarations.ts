// What a State declared that changes a cooperation answer (issue 11 §1): what a well-formed entry is, and whether a
// declaration had been made by a date. Pure.
import type { ErrorIssue } from '../errors.ts';
import { isIsoDate } from '../treaties/dates.ts';
import { isHttpUrl, NOTES_MAX, SOURCE_MAX } from './bilateral-treaties.ts';
import { DECLARATION_KINDS, type DeclarationKind, type StateDeclaration } from './types.ts';

export type DeclarationFields = Omit<StateDeclaration, 'id'>;

export const ARTICLE_MAX = 50;
const STATE_CODE = /^[A-Z]{3}$/;
/** ISO 639-1: two lower-case letters. */
const LANGUAGE_CODE = /^[a-z]{2}$/;

export function isDeclarationKind(value: string): value is DeclarationKind {
  return (DECLARATION_KINDS as readonly string[]).includes(value);
}

/**
 * Every problem of a declaration's own fields: a known kind, a State code, a treaty, real dates not after today,
 * ISO 639-1 languages (at least one for an accepted-languages declaration), a source and an http(s) address.
 * Whether the State and the treaty exist is the database's to say.
 */
export function checkDeclaration(f: DeclarationFields, today: string): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const add = (field: keyof DeclarationFields | [keyof DeclarationFields, number], code: string, message: string) =>
    issues.push({ path: ['body', ...(Array.isArray(field) ? field : [field])], code, message });
  if (!isDeclarationKind(f.kind)) add('kind', 'unknown_kind', `must be one of ${DECLARATION_KINDS.join(', ')}`);
  if (!STATE_CODE.test(f.stateCode)) add('stateCode', 'unknown_state', 'must be a three-letter participant code');
  if (f.instrumentId.trim() === '') add('instrumentId', 'required', 'name the treaty the declaration is made under');
  if (f.article.length > ARTICLE_MAX) add('article', 'too_long', `must be at most ${ARTICLE_MAX} characters`);
  f.languages.forEach((l, i) => {
    if (!LANGUAGE_CODE.test(l)) add(['languages', i], 'invalid_language', 'must be an ISO 639-1 code (two letters)');
  });
  if (new Set(f.languages).size !== f.languages.length) add('languages', 'duplicate', 'name each language once');
  if (f.kind === 'accepted-languages' && f.languages.length === 0) add('languages', 'required', 'name the languages accepted');
  if (f.text.length > NOTES_MAX) add('text', 'too_long', `must be at most ${NOTES_MAX} characters`);
  if (f.declaredOn !== null) {
    if (!isIsoDate(f.declaredOn)) add('declaredOn', 'invalid_date', 'must be a date, YYYY-MM-DD');
    else if (f.declaredOn > today) add('declaredOn', 'future_date', 'cannot be in the future');
  }
  if (f.source.trim() === '') add('source', 'required', 'say where the declaration is recorded');
  else if (f.source.length > SOURCE_MAX) add('source', 'too_long', `must be at most ${SOURCE_MAX} characters`);
  if (f.sourceUrl !== null && !isHttpUrl(f.sourceUrl)) add('sourceUrl', 'invalid_url', 'must be an http or https address');
  return issues;
}

/**
 * Whether the declaration had been made on `date`: true when declared on or before it, false when after, null when
 * the source gives no date (the answer then says "date not known" rather than guessing).
 */
export function declarationMadeBy(d: Pick<StateDeclaration, 'declaredOn'>, date: string): boolean | null {
  if (d.declaredOn === null) return null;
  return d.declaredOn <= date;
}

/** The declarations of one State under one treaty that stand on `date` (or whose date is not known). */
export function declarationsStanding<T extends Pick<StateDeclaration, 'stateCode' | 'instrumentId' | 'declaredOn'>>(
  all: readonly T[],
  stateCode: string,
  instrumentId: string,
  date: string,
): T[] {
  return all.filter((d) => d.stateCode === stateCode && d.instrumentId === instrumentId && declarationMadeBy(d, date) !== false);
}
