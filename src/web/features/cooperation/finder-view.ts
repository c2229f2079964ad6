// Pure view logic of the legal-basis finder: its query in the address bar (so an answer is a shareable link), the
// screen addresses it links to, and what the answer's parts say. No React, no fetch: unit-tested.
import { CONDUCT_IDS, type ConductId } from '#domain/cooperation/conducts.ts';
import { COOPERATION_KINDS, type CooperationKind } from '#domain/cooperation/types.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { LegalBasisQuery, ParticipationEvidence } from './finder-api.ts';

const STATE_CODE = /^[A-Z]{3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the form holds: each field may be missing or wrong in a hand-edited link. */
export interface FinderForm {
  from: string | null;
  to: string | null;
  kind: CooperationKind | null;
  conduct: ConductId | null;
  asOf: string | null;
}

const pick = <T extends string>(values: readonly T[], v: string | null): T | null =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;

/** Reads the finder's fields from the query string; a value of the wrong shape counts as not given. */
export function parseFinderForm(params: URLSearchParams): FinderForm {
  const code = (v: string | null) => {
    const c = v?.trim().toUpperCase() ?? '';
    return STATE_CODE.test(c) ? c : null;
  };
  const date = params.get('asOf');
  return {
    from: code(params.get('from')),
    to: code(params.get('to')),
    kind: pick(COOPERATION_KINDS, params.get('kind')),
    conduct: pick(CONDUCT_IDS, params.get('conduct')),
    asOf: date && ISO_DATE.test(date) ? date : null,
  };
}

export type FinderProblem = 'from' | 'to' | 'same' | 'kind' | 'conduct';

/** The query to ask, or what is missing. Two different States, a kind and a conduct; the date may be left to today. */
export function finderQuery(form: FinderForm): { query: LegalBasisQuery; problems: [] } | { query: null; problems: FinderProblem[] } {
  const problems: FinderProblem[] = [];
  if (!form.from) problems.push('from');
  if (!form.to) problems.push('to');
  if (form.from && form.to && form.from === form.to) problems.push('same');
  if (!form.kind) problems.push('kind');
  if (!form.conduct) problems.push('conduct');
  if (problems.length > 0 || !form.from || !form.to || !form.kind || !form.conduct) return { query: null, problems };
  return { query: { from: form.from, to: form.to, kind: form.kind, conduct: form.conduct, asOf: form.asOf }, problems: [] };
}

function withQuery(path: string, query: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The finder's address for a question, whole or in part (a State profile prefills one State). */
export function finderHref(lang: Language, form: Partial<FinderForm>): string {
  return withQuery(`/${lang}/cooperation/legal-basis`, {
    from: form.from,
    to: form.to,
    kind: form.kind,
    conduct: form.conduct,
    asOf: form.asOf,
  });
}

export function pairsHref(lang: Language, q: { kind?: string | null; conduct?: string | null; asOf?: string | null; state?: string | null }): string {
  return withQuery(`/${lang}/cooperation/pairs`, { conduct: q.conduct, kind: q.kind, asOf: q.asOf, state: q.state });
}

/** The screen of an article's text from the API path the answer gives (`/api/v1/instruments/{id}/articles/{n}`). */
export function articleHref(lang: Language, articlePath: string | null): string | null {
  const m = articlePath ? /^\/api\/v1\/instruments\/([^/]+)\/articles\/([^/?#]+)$/.exec(articlePath) : null;
  return m ? `/${lang}/instruments/${m[1]}/articles/${m[2]}` : null;
}

export function authorityHref(lang: Language, id: string): string {
  return `/${lang}/cooperation/authorities/${encodeURIComponent(id)}`;
}

export function authoritiesHref(lang: Language, state: string): string {
  return withQuery(`/${lang}/cooperation/authorities`, { state });
}

/** The date field's value on `today` (local): the date asked, else today. */
export function dateFieldValue(asOf: string | null, today: string): string {
  return asOf ?? today;
}

/**
 * The date to put in the address from the date field: none for today, so that the server's today applies (a reader
 * ahead of UTC would otherwise ask about a day the server holds to be in the future) and a link without a date
 * keeps meaning "today".
 */
export function asOfFromField(value: string, today: string): string | null {
  return ISO_DATE.test(value) && value !== today ? value : null;
}

/** YYYY-MM-DD of a local date. */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The act a State's participation rests on: its consent, else its signature (the withdrawal is shown beside). */
export function mainAct(e: ParticipationEvidence) {
  return e.consent ?? e.signature;
}
