// Requests for mutual legal assistance and extradition (issue 12): what a request holds, the steps of its drafting,
// and its life between the two authorities once sent. Pure.
//
// The requesting authority drafts (status `draft`), then sends; from then on both authorities follow one shared
// record. Each event belongs to one side: the requesting authority sends, answers a request for information and may
// withdraw; the requested authority records receipt, execution and refusal. An event out of order is a conflict.
import { AppError } from '../errors.ts';
import type { CooperationKind } from './types.ts';

export const REQUEST_STATUSES = [
  'draft',
  'sent',
  'received',
  'under-execution',
  'further-information-requested',
  'partially-executed',
  'executed',
  'refused',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses after which nothing moves. */
export const CLOSED_STATUSES: readonly RequestStatus[] = ['executed', 'refused', 'withdrawn'];

export const REFUSAL_GROUNDS = ['political-offence', 'dual-criminality', 'insufficient-information', 'other'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export const REQUEST_SIDES = ['requesting', 'requested'] as const;
export type RequestSide = (typeof REQUEST_SIDES)[number];

export const REQUEST_EVENTS = [
  'send',
  'receive',
  'start-execution',
  'request-information',
  'provide-information',
  'execute-partially',
  'execute',
  'refuse',
  'withdraw',
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

interface EventRule {
  side: RequestSide;
  from: readonly RequestStatus[];
  /** The status after; `provide-information` returns to where the request was when information was asked for. */
  to: RequestStatus | 'previous';
}

const OPEN_AFTER_SENDING: readonly RequestStatus[] = [
  'sent',
  'received',
  'under-execution',
  'further-information-requested',
  'partially-executed',
];

export const REQUEST_EVENT_RULES: Readonly<Record<RequestEvent, EventRule>> = {
  send: { side: 'requesting', from: ['draft'], to: 'sent' },
  receive: { side: 'requested', from: ['sent'], to: 'received' },
  'start-execution': { side: 'requested', from: ['received', 'partially-executed'], to: 'under-execution' },
  'request-information': { side: 'requested', from: ['received', 'under-execution', 'partially-executed'], to: 'further-information-requested' },
  'provide-information': { side: 'requesting', from: ['further-information-requested'], to: 'previous' },
  'execute-partially': { side: 'requested', from: ['received', 'under-execution'], to: 'partially-executed' },
  execute: { side: 'requested', from: ['received', 'under-execution', 'partially-executed'], to: 'executed' },
  refuse: { side: 'requested', from: ['received', 'under-execution', 'further-information-requested', 'partially-executed'], to: 'refused' },
  withdraw: { side: 'requesting', from: OPEN_AFTER_SENDING, to: 'withdrawn' },
};

/** Events this side may take from this status (for `abilities` and the buttons the web app shows). */
export function availableEvents(status: RequestStatus, sides: readonly RequestSide[]): RequestEvent[] {
  return REQUEST_EVENTS.filter((e) => sides.includes(REQUEST_EVENT_RULES[e].side) && REQUEST_EVENT_RULES[e].from.includes(status));
}

export interface TransitionInput {
  status: RequestStatus;
  event: RequestEvent;
  /** The sides the actor speaks for on this request (a person is rarely on both; never assumed). */
  sides: readonly RequestSide[];
  /** For `refuse`: the ground. */
  ground?: RefusalGround | null;
  /** For `provide-information`: the status the request had when the requested authority asked for information. */
  statusBeforeInformationRequest?: RequestStatus | null;
}

/**
 * The status after `event`. Throws FORBIDDEN when the event belongs to the other side, INVALID_TRANSITION (409) when it
 * is out of order (the status does not allow it) and VALIDATION_FAILED when a refusal has no ground.
 */
export function transition(input: TransitionInput): RequestStatus {
  const rule = REQUEST_EVENT_RULES[input.event];
  if (!input.sides.includes(rule.side)) {
    throw new AppError('FORBIDDEN', `Only the ${rule.side} authority may ${input.event.replace('-', ' ')} a request.`, {
      params: { event: input.event, side: rule.side },
    });
  }
  if (!rule.from.includes(input.status)) {
    throw new AppError('INVALID_TRANSITION', `A request that is ${input.status} cannot take the event “${input.event}”.`, {
      params: { status: input.status, event: input.event, allowed: availableEvents(input.status, input.sides).join(',') },
    });
  }
  if (input.event === 'refuse' && !input.ground) {
    throw new AppError('VALIDATION_FAILED', 'A refusal needs its ground.', {
      issues: [{ path: ['body', 'ground'], message: 'Required for a refusal.' }],
    });
  }
  if (rule.to !== 'previous') return rule.to;
  const back = input.statusBeforeInformationRequest;
  return back && back !== 'further-information-requested' && !CLOSED_STATUSES.includes(back) && back !== 'draft' ? back : 'received';
}

/** Days a status may stand still before both authorities are reminded (closed statuses and drafts never are). */
export const REMIND_AFTER_DAYS: Readonly<Partial<Record<RequestStatus, number>>> = {
  sent: 30,
  received: 30,
  'under-execution': 60,
  'further-information-requested': 30,
  'partially-executed': 60,
};

/** Whether a request whose status last changed at `statusChangedAt` is due a reminder at `now` (none since `remindedAt`). */
export function isDueReminder(status: RequestStatus, statusChangedAt: Date, remindedAt: Date | null, now: Date): boolean {
  const days = REMIND_AFTER_DAYS[status];
  if (days === undefined) return false;
  const due = statusChangedAt.getTime() + days * 86_400_000;
  if (now.getTime() < due) return false;
  // One reminder per period of standing still: again only `days` after the last one.
  return remindedAt === null || remindedAt.getTime() < statusChangedAt.getTime() || now.getTime() >= remindedAt.getTime() + days * 86_400_000;
}

// --- What a request holds -------------------------------------------------------------------------------------------

/** Kinds of assistance an MLA request may seek (issue 12 §1). */
export const MLA_MEASURES = [
  'evidence-statements',
  'documents-records',
  'bank-records',
  'search-seizure',
  'freezing',
  'service-of-documents',
  'video-hearing',
  'electronic-evidence',
  'transfer-detained',
] as const;
export type MlaMeasure = (typeof MLA_MEASURES)[number];

export const ASSURANCE_KINDS = ['death-penalty', 'life-imprisonment', 'fair-trial', 'no-torture', 'speciality', 'return-of-national', 'other'] as const;
export type AssuranceKind = (typeof ASSURANCE_KINDS)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const WARRANT_KINDS = ['arrest-warrant', 'judgment'] as const;
export type WarrantKind = (typeof WARRANT_KINDS)[number];

/** The six UN languages, in which the template's labels and fixed text exist. */
export const TEMPLATE_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export interface RequestOffence {
  /** The offence as the requesting State's law names it. */
  name: string;
  /** The law and article ("Criminal Code, art. 421-2-2"). */
  lawReference: string;
  /** The text of the law, quoted as enacted. */
  lawText: string;
  /** The penalty it carries. */
  penalty: string;
}

export interface RequestAssurance {
  kind: AssuranceKind;
  /** Asked of the requested State, or offered by the requesting State. */
  direction: 'asked' | 'offered';
  text: string;
}

/** Everything the user writes, step by step. Stored as written; nothing is rewritten or translated. */
export interface RequestContent {
  requesting: {
    authorityName: string;
    reference: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    urgency: Urgency;
    urgencyReason: string;
  };
  requested: {
    /** The directory entry the address, channel and language were filled from (null: written by hand). */
    authorityId: string | null;
    authorityName: string;
    address: string;
    channel: string;
    /** The language of the output document (ISO 639-1); one of TEMPLATE_LANGUAGES for the template's words. */
    language: string;
  };
  legalBasis: {
    /** A multilateral instrument the finder named, or none. */
    instrumentId: string | null;
    /** A bilateral treaty from the register, or none. */
    bilateralTreatyId: string | null;
    /** The article(s) cited ("18", "16(4)"). */
    articles: string;
    /** No treaty: reciprocity or domestic law. */
    reciprocity: boolean;
    note: string;
  };
  facts: {
    /** Subject matter and nature of the investigation, prosecution or proceeding. */
    subject: string;
    /** Name and functions of the authority conducting it. */
    conductingAuthority: string;
    summary: string;
    purpose: string;
  };
  offences: RequestOffence[];
  /** MLA only. */
  assistance: {
    measures: MlaMeasure[];
    /** What exactly is sought under each measure chosen. */
    details: Partial<Record<MlaMeasure, string>>;
    personsConcerned: string;
    /** For the temporary transfer of a detained person: the person's consent, as recorded. */
    transferConsent: string;
  };
  /** Extradition only: the person sought. */
  person: {
    name: string;
    aliases: string;
    dateOfBirth: string;
    nationality: string;
    /** Physical description, identity documents, photographs or fingerprints held. */
    identification: string;
    location: string;
  };
  /** Extradition only: the warrant or judgment and its time limits. */
  warrant: {
    kind: WarrantKind | null;
    issuedBy: string;
    issuedOn: string;
    reference: string;
    /** For a judgment: the sentence imposed and what remains to be served. */
    sentence: string;
    /** Limitation periods, custody deadlines, provisional arrest. */
    timeLimits: string;
  };
  assurances: RequestAssurance[];
  procedures: {
    procedures: string;
    confidentiality: string;
    contacts: string;
  };
}

/** The drafting steps of each kind, in order. `review` checks everything and offers the documents. */
export const REQUEST_STEPS = {
  mla: ['requesting', 'requested', 'legal-basis', 'facts', 'offences', 'assistance', 'procedures', 'review'],
  extradition: ['requesting', 'requested', 'legal-basis', 'facts', 'offences', 'person', 'warrant', 'assurances', 'procedures', 'review'],
} as const satisfies Record<CooperationKind, readonly string[]>;
export type RequestStep = (typeof REQUEST_STEPS)[CooperationKind][number];
export const ALL_REQUEST_STEPS = [...new Set([...REQUEST_STEPS.mla, ...REQUEST_STEPS.extradition])] as RequestStep[];

/** Which part of the content each step writes (review writes nothing). */
export const STEP_CONTENT: Readonly<Record<Exclude<RequestStep, 'review'>, keyof RequestContent>> = {
  requesting: 'requesting',
  requested: 'requested',
  'legal-basis': 'legalBasis',
  facts: 'facts',
  offences: 'offences',
  assistance: 'assistance',
  person: 'person',
  warrant: 'warrant',
  assurances: 'assurances',
  procedures: 'procedures',
};

export function emptyContent(): RequestContent {
  return {
    requesting: { authorityName: '', reference: '', contactName: '', contactEmail: '', contactPhone: '', urgency: 'normal', urgencyReason: '' },
    requested: { authorityId: null, authorityName: '', address: '', channel: '', language: '' },
    legalBasis: { instrumentId: null, bilateralTreatyId: null, articles: '', reciprocity: false, note: '' },
    facts: { subject: '', conductingAuthority: '', summary: '', purpose: '' },
    offences: [],
    assistance: { measures: [], details: {}, personsConcerned: '', transferConsent: '' },
    person: { name: '', aliases: '', dateOfBirth: '', nationality: '', identification: '', location: '' },
    warrant: { kind: null, issuedBy: '', issuedOn: '', reference: '', sentence: '', timeLimits: '' },
    assurances: [],
    procedures: { procedures: '', confidentiality: '', contacts: '' },
  };
}

/** Who may act on a request, as the policy needs it (no content). */
export interface CooperationRequestAccess {
  id: string;
  status: RequestStatus;
  /** The State authority (organisation) that drafts and sends it. */
  requestingOrganisationId: string;
  requestingStateCode: string;
  requestedStateCode: string;
  /** People of other organisations the requesting authority shared the request with, by name. */
  sharedUserIds: readonly string[];
  /** Whether the requesting authority chose to show the content to the requested authority. */
  contentShared: boolean;
}
