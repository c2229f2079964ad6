// Is a request complete enough to send? Each item of a request is checked against three sources of requirement:
// the template's essentials (what every request of its kind must say), the treaty it is based on (UNTOC art. 18(15)
// lists an MLA request's contents; the Financing Convention has its own articles) and what the requested State
// requires (its directory entry). A State's requirements that Accord does not hold are "unknown", never assumed
// met or absent. Pure: the treaty rows and the template come in as data.
import type { CooperationKind } from './types.ts';
import { REQUEST_STEPS, type RequestContent, type RequestStep } from './requests.ts';

/** Everything a request can be checked for, each on the step where it is written. */
export const REQUEST_ITEMS = {
  'requesting-authority': { step: 'requesting', kinds: ['mla', 'extradition'] },
  'requesting-contact': { step: 'requesting', kinds: ['mla', 'extradition'] },
  'urgency-reason': { step: 'requesting', kinds: ['mla', 'extradition'] },
  'requested-authority': { step: 'requested', kinds: ['mla', 'extradition'] },
  'output-language': { step: 'requested', kinds: ['mla', 'extradition'] },
  'legal-basis': { step: 'legal-basis', kinds: ['mla', 'extradition'] },
  'subject-and-conducting-authority': { step: 'facts', kinds: ['mla', 'extradition'] },
  'facts-summary': { step: 'facts', kinds: ['mla', 'extradition'] },
  purpose: { step: 'facts', kinds: ['mla'] },
  offences: { step: 'offences', kinds: ['mla', 'extradition'] },
  'offence-law-text': { step: 'offences', kinds: ['mla', 'extradition'] },
  'offence-penalty': { step: 'offences', kinds: ['mla', 'extradition'] },
  'assistance-sought': { step: 'assistance', kinds: ['mla'] },
  'persons-concerned': { step: 'assistance', kinds: ['mla'] },
  'transfer-consent': { step: 'assistance', kinds: ['mla'] },
  'person-identity': { step: 'person', kinds: ['extradition'] },
  'person-identification': { step: 'person', kinds: ['extradition'] },
  'person-location': { step: 'person', kinds: ['extradition'] },
  warrant: { step: 'warrant', kinds: ['extradition'] },
  sentence: { step: 'warrant', kinds: ['extradition'] },
  'time-limits': { step: 'warrant', kinds: ['extradition'] },
  assurances: { step: 'assurances', kinds: ['extradition'] },
  procedures: { step: 'procedures', kinds: ['mla', 'extradition'] },
  confidentiality: { step: 'procedures', kinds: ['mla', 'extradition'] },
} as const satisfies Record<string, { step: RequestStep; kinds: readonly CooperationKind[] }>;
export type RequestItem = keyof typeof REQUEST_ITEMS;
export const REQUEST_ITEM_KEYS = Object.keys(REQUEST_ITEMS) as RequestItem[];

export function isRequestItem(value: string): value is RequestItem {
  return Object.hasOwn(REQUEST_ITEMS, value);
}

const filled = (s: string | null | undefined) => (s ?? '').trim().length > 0;

/**
 * Whether the content says what the item asks; `null` when the item does not apply to this content (a sentence for
 * an arrest warrant, the consent of a transfer not sought, the reason of a request that is not urgent).
 */
export function itemPresent(item: RequestItem, c: RequestContent): boolean | null {
  switch (item) {
    case 'requesting-authority':
      return filled(c.requesting.authorityName);
    case 'requesting-contact':
      return filled(c.requesting.contactName) && (filled(c.requesting.contactEmail) || filled(c.requesting.contactPhone));
    case 'urgency-reason':
      return c.requesting.urgency === 'urgent' ? filled(c.requesting.urgencyReason) : null;
    case 'requested-authority':
      return filled(c.requested.authorityName);
    case 'output-language':
      return filled(c.requested.language);
    case 'legal-basis':
      return c.legalBasis.reciprocity || ((c.legalBasis.instrumentId !== null || c.legalBasis.bilateralTreatyId !== null) && filled(c.legalBasis.articles));
    case 'subject-and-conducting-authority':
      return filled(c.facts.subject) && filled(c.facts.conductingAuthority);
    case 'facts-summary':
      // UNTOC 18(15)(c): not for a request only for the service of judicial documents.
      if (c.assistance.measures.length > 0 && c.assistance.measures.every((m) => m === 'service-of-documents')) return null;
      return filled(c.facts.summary);
    case 'purpose':
      return filled(c.facts.purpose);
    case 'offences':
      return c.offences.length > 0 && c.offences.every((o) => filled(o.name) && filled(o.lawReference));
    case 'offence-law-text':
      return c.offences.length > 0 && c.offences.every((o) => filled(o.lawText));
    case 'offence-penalty':
      return c.offences.length > 0 && c.offences.every((o) => filled(o.penalty));
    case 'assistance-sought':
      return c.assistance.measures.length > 0 && c.assistance.measures.every((m) => filled(c.assistance.details[m]));
    case 'persons-concerned':
      return filled(c.assistance.personsConcerned);
    case 'transfer-consent':
      return c.assistance.measures.includes('transfer-detained') ? filled(c.assistance.transferConsent) : null;
    case 'person-identity':
      return filled(c.person.name) && (filled(c.person.dateOfBirth) || filled(c.person.nationality));
    case 'person-identification':
      return filled(c.person.identification);
    case 'person-location':
      return filled(c.person.location);
    case 'warrant':
      return c.warrant.kind !== null && filled(c.warrant.issuedBy) && filled(c.warrant.issuedOn) && filled(c.warrant.reference);
    case 'sentence':
      return c.warrant.kind === 'judgment' ? filled(c.warrant.sentence) : null;
    case 'time-limits':
      return filled(c.warrant.timeLimits);
    case 'assurances':
      return c.assurances.length > 0 && c.assurances.every((a) => filled(a.text));
    case 'procedures':
      return filled(c.procedures.procedures);
    case 'confidentiality':
      return filled(c.procedures.confidentiality);
  }
}

/** One row of data/templates/cooperation/treaty-requirements.csv: what a treaty asks of a request. */
export interface TreatyRequirement {
  instrumentId: string;
  kind: CooperationKind;
  article: string;
  item: RequestItem;
  /** `required` (the treaty says "shall contain") or `recommended` ("where possible"). */
  level: RequirementLevel;
  /** The treaty's words, verbatim from the shipped text (a test checks they are there). */
  quote: string;
}

/** What the template asks of every request of a kind (data/templates/cooperation/, reviewed like code). */
export interface TemplateEssential {
  item: RequestItem;
  level: RequirementLevel;
}

export const REQUIREMENT_LEVELS = ['required', 'recommended'] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

export type RequirementSource =
  | { source: 'template'; level: RequirementLevel }
  | { source: 'treaty'; level: RequirementLevel; instrumentId: string; article: string; quote: string }
  | { source: 'requested-state'; level: 'required'; authorityId: string };

export interface ItemCheck {
  item: RequestItem;
  step: RequestStep;
  /** present | missing | not-applicable (the item does not arise for this content). */
  state: 'present' | 'missing' | 'not-applicable';
  /** The strongest level any source gives; null when nothing asks for it. */
  level: RequirementLevel | null;
  requiredBy: RequirementSource[];
}

export interface CompletenessInput {
  kind: CooperationKind;
  content: RequestContent;
  template: readonly TemplateEssential[];
  treatyRequirements: readonly TreatyRequirement[];
  /**
   * The requested authority's directory entry: the items it lists as required, or null when the entry does not say
   * (or there is no entry): then its requirements are unknown.
   */
  requestedAuthority: { id: string; requiredItems: readonly RequestItem[] | null } | null;
}

export interface Completeness {
  items: ItemCheck[];
  /** Items required by some source and missing: sending is refused while any remains. */
  missing: RequestItem[];
  /** Steps holding at least one missing required item (the wizard marks them). */
  stepsWithMissing: RequestStep[];
  /** Whether Accord knows what the requested State requires: `unknown` is shown as such on every step. */
  requestedStateRequirements: 'known' | 'unknown';
  complete: boolean;
}

/** Check every item of the kind against all sources. */
export function checkCompleteness(input: CompletenessInput): Completeness {
  const { kind, content } = input;
  const steps = REQUEST_STEPS[kind] as readonly RequestStep[];
  const basis = content.legalBasis.instrumentId;
  const items: ItemCheck[] = [];
  for (const item of REQUEST_ITEM_KEYS) {
    const spec = REQUEST_ITEMS[item];
    if (!(spec.kinds as readonly CooperationKind[]).includes(kind) || !steps.includes(spec.step)) continue;
    const requiredBy: RequirementSource[] = [];
    for (const t of input.template) if (t.item === item) requiredBy.push({ source: 'template', level: t.level });
    for (const r of input.treatyRequirements) {
      if (r.item === item && r.kind === kind && basis !== null && r.instrumentId === basis) {
        requiredBy.push({ source: 'treaty', level: r.level, instrumentId: r.instrumentId, article: r.article, quote: r.quote });
      }
    }
    const ra = input.requestedAuthority;
    if (ra?.requiredItems?.includes(item)) requiredBy.push({ source: 'requested-state', level: 'required', authorityId: ra.id });
    const present = itemPresent(item, content);
    const level: RequirementLevel | null = requiredBy.some((s) => s.level === 'required')
      ? 'required'
      : requiredBy.length > 0
        ? 'recommended'
        : null;
    items.push({ item, step: spec.step, state: present === null ? 'not-applicable' : present ? 'present' : 'missing', level, requiredBy });
  }
  const missing = items.filter((i) => i.state === 'missing' && i.level === 'required').map((i) => i.item);
  const stepsWithMissing = steps.filter((s) => items.some((i) => i.step === s && missing.includes(i.item)));
  return {
    items,
    missing,
    stepsWithMissing,
    requestedStateRequirements: input.requestedAuthority?.requiredItems ? 'known' : 'unknown',
    complete: missing.length === 0,
  };
}
