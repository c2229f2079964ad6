// Pure view logic of the request writer (the wizard drafting a request for MLA or extradition): its steps, the start
// from a finder answer, the part of the content each step saves, what the completeness check says on each step and
// the directory entry that fills the requested authority. No React, no fetch: request-writer.test.ts covers it. The
// server is the judge of completeness; this only sorts its answer by step.
import type { ItemCheck, Completeness, RequestItem } from '#domain/cooperation/request-completeness.ts';
import {
  REQUEST_STATUSES,
  REQUEST_STEPS,
  STEP_CONTENT,
  TEMPLATE_LANGUAGES,
  type RequestContent,
  type RequestStatus,
  type RequestStep,
  type TemplateLanguage,
} from '#domain/cooperation/requests.ts';
import { CONDUCT_IDS, type ConductId } from '#domain/cooperation/conducts.ts';
import { COOPERATION_KINDS, type CooperationKind } from '#domain/cooperation/types.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { ApiIssue } from '#web/api.ts';
import type { CooperationRequestCreate, CooperationRequestListQuery } from './cooperation-requests-api.ts';

const STATE_CODE = /^[A-Z]{3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const pick = <T extends string>(values: readonly T[], v: string | null | undefined): T | null =>
  v !== null && v !== undefined && (values as readonly string[]).includes(v) ? (v as T) : null;

export function stepsOf(kind: CooperationKind): readonly RequestStep[] {
  return REQUEST_STEPS[kind];
}

/** The step in the address, when the kind has it; else the first. */
export function stepFromParam(kind: CooperationKind, value: string | null): RequestStep {
  return pick(stepsOf(kind), value) ?? stepsOf(kind)[0]!;
}

export function nextStep(kind: CooperationKind, step: RequestStep): RequestStep | null {
  const steps = stepsOf(kind);
  return steps[steps.indexOf(step) + 1] ?? null;
}

export function previousStep(kind: CooperationKind, step: RequestStep): RequestStep | null {
  const steps = stepsOf(kind);
  const i = steps.indexOf(step);
  return i > 0 ? steps[i - 1]! : null;
}

/** The finder's value of `instrument` for "no treaty basis" (reciprocity or domestic law). */
export const NO_TREATY = 'none';

/** The finder's answer a request starts from: its question and the treaty chosen (null: no treaty basis). */
export interface FinderChoice {
  from: string;
  to: string;
  kind: CooperationKind;
  conduct: ConductId;
  asOf: string | null;
  instrumentId: string | null;
}

/** The new-request page's address for a finder answer and one of its treaties (or none). */
export function newRequestHref(lang: Language, c: FinderChoice): string {
  const q = new URLSearchParams({ from: c.from, to: c.to, kind: c.kind, conduct: c.conduct });
  if (c.asOf) q.set('asOf', c.asOf);
  q.set('instrument', c.instrumentId ?? NO_TREATY);
  return `/${lang}/cooperation/requests/new?${q.toString()}`;
}

/** The finder's answer in the address of the new-request page, or null when any part is missing or malformed. */
export function parseFinderChoice(params: URLSearchParams): FinderChoice | null {
  const from = params.get('from')?.trim().toUpperCase() ?? '';
  const to = params.get('to')?.trim().toUpperCase() ?? '';
  const kind = pick(COOPERATION_KINDS, params.get('kind'));
  const conduct = pick(CONDUCT_IDS, params.get('conduct'));
  const asOf = params.get('asOf');
  const instrument = params.get('instrument')?.trim() ?? '';
  if (!STATE_CODE.test(from) || !STATE_CODE.test(to) || from === to || !kind || !conduct || !instrument) return null;
  return { from, to, kind, conduct, asOf: asOf && ISO_DATE.test(asOf) ? asOf : null, instrumentId: instrument === NO_TREATY ? null : instrument };
}

/** The body creating a draft from the finder's answer: the server fills the legal basis and the authority from it. */
export function createFromFinder(c: FinderChoice): CooperationRequestCreate {
  return {
    kind: c.kind,
    requestedStateCode: c.to,
    fromFinder: { conduct: c.conduct, instrumentId: c.instrumentId, ...(c.asOf ? { asOf: c.asOf } : {}) },
  };
}

/** The part of the content a step writes, whole (the review writes nothing). */
export function stepContent(step: RequestStep, content: RequestContent): Partial<RequestContent> {
  if (step === 'review') return {};
  const part = STEP_CONTENT[step];
  return { [part]: content[part] } as Partial<RequestContent>;
}

/** Whether the reader changed the step's part since it was loaded or saved. */
export function stepChanged(step: RequestStep, loaded: RequestContent, content: RequestContent): boolean {
  return JSON.stringify(stepContent(step, loaded)) !== JSON.stringify(stepContent(step, content));
}

export interface StepChecks {
  /** Missing and required by some source: the step cannot be left forward, the request cannot be sent. */
  required: ItemCheck[];
  /** Missing and only recommended: said, never blocking. */
  recommended: ItemCheck[];
}

/** What the completeness check says is missing on one step (the review: on every step). */
export function missingOnStep(completeness: Completeness | null, step: RequestStep): StepChecks {
  const rows = (completeness?.items ?? []).filter((i) => i.state === 'missing' && (step === 'review' || i.step === step));
  return { required: rows.filter((i) => i.level === 'required'), recommended: rows.filter((i) => i.level === 'recommended') };
}

/** The steps with a missing required item, in the kind's order (the step list marks them; the review links to them). */
export function stepsWithMissing(kind: CooperationKind, completeness: Completeness | null): RequestStep[] {
  const marked = new Set(completeness?.stepsWithMissing ?? []);
  return stepsOf(kind).filter((s) => marked.has(s));
}

/** The control an item is written in (the error summary links there): the first field that says it. */
export const ITEM_FIELD: Readonly<Record<RequestItem, string>> = {
  'requesting-authority': 'requesting.authorityName',
  'requesting-contact': 'requesting.contactName',
  'urgency-reason': 'requesting.urgencyReason',
  'requested-authority': 'requested.authorityName',
  'output-language': 'requested.language',
  'legal-basis': 'legalBasis.articles',
  'subject-and-conducting-authority': 'facts.subject',
  'facts-summary': 'facts.summary',
  purpose: 'facts.purpose',
  offences: 'offences',
  'offence-law-text': 'offences',
  'offence-penalty': 'offences',
  'assistance-sought': 'assistance.measures',
  'persons-concerned': 'assistance.personsConcerned',
  'transfer-consent': 'assistance.transferConsent',
  'person-identity': 'person.name',
  'person-identification': 'person.identification',
  'person-location': 'person.location',
  warrant: 'warrant.kind',
  sentence: 'warrant.sentence',
  'time-limits': 'warrant.timeLimits',
  assurances: 'assurances',
  procedures: 'procedures.procedures',
  confidentiality: 'procedures.confidentiality',
};

/** The id of a field's control: `facts.summary` → `request-facts-summary`. */
export const fieldId = (field: string) => `request-${field.replace(/\./g, '-')}`;

/**
 * The field an API issue is about: `['body', 'content', 'facts', 'summary']` → `facts.summary`; an item the server
 * names in a refusal to send (`['content', 'offences']`) likewise.
 */
export function issueField(issue: ApiIssue): string {
  const path = Array.isArray(issue.path) ? issue.path.map(String) : String(issue.path).split('.');
  const rest = path[0] === 'body' ? path.slice(1) : path;
  return (rest[0] === 'content' ? rest.slice(1) : rest).join('.');
}

/** The step showing a field, or null for a field no step shows (the issue then goes at the top). */
export function stepOfField(kind: CooperationKind, field: string): RequestStep | null {
  const head = field.split('.')[0] ?? '';
  const step = (Object.keys(STEP_CONTENT) as Exclude<RequestStep, 'review'>[]).find((s) => STEP_CONTENT[s] === head);
  return step && stepsOf(kind).includes(step) ? step : null;
}

/** A directory entry, as the requested-authority step needs it. */
export interface DirectoryEntry {
  id: string;
  name: string;
  address: string | null;
  channels: readonly string[];
  languages: readonly string[];
}

/**
 * The requested part filled from a directory entry: its name, address and first channel, and the first language it
 * accepts in which the template exists; a language it does not list keeps what was chosen.
 */
export function fillFromAuthority(requested: RequestContent['requested'], entry: DirectoryEntry): RequestContent['requested'] {
  const language = entry.languages.find((l): l is TemplateLanguage => (TEMPLATE_LANGUAGES as readonly string[]).includes(l));
  return {
    authorityId: entry.id,
    authorityName: entry.name,
    address: entry.address ?? '',
    channel: entry.channels[0] ?? '',
    language: language ?? requested.language,
  };
}

/** The six languages of the template, each with whether the requested authority accepts it (null: not known). */
export function languageChoices(accepted: readonly string[] | null): { language: TemplateLanguage; accepted: boolean | null }[] {
  return TEMPLATE_LANGUAGES.map((language) => ({ language, accepted: accepted === null ? null : accepted.includes(language) }));
}

/** Replaces the row `index` of a repeatable group (offences, assurances) with `row`. */
export function replaceAt<T>(rows: readonly T[], index: number, row: T): T[] {
  return rows.map((r, i) => (i === index ? row : r));
}

export function removeAt<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

// --- The list ------------------------------------------------------------------------------------------------------

export interface RequestListFilters {
  side: 'requesting' | 'requested' | null;
  status: RequestStatus | null;
  kind: CooperationKind | null;
}

/** The list's filters from the address: only known values. */
export function requestListFilters(params: URLSearchParams): RequestListFilters {
  return {
    side: pick(['requesting', 'requested'] as const, params.get('side')),
    status: pick(REQUEST_STATUSES, params.get('status')),
    kind: pick(COOPERATION_KINDS, params.get('kind')),
  };
}

export function listQuery(f: RequestListFilters, page: number, pageSize: number): CooperationRequestListQuery {
  return { side: f.side ?? 'all', status: f.status, kind: f.kind, page, pageSize };
}

/** The other State of a request, from the reader's side: the requested State for its requesting authority. */
export function otherStateCode(r: { sides: readonly string[]; requestingState: { code: string }; requestedState: { code: string } }): string {
  return r.sides.includes('requesting') ? r.requestedState.code : r.requestingState.code;
}
