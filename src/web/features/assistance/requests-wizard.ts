// The request wizard's pure logic: its steps, which field belongs to which step (so an issue the API reports lands on
// the step that shows the field), what each step needs before moving on, and the draft ↔ API body mapping.
// No React here: requests-wizard.test.ts covers it. The server stays the judge; these checks only spare a round trip.
import type { ApiIssue } from '#web/api.ts';
import type { AssistanceRequestInput, AssistanceRequestView, MembershipView } from '#web/api-types.ts';

export const WIZARD_STEPS = ['what', 'needs', 'how', 'attachments', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export function isWizardStep(value: unknown): value is WizardStep {
  return typeof value === 'string' && (WIZARD_STEPS as readonly string[]).includes(value);
}

/** The form's state: every field of the request, as the inputs hold them. */
export interface RequestDraft {
  recordedOnBehalf: boolean;
  stateCode: string;
  requestingOrganisationId: string;
  requestingAuthorityName: string;
  addressedToOrganisationId: string;
  title: string;
  themes: string[];
  instrumentIds: string[];
  mandates: string[];
  needs: string;
  priorities: string;
  modality: string;
  languages: string[];
  urgency: string;
  attachmentDocumentIds: string[];
  noteVerbaleDocumentId: string;
}

export type DraftField = keyof RequestDraft;

/**
 * The step that shows each field. The addressed entity comes first, with the title: a draft on the server is
 * always addressed to someone (the API requires it to create the draft); so does the note verbale of a request
 * recorded on a State's behalf (the API creates such a draft only with it).
 */
export const FIELD_STEP: Record<DraftField, WizardStep> = {
  recordedOnBehalf: 'what',
  stateCode: 'what',
  requestingOrganisationId: 'what',
  requestingAuthorityName: 'what',
  addressedToOrganisationId: 'what',
  title: 'what',
  themes: 'what',
  instrumentIds: 'what',
  mandates: 'what',
  needs: 'needs',
  priorities: 'needs',
  modality: 'how',
  languages: 'how',
  urgency: 'how',
  attachmentDocumentIds: 'attachments',
  noteVerbaleDocumentId: 'what',
};

/** The fields of a step, in the order the step shows them. */
export function stepFields(step: WizardStep): DraftField[] {
  if (step === 'review') return [];
  return (Object.keys(FIELD_STEP) as DraftField[]).filter((f) => FIELD_STEP[f] === step);
}

/**
 * The field an API issue is about, as the wizard names it: `['body', 'themes', 2]` → `themes.2`; the submission's
 * checks say `['request', 'needs']` → `needs`.
 */
export function wizardIssueField(issue: ApiIssue): string {
  const path = Array.isArray(issue.path) ? issue.path.map(String) : String(issue.path).split('.');
  const [first, ...rest] = path;
  return (first === 'body' || first === 'query' || first === 'params' || first === 'request' ? rest : path).join('.');
}

/** `themes.2` → `themes`; a path the wizard does not know → null. */
export function draftFieldOf(field: string): DraftField | null {
  const head = field.split('.')[0] ?? '';
  return head in FIELD_STEP ? (head as DraftField) : null;
}

/** The step an issue belongs to (by its field, `issueField()` of forms.tsx); unknown fields go to the review. */
export function stepOfField(field: string): WizardStep {
  const f = draftFieldOf(field);
  return f ? FIELD_STEP[f] : 'review';
}

/** The first step (in wizard order) holding one of these fields, or null when none does. */
export function firstStepWithIssues(fields: Iterable<string>): WizardStep | null {
  const steps = new Set([...fields].map(stepOfField));
  return WIZARD_STEPS.find((s) => steps.has(s)) ?? null;
}

export function nextStep(step: WizardStep): WizardStep | null {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1] ?? null;
}

export function previousStep(step: WizardStep): WizardStep | null {
  const i = WIZARD_STEPS.indexOf(step);
  return i > 0 ? WIZARD_STEPS[i - 1]! : null;
}

const required = (field: DraftField): ApiIssue => ({ path: ['body', field], message: 'Required.', code: 'required' });

/**
 * What a step still lacks before moving on, as API-shaped issues (so one display serves both). The review step
 * checks every step.
 */
export function stepIssues(step: WizardStep, d: RequestDraft): ApiIssue[] {
  if (step === 'review') return WIZARD_STEPS.filter((s) => s !== 'review').flatMap((s) => stepIssues(s, d));
  const issues: ApiIssue[] = [];
  if (step === 'what') {
    if (!d.stateCode) issues.push(required('stateCode'));
    if (d.recordedOnBehalf && !d.requestingAuthorityName.trim() && !d.requestingOrganisationId) {
      issues.push(required('requestingAuthorityName'));
    }
    if (!d.addressedToOrganisationId) issues.push(required('addressedToOrganisationId'));
    if (!d.title.trim()) issues.push(required('title'));
    if (d.themes.length === 0) issues.push(required('themes'));
    if (d.recordedOnBehalf && !d.noteVerbaleDocumentId) issues.push(required('noteVerbaleDocumentId'));
  }
  if (step === 'needs' && !d.needs.trim()) issues.push(required('needs'));
  if (step === 'how') {
    if (!d.modality) issues.push(required('modality'));
    if (!d.urgency) issues.push(required('urgency'));
    if (d.languages.length === 0) issues.push(required('languages'));
  }
  return issues;
}

export interface RequesterOptions {
  /** States the person is a focal point of, with the authority they belong to. */
  focalPoints: { stateCode: string; organisationId: string }[];
  /** Entities the person is an officer of (a note verbale is recorded for one's own entity). */
  officerOf: { organisationId: string; organisationName: string }[];
}

/** Who the signed-in person may ask as, from their memberships (the server checks again). */
export function requesterOptions(memberships: readonly MembershipView[]): RequesterOptions {
  const focalPoints = memberships
    .filter((m) => m.role === 'focal-point' && m.stateCode)
    .map((m) => ({ stateCode: m.stateCode!, organisationId: m.organisationId }));
  const officerOf = memberships
    .filter((m) => m.role === 'entity-officer')
    .map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName }));
  return { focalPoints, officerOf };
}

/** A new draft: a focal point's own State and authority; an officer's own entity, State chosen in the form. */
export function emptyDraft(options: RequesterOptions, onBehalf: boolean): RequestDraft {
  const focal = onBehalf ? undefined : options.focalPoints[0];
  return {
    recordedOnBehalf: onBehalf,
    stateCode: focal?.stateCode ?? '',
    requestingOrganisationId: focal?.organisationId ?? '',
    requestingAuthorityName: '',
    addressedToOrganisationId: onBehalf ? (options.officerOf[0]?.organisationId ?? '') : '',
    title: '',
    themes: [],
    instrumentIds: [],
    mandates: [],
    needs: '',
    priorities: '',
    modality: 'no-preference',
    languages: [],
    urgency: 'normal',
    attachmentDocumentIds: [],
    noteVerbaleDocumentId: '',
  };
}

export function draftFromRequest(r: AssistanceRequestView): RequestDraft {
  return {
    recordedOnBehalf: r.recordedOnBehalf,
    stateCode: r.stateCode,
    requestingOrganisationId: r.requestingOrganisationId ?? '',
    requestingAuthorityName: r.requestingAuthorityName ?? '',
    addressedToOrganisationId: r.addressedToOrganisationId,
    title: r.title,
    themes: [...r.themes],
    instrumentIds: [...r.instrumentIds],
    mandates: [...r.mandates],
    needs: r.needs,
    priorities: r.priorities,
    modality: r.modality,
    languages: [...r.languages],
    urgency: r.urgency,
    attachmentDocumentIds: [...r.attachmentDocumentIds],
    noteVerbaleDocumentId: r.noteVerbaleDocumentId ?? '',
  };
}

/** The API body: trimmed text, empty optional references as null. */
export function inputFromDraft(d: RequestDraft): AssistanceRequestInput {
  return {
    stateCode: d.stateCode,
    requestingOrganisationId: d.requestingOrganisationId || null,
    requestingAuthorityName: d.requestingAuthorityName.trim() || null,
    addressedToOrganisationId: d.addressedToOrganisationId,
    title: d.title.trim(),
    themes: d.themes,
    instrumentIds: d.instrumentIds,
    mandates: d.mandates,
    needs: d.needs.trim(),
    priorities: d.priorities.trim(),
    modality: d.modality,
    languages: d.languages,
    urgency: d.urgency,
    attachmentDocumentIds: d.attachmentDocumentIds,
    noteVerbaleDocumentId: d.noteVerbaleDocumentId || null,
    recordedOnBehalf: d.recordedOnBehalf,
  };
}

/**
 * The body of the PATCH saving the draft: only the fields that differ from `loaded` (the draft as last loaded from or
 * saved to the server), limited to one step's fields when `step` is given. A field someone else changed meanwhile and
 * the reader did not touch is not sent back over theirs; with If-Match the server refuses a stale save anyway.
 */
export function changedFields(loaded: RequestDraft, d: RequestDraft, step?: WizardStep): Partial<AssistanceRequestInput> {
  const before = inputFromDraft(loaded) as unknown as Record<string, unknown>;
  const after = inputFromDraft(d) as unknown as Record<string, unknown>;
  const fields = step ? new Set<string>(stepFields(step)) : null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    if (k === 'stateCode' || k === 'recordedOnBehalf') continue;
    if (fields && !fields.has(k)) continue;
    if (JSON.stringify(v) !== JSON.stringify(before[k])) out[k] = v;
  }
  return out as Partial<AssistanceRequestInput>;
}

/** Adds or removes a value of a multiple choice, keeping the given order of choices. */
export function toggle(values: readonly string[], value: string, on: boolean, order: readonly string[] = []): string[] {
  const next = on ? [...new Set([...values, value])] : values.filter((v) => v !== value);
  if (order.length === 0) return next;
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  return next.sort((a, b) => rank(a) - rank(b));
}

/** Events whose form asks for a comment (the workflow refuses them without one). */
export const COMMENT_REQUIRED_EVENTS: readonly string[] = ['decline', 'refer', 'withdraw'];

export interface TransitionDraft {
  event: string;
  comment: string;
  reason: string;
  referToOrganisationId: string;
}

/** What a transition form still lacks (mirrors the workflow's own checks; the server has the last word). */
export function transitionIssues(t: TransitionDraft): ApiIssue[] {
  const issues: ApiIssue[] = [];
  if (COMMENT_REQUIRED_EVENTS.includes(t.event) && !t.comment.trim()) {
    issues.push({ path: ['body', 'comment'], message: 'Required.', code: 'required' });
  }
  if (t.event === 'decline' && !t.reason) issues.push({ path: ['body', 'reason'], message: 'Required.', code: 'required' });
  if (t.event === 'refer' && !t.referToOrganisationId) {
    issues.push({ path: ['body', 'referToOrganisationId'], message: 'Required.', code: 'required' });
  }
  return issues;
}

/** Query of the list and the queue from the address: only known filters, trimmed. */
export const REQUEST_FILTER_KEYS = ['view', 'status', 'stateCode', 'theme', 'urgency', 'addressedTo', 'q'] as const;
export type RequestFilterKey = (typeof REQUEST_FILTER_KEYS)[number];

export function requestFilters(params: URLSearchParams): Record<RequestFilterKey, string | null> {
  const out = {} as Record<RequestFilterKey, string | null>;
  for (const k of REQUEST_FILTER_KEYS) out[k] = params.get(k)?.trim() || null;
  if (out.view !== 'queue' && out.view !== 'mine') out.view = null;
  return out;
}
