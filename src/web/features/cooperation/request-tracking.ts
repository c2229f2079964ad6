// What the request page needs to decide without the server (issue 12 §2): the fields each tracking event asks for,
// which of them a person must fill before sending, the body of the transition, and the dates and content shown.
// The events offered come from the answer's `abilities.events`; nothing here decides who may do what.
import { REQUEST_STEPS, type RefusalGround, type RequestContent, type RequestEvent, type RequestStep } from '#domain/cooperation/requests.ts';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { ApiIssue } from '#web/api.ts';

export interface TransitionValues {
  /** For receive: the requested authority's own reference. */
  reference: string;
  /** For refuse: the ground. */
  ground: RefusalGround | '';
  note: string;
}

export type TransitionField = keyof TransitionValues;

/** The fields of each event's form, with those a person must fill. */
export const TRANSITION_FIELDS: Readonly<Record<RequestEvent, { fields: readonly TransitionField[]; required: readonly TransitionField[] }>> = {
  send: { fields: ['note'], required: [] },
  receive: { fields: ['reference', 'note'], required: ['reference'] },
  'start-execution': { fields: ['note'], required: [] },
  // The requesting authority can only answer a request for information that says what is missing.
  'request-information': { fields: ['note'], required: ['note'] },
  'provide-information': { fields: ['note'], required: [] },
  'execute-partially': { fields: ['note'], required: [] },
  execute: { fields: ['note'], required: [] },
  refuse: { fields: ['ground', 'note'], required: ['ground'] },
  withdraw: { fields: ['note'], required: [] },
};

/** Events that end the request: shown as dangerous, never as the primary action. */
export const DESTRUCTIVE_EVENTS: ReadonlySet<string> = new Set<RequestEvent>(['refuse', 'withdraw']);

/** The action the page offers first: the first event that moves the request on rather than ending it. */
export function primaryEvent(events: readonly RequestEvent[]): RequestEvent | null {
  return events.find((e) => !DESTRUCTIVE_EVENTS.has(e)) ?? null;
}

/** The issues of a form not yet sent, in the API's shape, so the error summary treats both alike. */
export function transitionIssues(event: RequestEvent, values: TransitionValues): ApiIssue[] {
  return TRANSITION_FIELDS[event].required
    .filter((f) => !values[f].trim())
    .map((f) => ({ path: ['body', f], message: 'required', code: 'required' }));
}

/** The body of POST …/transitions: only the fields the event takes, text as written, and the version read. */
export function transitionBody(event: RequestEvent, values: TransitionValues, version: number) {
  const { fields } = TRANSITION_FIELDS[event];
  return {
    event,
    version,
    ...(fields.includes('reference') && values.reference.trim() ? { reference: values.reference.trim() } : {}),
    ...(fields.includes('ground') && values.ground ? { ground: values.ground } : {}),
    ...(values.note.trim() ? { note: values.note } : {}),
  };
}

export type DateKind = 'sent' | 'received' | 'closed';

/** The request's dates that have happened, in order. */
export function requestDates(r: { sentAt: string | null; receivedAt: string | null; closedAt: string | null }): { kind: DateKind; at: string }[] {
  const dates: { kind: DateKind; at: string | null }[] = [
    { kind: 'sent', at: r.sentAt },
    { kind: 'received', at: r.receivedAt },
    { kind: 'closed', at: r.closedAt },
  ];
  return dates.filter((d): d is { kind: DateKind; at: string } => d.at !== null);
}

/** One written value of the content, under the content path the template labels it by ("facts.summary"). */
export interface ContentEntry {
  path: string;
  value: string;
}

export interface ContentSection {
  step: Exclude<RequestStep, 'review'>;
  entries: ContentEntry[];
  /** Offences and assurances: one group of entries per item. */
  groups: ContentEntry[][];
}

const text = (path: string, value: string | null | undefined): ContentEntry[] => (value?.trim() ? [{ path, value }] : []);

/**
 * The content as a read-only summary, by the steps of its kind, with what was written and nothing else: empty fields
 * are left out (the summary says so once per empty step), vocabulary stays as ids for the caller to translate.
 */
export function contentSections(kind: CooperationKind, c: RequestContent): ContentSection[] {
  const parts: Record<Exclude<RequestStep, 'review'>, Omit<ContentSection, 'step'>> = {
    requesting: {
      entries: [
        ...text('requesting.authorityName', c.requesting.authorityName),
        ...text('requesting.reference', c.requesting.reference),
        ...text('requesting.contactName', c.requesting.contactName),
        ...text('requesting.contactEmail', c.requesting.contactEmail),
        ...text('requesting.contactPhone', c.requesting.contactPhone),
        ...text('requesting.urgency', c.requesting.urgency),
        ...text('requesting.urgencyReason', c.requesting.urgencyReason),
      ],
      groups: [],
    },
    requested: {
      entries: [
        ...text('requested.authorityName', c.requested.authorityName),
        ...text('requested.address', c.requested.address),
        ...text('requested.channel', c.requested.channel),
        ...text('requested.language', c.requested.language),
      ],
      groups: [],
    },
    'legal-basis': {
      entries: [
        ...text('legalBasis.instrumentId', c.legalBasis.instrumentId),
        ...text('legalBasis.articles', c.legalBasis.articles),
        ...(c.legalBasis.reciprocity ? [{ path: 'legalBasis.reciprocity', value: 'yes' }] : []),
        ...text('legalBasis.note', c.legalBasis.note),
      ],
      groups: [],
    },
    facts: {
      entries: [
        ...text('facts.subject', c.facts.subject),
        ...text('facts.conductingAuthority', c.facts.conductingAuthority),
        ...text('facts.summary', c.facts.summary),
        ...text('facts.purpose', c.facts.purpose),
      ],
      groups: [],
    },
    offences: {
      entries: [],
      groups: c.offences.map((o) => [
        ...text('offences.name', o.name),
        ...text('offences.lawReference', o.lawReference),
        ...text('offences.lawText', o.lawText),
        ...text('offences.penalty', o.penalty),
      ]),
    },
    assistance: {
      entries: [...text('assistance.personsConcerned', c.assistance.personsConcerned), ...text('assistance.transferConsent', c.assistance.transferConsent)],
      // Each measure sought, with what exactly is sought under it.
      groups: c.assistance.measures.map((m) => [{ path: 'assistance.measures', value: m }, ...text('assistance.details', c.assistance.details[m])]),
    },
    person: {
      entries: [
        ...text('person.name', c.person.name),
        ...text('person.aliases', c.person.aliases),
        ...text('person.dateOfBirth', c.person.dateOfBirth),
        ...text('person.nationality', c.person.nationality),
        ...text('person.identification', c.person.identification),
        ...text('person.location', c.person.location),
      ],
      groups: [],
    },
    warrant: {
      entries: [
        ...text('warrant.kind', c.warrant.kind),
        ...text('warrant.issuedBy', c.warrant.issuedBy),
        ...text('warrant.issuedOn', c.warrant.issuedOn),
        ...text('warrant.reference', c.warrant.reference),
        ...text('warrant.sentence', c.warrant.sentence),
        ...text('warrant.timeLimits', c.warrant.timeLimits),
      ],
      groups: [],
    },
    assurances: {
      entries: [],
      groups: c.assurances.map((a) => [
        { path: 'assurances.kind', value: a.kind },
        { path: 'assurances.direction', value: a.direction },
        ...text('assurances.text', a.text),
      ]),
    },
    procedures: {
      entries: [
        ...text('procedures.procedures', c.procedures.procedures),
        ...text('procedures.confidentiality', c.procedures.confidentiality),
        ...text('procedures.contacts', c.procedures.contacts),
      ],
      groups: [],
    },
  };
  return REQUEST_STEPS[kind].filter((s): s is Exclude<RequestStep, 'review'> => s !== 'review').map((step) => ({ step, ...parts[step] }));
}
